/**
 * The refresh side of `npm run catalog`: `--fetch` (download the newest upstream files into the
 * cache and build from them), `--ecb` (exchange rates from an ECB reference-rate file) and
 * `--diff` (what the build changed against an older catalog, as Markdown).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CatalogIndex, Model } from '../../src/domain/types';
import { diffCatalogs, formatDiff, readCatalogDir, type CatalogFiles } from './diff-catalog';
import { readEcbFolder, withRates } from './ecb-rates';
import { BASE_FLAG, fetchUpstream, resolveBases, upstreamDatasets } from './fetch-upstream';
import type { UpstreamPaths } from './read-sources';
import type { CuratedData } from './types';

export const REFRESH_OPTIONS = {
  ecb: { type: 'string' },
  fetch: { type: 'boolean', default: false },
  cache: { type: 'string' },
  [BASE_FLAG.modelsDev]: { type: 'string' },
  [BASE_FLAG.litellm]: { type: 'string' },
  [BASE_FLAG.leaderboard]: { type: 'string' },
  [BASE_FLAG.ecb]: { type: 'string' },
  diff: { type: 'string' },
  'diff-out': { type: 'string' },
} as const;

export type RefreshValues = Partial<Record<keyof typeof REFRESH_OPTIONS, string | boolean>>;

export interface RefreshInputs {
  paths: UpstreamPaths;
  /** A folder holding eurofxref-daily.xml, when the rates come from the ECB rather than the curated layer. */
  ecbDir?: string;
  /** The catalog to compare with, read before the build can overwrite it. */
  old?: CatalogFiles;
}

const text = (value: string | boolean | undefined) => (typeof value === 'string' ? value : undefined);

/** Fetches when asked, and says which upstream folders, rates and old catalog the build uses. */
export async function refreshInputs(
  values: RefreshValues,
  paths: UpstreamPaths,
  defaultCache: string,
  env: Record<string, string | undefined> = process.env,
): Promise<RefreshInputs> {
  let ecbDir = text(values.ecb);
  let used = paths;
  if (values.fetch === true) {
    const cache = resolve(text(values.cache) ?? defaultCache);
    const bases = resolveBases(
      {
        modelsDev: text(values[BASE_FLAG.modelsDev]),
        litellm: text(values[BASE_FLAG.litellm]),
        leaderboard: text(values[BASE_FLAG.leaderboard]),
        ecb: text(values[BASE_FLAG.ecb]),
      },
      env,
    );
    const fetched = await fetchUpstream(cache, upstreamDatasets(bases), {
      fallbackDirs: { 'llm-leaderboard': paths.leaderboard },
    });
    for (const f of fetched)
      console.log(`${f.folder}: ${f.how} ${f.files.join(', ')} from ${f.from}${f.notes.map((n) => `; ${n}`).join('')}`);
    used = {
      modelsDev: resolve(cache, 'models.dev'),
      litellm: resolve(cache, 'litellm'),
      leaderboard: resolve(cache, 'llm-leaderboard'),
    };
    ecbDir ??= resolve(cache, 'ecb');
  }
  const diff = text(values.diff);
  return { paths: used, ...(ecbDir ? { ecbDir } : {}), ...(diff ? { old: readCatalogDir(resolve(diff)) } : {}) };
}

/** The curated layer, with the ECB file's rates where the build takes them from one. */
export function refreshRates(curated: CuratedData, inputs: RefreshInputs): CuratedData {
  return inputs.ecbDir ? withRates(curated, readEcbFolder(inputs.ecbDir)) : curated;
}

/** Prints the change report (and writes it to `--diff-out`) when `--diff` was given. */
export function reportChanges(
  values: RefreshValues,
  inputs: RefreshInputs,
  index: CatalogIndex,
  models: Model[],
): void {
  if (!inputs.old) return;
  const markdown = formatDiff(diffCatalogs(inputs.old, { index, models: new Map(models.map((m) => [m.id, m])) }));
  const out = text(values['diff-out']);
  if (out) writeFileSync(resolve(out), markdown);
  console.log(`\n${markdown}`);
}
