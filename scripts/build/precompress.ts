/**
 * The build as a static host would serve it. The catalog's JSON loses the indentation the
 * repository keeps for readable diffs (a third of the index's bytes, all of which the browser
 * would otherwise scan), and every text file gets a gzip twin made once at build time. The
 * preview server sends those twins as they are: compressing the 1 MB index on each request
 * would take the very CPU the page is loading with.
 */
import { createReadStream, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Rewrites the catalog's JSON without whitespace and writes `<file>.gz` next to each text file. */
export function compactAndCompress(outDir: string): void {
  for (const file of filesUnder(outDir)) {
    if (!(extname(file) in TYPES)) continue;
    let content = readFileSync(file);
    if (file.startsWith(join(outDir, 'catalog') + sep) && extname(file) === '.json') {
      content = Buffer.from(JSON.stringify(JSON.parse(content.toString('utf8'))));
      writeFileSync(file, content);
    }
    writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
  }
}

/** The gzip twin to send for a request, if the client takes gzip and the twin exists. */
export function gzipTwin(outDir: string, url: string | undefined, acceptEncoding: string | undefined) {
  if (!url || !/\bgzip\b/.test(acceptEncoding ?? '')) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  } catch {
    return undefined;
  }
  const type = TYPES[extname(path)];
  const file = `${join(outDir, path)}.gz`;
  if (!type || !file.startsWith(outDir + sep)) return undefined;
  try {
    const { size } = statSync(file);
    return { file, type, size };
  } catch {
    return undefined;
  }
}

export function precompress(): Plugin {
  let outDir = '';
  let building = false;
  return {
    name: 'versus-precompress',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      building = config.command === 'build';
    },
    // The dev server calls this hook too, on closing; only a build has files to rewrite.
    closeBundle() {
      if (building) compactAndCompress(outDir);
    },
    // Installed ahead of the server's own compression and static files.
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const twin =
          req.method === 'GET' || req.method === 'HEAD'
            ? gzipTwin(outDir, req.url, req.headers['accept-encoding'])
            : undefined;
        if (!twin) return next();
        res.setHeader('Content-Type', twin.type);
        res.setHeader('Content-Encoding', 'gzip');
        res.setHeader('Content-Length', twin.size);
        res.setHeader('Vary', 'Accept-Encoding');
        if (req.method === 'HEAD') return void res.end();
        createReadStream(twin.file).pipe(res);
      });
    },
  };
}
