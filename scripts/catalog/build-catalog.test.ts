import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Model } from '../../src/domain/types';
import { buildCatalog } from './build-catalog';
import { LEADERBOARD_ATTRIBUTION } from './read-leaderboard';
import { readCurated } from './read-curated';
import { readUpstream } from './read-sources';
import { validateCatalog, writeCatalog } from './write-catalog';

const fixtures = join(__dirname, 'fixtures');

function build() {
  // Without genai-prices, whose bundled data would reprice the fixtures (build-catalog.genai.test.ts has it).
  const upstream = readUpstream(
    {
      modelsDev: join(fixtures, 'models.dev'),
      litellm: join(fixtures, 'litellm'),
      leaderboard: join(fixtures, 'llm-leaderboard'),
    },
    { genaiPrices: [] },
  );
  return buildCatalog(upstream, readCurated(join(fixtures, 'curated')));
}

const model = (models: Model[], id: string): Model => {
  const found = models.find((m) => m.id === id);
  if (!found) throw new Error(`no model ${id} among ${models.map((m) => m.id).join(', ')}`);
  return found;
};

describe('buildCatalog on fixtures', () => {
  const { index, models, report } = build();
  const kimi = model(models, 'kimi-k2.5');

  it('produces a catalog the app schemas accept', () => {
    expect(validateCatalog(index, models)).toEqual([]);
  });

  it('folds every variant id of one model into one model', () => {
    const kimiIds = models.filter((m) => m.id.includes('kimi') || m.id.includes('k2'));
    expect(kimiIds.map((m) => m.id)).toEqual(['kimi-k2.5']);
    const byProvider = Object.fromEntries(kimi.routes.map((r) => [r.id, r]));
    expect(byProvider['chutes/moonshotai/Kimi-K2.5-TEE#tee']?.variant).toBe('tee');
    expect(byProvider['nano-gpt/moonshotai/kimi-k2.5:thinking#thinking']?.variant).toBe('thinking');
    expect(byProvider['nano-gpt/TEE/kimi-k2.5#tee']).toBeDefined();
    expect(byProvider['venice/kimi-k2-5']).toBeDefined();
    expect(byProvider['fireworks-ai/accounts/fireworks/models/kimi-k2p5']).toBeDefined();
    expect(byProvider['amazon-bedrock/moonshotai.kimi-k2.5@eu-north-1']?.region).toBe('eu-north-1');
    expect(kimi.aliases).toEqual(
      expect.arrayContaining(['k2p5', 'kimi-k2-5', 'moonshotai/Kimi-K2.5-TEE', 'TEE/kimi-k2.5']),
    );
    expect(kimi.modes).toContain('thinking');
  });

  it('keeps neighbouring models apart', () => {
    const ids = models.map((m) => m.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'gpt-4.1',
        'gpt-4.1-mini',
        'qwen3.5-4b',
        'qwen3.5-27b',
        'claude-opus-4.6',
        'claude-opus-4.5',
      ]),
    );
  });

  it('merges the same route from two sources into one, keeping the chosen price and filling the rest', () => {
    const moonshot = kimi.routes.filter((r) => r.providerId === 'moonshotai');
    expect(moonshot).toHaveLength(1);
    expect(moonshot[0]?.prices).toEqual({ input: 0.6, output: 3, cacheRead: 0.1 });
    const gpt = model(models, 'gpt-4.1').routes.find((r) => r.providerId === 'openai');
    expect(gpt?.flex).toEqual({ input: 1, output: 4 });
    expect(gpt?.priority).toEqual({ input: 3.5, output: 14 });
  });

  it('turns 0/0 entries into free or plan routes without per-token prices', () => {
    const free = kimi.routes.find((r) => r.providerId === 'opencode');
    expect(free?.billing).toBe('free');
    expect(free?.prices).toEqual({});
    const plan = kimi.routes.find((r) => r.providerId === 'kimi-for-coding');
    expect(plan?.billing).toBe('plan');
    expect(plan?.prices).toEqual({});
    const copilot = model(models, 'gpt-4.1').routes.find((r) => r.providerId === 'github-copilot');
    expect(copilot?.billing).toBe('plan');
    for (const r of models.flatMap((m) => m.routes))
      if (r.billing !== 'payg') expect(r.prices.input ?? 1).toBeGreaterThan(0);
  });

  it('reads long-context tiers from models.dev tiers and from litellm keys and ranges', () => {
    const opus = model(models, 'claude-opus-4.6');
    const anthropic = opus.routes.find((r) => r.providerId === 'anthropic');
    expect(anthropic?.tiers).toEqual([{ above: 200000, prices: { input: 10, output: 37.5 } }]);
    expect(anthropic?.prices.cacheWrite1h).toBe(10);
    expect(anthropic?.batch).toEqual({ input: 2.5, output: 12.5 });
    const qwen = model(models, 'qwen3.5-27b').routes.find((r) => r.providerId === 'alibaba');
    expect(qwen?.prices).toMatchObject({ input: 0.2, output: 1.6 });
    expect(qwen?.tiers).toEqual([{ above: 128000, prices: { input: 0.5, output: 4 } }]);
  });

  it('normalizes models.dev price synonyms', () => {
    expect(kimi.routes.find((r) => r.providerId === 'chutes')?.prices.cacheRead).toBe(0.22);
    expect(model(models, 'gpt-4.1').routes.find((r) => r.providerId === 'openrouter')?.prices.cacheRead).toBe(0.5);
  });

  it('drops max output that only repeats a large context window', () => {
    expect(kimi.routes.find((r) => r.providerId === 'moonshotai')?.maxOutput).toBeUndefined();
    expect(kimi.routes.find((r) => r.providerId === 'chutes')?.maxOutput).toBe(65535);
  });

  it('records a disagreement between sources as a disputed fact with every claim', () => {
    expect(kimi.contextWindow?.value).toBe(262144);
    expect(kimi.contextWindow?.claims?.map((c) => `${c.source}:${c.value}`)).toEqual(
      expect.arrayContaining(['page-vendor:128000', 'page-vendor:256000', 'models.dev:262144', 'litellm:262144']),
    );
    expect(kimi.contextWindow?.rule).toBeTruthy();
    expect(kimi.capabilities.vision?.value).toBe('yes');
    expect(kimi.capabilities.vision?.claims?.some((c) => c.value === 'no')).toBe(true);
    expect(report.disputes.find((d) => d.modelId === 'kimi-k2.5')?.facts).toEqual(
      expect.arrayContaining(['contextWindow', 'vision']),
    );
  });

  it('does not call agreeing provider entries of one source a dispute', () => {
    const opus = model(models, 'claude-opus-4.6');
    expect(opus.contextWindow).toEqual({ value: 1000000, source: 'models.dev' });
  });

  it('flags a route priced far from the model median', () => {
    const opus = model(models, 'claude-opus-4.6');
    const au = opus.routes.find((r) => r.region === 'au');
    expect(au?.outlier).toEqual({ medianOutput: 25, factor: 3.3 });
    expect(opus.routes.filter((r) => r.outlier)).toHaveLength(1);
    expect(report.outliers.map((o) => o.routeId)).toContain(au?.id);
  });

  it('keeps curated routes in their own currency, with the rate from the curated layer', () => {
    const reseller = kimi.routes.find((r) => r.providerId === 'reseller');
    expect(reseller?.currency).toBe('INR');
    expect(index.rates.map((r) => r.currency)).toEqual(['INR', 'USD']);
    expect(index.providers.some((p) => p.id === 'reseller')).toBe(true);
  });

  it('normalizes benchmarks: GPQA Diamond apart, HLE merged, LiveCodeBench versions apart, Elo skipped', () => {
    const gpt = model(models, 'gpt-4.1');
    expect(gpt.scores.map((s) => s.benchmarkId)).toEqual(['gpqa-diamond', 'hle']);
    expect(gpt.scores[0]?.value).toBeCloseTo(66.3);
    const qwen = model(models, 'qwen3.5-27b');
    expect(qwen.scores.map((s) => s.benchmarkId)).toEqual(['gpqa', 'hle', 'livecodebench-v5', 'livecodebench-v6']);
    expect(report.skipped.some((s) => s.key.includes('codeforces'))).toBe(true);
    expect(index.benchmarks.map((b) => b.id)).not.toContain('humanity-s-last-exam');
  });

  it('takes leaderboard facts: parameters, license and commercial use', () => {
    const qwen = model(models, 'qwen3.5-27b');
    expect(qwen.parametersTotal?.value).toBe(27e9);
    expect(qwen.license?.value).toBe('Apache 2.0');
    expect(qwen.commercialUse?.value).toBe('allowed');
  });

  it('carries the leaderboard attribution and counted contributions on the sources', () => {
    const board = index.sources.find((s) => s.id === 'llm-leaderboard');
    expect(board?.attribution).toBe(LEADERBOARD_ATTRIBUTION);
    expect(board?.license).toBe('CC BY 4.0');
    expect(index.sources.map((s) => s.id)).toEqual(['models.dev', 'litellm', 'llm-leaderboard', 'page-vendor', 'fx']);
    expect(index.sources.find((s) => s.id === 'models.dev')?.contributed).toMatch(/\d+ provider routes/);
    expect(index.meta.generatedAt).toBe('2026-07-24');
  });

  it('summarizes the cheapest pay-as-you-go route at the default traffic', () => {
    const summary = index.models.find((m) => m.id === 'kimi-k2.5');
    expect(summary?.cheapest).toEqual({ input: 0.3, output: 1.9, providerId: 'nano-gpt' });
    expect(summary?.capabilities).toContain('reasoning');
    expect(summary?.routeCount).toBe(kimi.routes.length);
  });
});

describe('writeCatalog', () => {
  it('writes byte-identical files on two runs and removes stale model files', () => {
    const dirs = [mkdtempSync(join(tmpdir(), 'catalog-a-')), mkdtempSync(join(tmpdir(), 'catalog-b-'))];
    try {
      for (const dir of dirs) {
        const { index, models } = build();
        writeCatalog(dir, index, models);
      }
      const [a, b] = dirs as [string, string];
      expect(readFileSync(join(a, 'index.json'), 'utf8')).toBe(readFileSync(join(b, 'index.json'), 'utf8'));
      const files = readdirSync(join(a, 'models')).sort();
      expect(readdirSync(join(b, 'models')).sort()).toEqual(files);
      for (const f of files)
        expect(readFileSync(join(a, 'models', f), 'utf8')).toBe(readFileSync(join(b, 'models', f), 'utf8'));
      expect(readFileSync(join(a, 'index.json'), 'utf8').endsWith('}\n')).toBe(true);

      writeFileSync(join(a, 'models', 'gone.json'), '{}\n');
      const { index, models } = build();
      const { removed } = writeCatalog(a, index, models);
      expect(removed).toEqual(['gone.json']);
    } finally {
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses to write a catalog that does not validate', () => {
    const { index, models } = build();
    const broken = models.map((m) =>
      m.id === 'kimi-k2.5' ? { ...m, routes: m.routes.map((r) => ({ ...r, providerId: 'nowhere' })) } : m,
    );
    const dir = mkdtempSync(join(tmpdir(), 'catalog-bad-'));
    try {
      expect(() => writeCatalog(dir, index, broken)).toThrow(/unknown provider nowhere/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
