/**
 * What the first view of the built app downloads, read off the build itself: the entry, the app
 * it starts and everything they import statically (the chart code, imported dynamically from
 * within the app, loads later), and the catalog files the default comparison needs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The part of Vite's build manifest (dist/.vite/manifest.json) this reads. */
export interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  /** Files the chunk refers to by URL; scripts among them are workers it starts. */
  assets?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

/**
 * Files of the entry chunks, of the chunks the entries import themselves (statically, or
 * dynamically: the entry only defers the app until after the first paint), of their static
 * imports and of the workers they start (the first view's catalog worker); each once, entry first. Dynamic imports further down (the chart code) load later and
 * are left out.
 */
export function firstViewScripts(manifest: Manifest): string[] {
  const files: string[] = [];
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The build manifest names a chunk "${key}" it does not hold.`);
    files.push(chunk.file);
    for (const asset of chunk.assets ?? []) if (asset.endsWith('.js') && !files.includes(asset)) files.push(asset);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
  if (entries.length === 0) throw new Error('The build manifest has no entry chunk.');
  for (const [key] of entries) visit(key);
  for (const [, chunk] of entries) for (const app of chunk.dynamicImports ?? []) visit(app);
  return files;
}

/** Bytes after gzip at the default level, as a static server or CDN would send them. */
export const gzipSize = (content: Buffer | string) => gzipSync(content).length;

export interface SizedFile {
  file: string;
  bytes: number;
  gzip: number;
}

const sized = (dir: string, file: string): SizedFile => {
  const content = readFileSync(join(dir, file));
  return { file, bytes: content.length, gzip: gzipSize(content) };
};

export function firstViewJs(distDir: string): SizedFile[] {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  return firstViewScripts(manifest).map((file) => sized(distDir, file));
}

/** The catalog index and the detail file of each model the first view compares. */
export function firstViewCatalog(distDir: string, modelIds: readonly string[]): SizedFile[] {
  return ['catalog/index.json', ...modelIds.map((id) => `catalog/models/${encodeURIComponent(id)}.json`)].map((file) =>
    sized(distDir, file),
  );
}

export const totalGzip = (files: readonly SizedFile[]) => files.reduce((sum, f) => sum + f.gzip, 0);
