// @vitest-environment node
/**
 * The catalog the app ships (public/catalog), checked as data: it must stay valid, large and
 * right on the figures the comparison pages are judged by, and it must be exactly what the
 * pipeline makes of the upstream data, so no hand edit can hide in it.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CatalogIndex, Model } from '../../src/domain/types';
import { buildCatalog } from './build-catalog';
import { readCurated } from './read-curated';
import { readUpstream } from './read-sources';
import { validateCatalog, writeCatalog } from './write-catalog';

const repoRoot = resolve(__dirname, '..', '..');
const committed = join(repoRoot, 'public', 'catalog');
const upstreamRoot = resolve(repoRoot, '..', 'shared', 'data', 'upstream');

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const index = readJson<CatalogIndex>(join(committed, 'index.json'));
const modelFiles = readdirSync(join(committed, 'models')).sort();
const models = modelFiles.map((f) => readJson<Model>(join(committed, 'models', f)));
const byId = (id: string): Model => {
  const found = models.find((m) => m.id === id);
  if (!found) throw new Error(`the catalog has no model ${id}`);
  return found;
};

describe('the committed catalog', () => {
  it('passes the app’s own schemas and integrity rules', () => {
    expect(validateCatalog(index, models)).toEqual([]);
    expect(modelFiles).toEqual(index.models.map((m) => `${m.id}.json`).sort());
  });

  it('holds at least 1,200 models, 4,000 routes from 100 providers and 2,000 scores', () => {
    expect(new Set(models.map((m) => m.id)).size).toBeGreaterThanOrEqual(1200);
    const routes = models.flatMap((m) => m.routes);
    expect(routes.length).toBeGreaterThanOrEqual(4000);
    expect(new Set(routes.map((r) => r.providerId)).size).toBeGreaterThanOrEqual(100);
    expect(models.reduce((n, m) => n + m.scores.length, 0)).toBeGreaterThanOrEqual(2000);
  });

  it('has Kimi K2.5 as one model with 40 pay-as-you-go routes and Moonshot’s own prices', () => {
    expect(
      index.models.filter((m) => /kimi.?k2\.?5/i.test(m.id) || /kimi k2\.5/i.test(m.name)).map((m) => m.id),
    ).toEqual(['kimi-k2.5']);
    const kimi = byId('kimi-k2.5');
    expect(kimi.routes.filter((r) => r.billing === 'payg').length).toBeGreaterThanOrEqual(40);
    const moonshot = kimi.routes.find((r) => r.providerId === 'moonshotai');
    expect(moonshot?.prices).toEqual({ input: 0.6, output: 3, cacheRead: 0.1 });
  });

  it('keeps Kimi K2.5’s context window disputed, with the 128K, 256K and 262,144 claims and their sources', () => {
    const window = byId('kimi-k2.5').contextWindow;
    const claims = window?.claims ?? [];
    for (const value of [128_000, 256_000, 262_144]) {
      const sources = claims.filter((c) => c.value === value).map((c) => c.source);
      expect(sources.length, `claims of ${value}`).toBeGreaterThan(0);
      for (const source of sources) expect(index.sources.map((s) => s.id)).toContain(source);
    }
    expect(window?.rule).toMatch(/disagree/);
  });

  it('gives Qwen3.5-4B no pay-as-you-go route: its one upstream route is free', () => {
    const qwen = byId('qwen3.5-4b');
    expect(qwen.routes.map((r) => r.billing)).toEqual(['free']);
    expect(index.models.find((m) => m.id === 'qwen3.5-4b')?.cheapest).toBeUndefined();
  });
});

// The upstream snapshot lives beside the repository, not in it; where it is absent the
// regeneration cannot run, and the checks above still hold the committed files to account.
describe.skipIf(!existsSync(upstreamRoot))('npm run catalog', () => {
  it('regenerates the committed catalog byte for byte', () => {
    const upstream = readUpstream({
      modelsDev: join(upstreamRoot, 'models.dev'),
      litellm: join(upstreamRoot, 'litellm'),
      leaderboard: join(upstreamRoot, 'llm-leaderboard'),
    });
    const built = buildCatalog(upstream, readCurated(join(__dirname, 'curated')));
    const out = mkdtempSync(join(tmpdir(), 'catalog-regen-'));
    try {
      writeCatalog(out, built.index, built.models);
      expect(
        readFileSync(join(out, 'index.json'), 'utf8') === readFileSync(join(committed, 'index.json'), 'utf8'),
      ).toBe(true);
      expect(readdirSync(join(out, 'models')).sort()).toEqual(modelFiles);
      const differing = modelFiles.filter(
        (f) => readFileSync(join(out, 'models', f), 'utf8') !== readFileSync(join(committed, 'models', f), 'utf8'),
      );
      expect(differing).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 30_000);
});
