// @vitest-environment node
/**
 * `--fetch` against a local HTTP server (127.0.0.1, a free port) that serves the offline upstream
 * snapshot and an ECB rates file, the way models.dev, GitHub and the ECB serve theirs.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogIndex } from '../../src/domain/types';
import { BASE_ENV, DEFAULT_BASES, fetchUpstream, resolveBases, upstreamDatasets } from './fetch-upstream';

const repoRoot = resolve(__dirname, '..', '..');
const upstreamRoot = resolve(repoRoot, '..', 'shared', 'data', 'upstream');
const hasSnapshot = existsSync(upstreamRoot);

/** A day of rates other than the curated layer's, so the test can tell which rates the build took. */
const ECB_XML = `<?xml version="1.0" encoding="UTF-8"?>
<gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
\t<gesmes:subject>Reference rates</gesmes:subject>
\t<Cube>
\t\t<Cube time='2026-07-24'>
\t\t\t<Cube currency='USD' rate='1.1700'/>
\t\t\t<Cube currency='GBP' rate='0.8650'/>
\t\t\t<Cube currency='INR' rate='100.10'/>
\t\t</Cube>
\t</Cube>
</gesmes:Envelope>
`;

/** Path on the server -> file body, or an HTTP status to answer with. */
type Routes = Record<string, string | number>;

const snapshot = (folder: string, file: string) => join(upstreamRoot, folder, file);
const snapshotRoutes = (): Routes => ({
  '/models.dev/api.json': snapshot('models.dev', 'api.json'),
  '/models.dev/models.json': snapshot('models.dev', 'models-metadata.json'),
  '/litellm/model_prices_and_context_window.json': snapshot('litellm', 'model_prices_and_context_window.json'),
  '/llm-leaderboard/llm_leaderboard.json': snapshot('llm-leaderboard', 'llm_leaderboard.json'),
});

let server: Server;
let base = '';
let routes: Routes = {};
const requested: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requested.push(path);
    const route = path === '/ecb/eurofxref-daily.xml' ? (routes[path] ?? ECB_XML) : routes[path];
    if (route === undefined || typeof route === 'number') {
      res.writeHead(route ?? 404).end();
      return;
    }
    const body = route.startsWith('/') ? readFileSync(route) : Buffer.from(route);
    res.writeHead(200, { 'content-type': path.endsWith('.xml') ? 'text/xml' : 'application/json' }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((done) => server.close(done));
});

const bases = () => ({
  modelsDev: `${base}/models.dev`,
  litellm: `${base}/litellm`,
  leaderboard: `${base}/llm-leaderboard`,
  ecb: `${base}/ecb`,
});
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

interface SourceJson {
  copied_at: string;
  files: Record<string, { url: string; bytes?: number; sha256?: string; missing?: string }>;
}

describe('resolveBases', () => {
  it('takes a flag over the environment, the environment over the default', () => {
    const env = { [BASE_ENV.litellm]: 'http://env/litellm', [BASE_ENV.ecb]: 'http://env/ecb' };
    expect(resolveBases({ ecb: 'http://flag/ecb' }, env)).toEqual({
      modelsDev: DEFAULT_BASES.modelsDev,
      litellm: 'http://env/litellm',
      leaderboard: undefined,
      ecb: 'http://flag/ecb',
    });
  });
});

describe.skipIf(!hasSnapshot)('fetchUpstream from a local server', () => {
  let cache = '';
  beforeAll(() => {
    cache = mkdtempSync(join(tmpdir(), 'catalog-cache-'));
  });
  afterAll(() => rmSync(cache, { recursive: true, force: true }));

  it('writes each dataset to its folder, byte for byte, with a SOURCE.json of where and when', async () => {
    routes = snapshotRoutes();
    const now = new Date('2026-07-30T06:00:00.000Z');
    const fetched = await fetchUpstream(cache, upstreamDatasets(bases()), { now });
    expect(fetched.map((f) => [f.folder, f.how])).toEqual([
      ['models.dev', 'downloaded'],
      ['litellm', 'downloaded'],
      ['llm-leaderboard', 'downloaded'],
      ['ecb', 'downloaded'],
    ]);
    expect(readdirSync(cache).sort()).toEqual(['ecb', 'litellm', 'llm-leaderboard', 'models.dev']);
    expect(readdirSync(join(cache, 'models.dev')).sort()).toEqual(['SOURCE.json', 'api.json', 'models-metadata.json']);
    for (const [path, file] of Object.entries(snapshotRoutes())) {
      const [, folder = ''] = path.split('/');
      const name = path.endsWith('models.json') ? 'models-metadata.json' : (path.split('/').pop() ?? '');
      expect(sha256(join(cache, folder, name)), path).toBe(sha256(String(file)));
      const source = readJson<SourceJson>(join(cache, folder, 'SOURCE.json'));
      expect(source.copied_at).toBe('2026-07-30T06:00:00Z');
      expect(source.files[name]).toEqual({
        url: `${base}${path}`,
        bytes: readFileSync(String(file)).length,
        sha256: sha256(String(file)),
      });
    }
    expect(readFileSync(join(cache, 'ecb', 'eurofxref-daily.xml'), 'utf8')).toBe(ECB_XML);
  });

  it('keeps the previous cache whole when a download fails, naming the address', async () => {
    routes = { ...snapshotRoutes(), '/litellm/model_prices_and_context_window.json': 503 };
    const before = sha256(join(cache, 'models.dev', 'SOURCE.json'));
    await expect(fetchUpstream(cache, upstreamDatasets(bases()))).rejects.toThrow(
      `${base}/litellm/model_prices_and_context_window.json: HTTP 503`,
    );
    expect(sha256(join(cache, 'models.dev', 'SOURCE.json'))).toBe(before);
    expect(existsSync(join(cache, 'litellm', 'model_prices_and_context_window.json'))).toBe(true);
  });

  it('refuses a file that is not what the reader expects', async () => {
    routes = { ...snapshotRoutes(), '/ecb/eurofxref-daily.xml': '<html>Maintenance</html>' };
    await expect(fetchUpstream(cache, upstreamDatasets(bases()))).rejects.toThrow(/eurofxref-daily\.xml: ECB rates/);
    routes = { ...snapshotRoutes(), '/llm-leaderboard/llm_leaderboard.json': '{"models": [' };
    await expect(fetchUpstream(cache, upstreamDatasets(bases()))).rejects.toThrow(/llm_leaderboard\.json is not JSON/);
  });

  it('records an unpublished optional file instead of failing', async () => {
    routes = { ...snapshotRoutes(), '/models.dev/models.json': 404 };
    const fetched = await fetchUpstream(cache, upstreamDatasets(bases()));
    expect(fetched[0]?.notes).toEqual([`${base}/models.dev/models.json not published (HTTP 404)`]);
    expect(readdirSync(join(cache, 'models.dev')).sort()).toEqual(['SOURCE.json', 'api.json']);
    expect(readJson<SourceJson>(join(cache, 'models.dev', 'SOURCE.json')).files['models-metadata.json']).toEqual({
      url: `${base}/models.dev/models.json`,
      missing: 'HTTP 404',
    });
  });

  it('copies the leaderboard from its local folder, with that folder’s own dates, when it has no address', async () => {
    routes = snapshotRoutes();
    requested.length = 0;
    const fetched = await fetchUpstream(cache, upstreamDatasets({ ...bases(), leaderboard: undefined }), {
      fallbackDirs: { 'llm-leaderboard': join(upstreamRoot, 'llm-leaderboard') },
    });
    expect(fetched.find((f) => f.folder === 'llm-leaderboard')?.how).toBe('copied');
    expect(requested.some((p) => p.startsWith('/llm-leaderboard'))).toBe(false);
    expect(readFileSync(join(cache, 'llm-leaderboard', 'SOURCE.json'), 'utf8')).toBe(
      readFileSync(join(upstreamRoot, 'llm-leaderboard', 'SOURCE.json'), 'utf8'),
    );
    await expect(
      fetchUpstream(cache, upstreamDatasets({ ...bases(), leaderboard: undefined }), {
        fallbackDirs: { 'llm-leaderboard': join(cache, 'nowhere') },
      }),
    ).rejects.toThrow(/--leaderboard-url or CATALOG_LEADERBOARD_URL/);
  });
});

const run = promisify(execFile);

describe.skipIf(!hasSnapshot)('npm run catalog -- --fetch --diff', () => {
  it('builds from what it fetched, with the ECB file’s rates and dates, and reports the changes', async () => {
    routes = snapshotRoutes();
    const work = mkdtempSync(join(tmpdir(), 'catalog-fetch-'));
    const today = () => new Date().toISOString().slice(0, 10);
    const started = today();
    // The old catalog is the folder the build writes to, as in the weekly workflow
    // (--diff public/catalog): it must be read before it is replaced.
    const old = join(work, 'out');
    try {
      // The old catalog: two models of the committed one, so every other model of the build is new.
      const committed = readJson<CatalogIndex>(join(repoRoot, 'public', 'catalog', 'index.json'));
      const keep = committed.models.filter((m) => m.id === 'gpt-4.1' || m.id === 'kimi-k2.5');
      expect(keep).toHaveLength(2);
      mkdirSync(join(old, 'models'), { recursive: true });
      writeFileSync(join(old, 'index.json'), JSON.stringify({ ...committed, models: keep }));
      for (const m of keep)
        copyFileSync(
          join(repoRoot, 'public', 'catalog', 'models', `${m.id}.json`),
          join(old, 'models', `${m.id}.json`),
        );

      const env = {
        ...process.env,
        [BASE_ENV.modelsDev]: bases().modelsDev,
        [BASE_ENV.litellm]: bases().litellm,
        [BASE_ENV.leaderboard]: bases().leaderboard,
        [BASE_ENV.ecb]: bases().ecb,
      };
      const { stdout } = await run(
        process.execPath,
        [
          join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
          join(repoRoot, 'scripts', 'catalog', 'main.ts'),
          '--fetch',
          '--cache',
          join(work, 'cache'),
          '--out',
          old,
          '--diff',
          old,
          '--diff-out',
          join(work, 'changes.md'),
        ],
        { env, cwd: repoRoot, maxBuffer: 64 * 1024 * 1024 },
      );
      expect(stdout).toContain(`ecb: downloaded eurofxref-daily.xml from ${base}/ecb`);
      const index = readJson<CatalogIndex>(join(work, 'out', 'index.json'));
      expect(index.models.length).toBeGreaterThan(1000);
      expect(readdirSync(join(work, 'out', 'models'))).toHaveLength(index.models.length);
      // Each downloaded dataset is dated by its fetch (UTC) unless it carries a date of its own
      // (the snapshot's litellm file has a last_updated key), the rates by their own file.
      const dateOf = (id: string) => index.sources.find((s) => s.id === id)?.date;
      for (const id of ['models.dev', 'llm-leaderboard']) expect([started, today()]).toContain(dateOf(id));
      const litellm = readJson<{ last_updated?: string }>(snapshot('litellm', 'model_prices_and_context_window.json'));
      expect([started, today(), litellm.last_updated?.slice(0, 10)]).toContain(dateOf('litellm'));
      expect(index.rates.find((r) => r.currency === 'GBP')).toEqual({
        currency: 'GBP',
        perUsd: 0.739316,
        date: '2026-07-24',
        source: 'ecb-eurofxref-2026-07-24',
      });
      expect(dateOf('ecb-eurofxref-2026-07-24')).toBe('2026-07-24');
      const changes = readFileSync(join(work, 'changes.md'), 'utf8');
      expect(stdout).toContain(changes.trim());
      expect(changes).toContain('| exchange rates of | 2025-06-10 | 2026-07-24 |  |');
      expect(changes).toMatch(new RegExp(`### Models added \\(${index.models.length - 2}\\)`));
      expect(changes).toContain('### Models removed (0)');
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 120_000);
});
