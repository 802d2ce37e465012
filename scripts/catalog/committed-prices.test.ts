// @vitest-environment node
/**
 * The committed catalog's prices, checked as data: one route per offer, every disagreement a
 * dated claim, headlines that never rest on an unconfirmed outlier, and the stale or misread
 * prices the sources carried kept out of the routes' prices.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelCost, unconfirmedOutlier } from '../../src/domain/cost/engine';
import { usdConverter } from '../../src/domain/cost/currency';
import { DEFAULT_TRAFFIC } from '../../src/domain/traffic/profile';
import type { CatalogIndex, Model, Route } from '../../src/domain/types';

const committed = resolve(__dirname, '..', '..', 'public', 'catalog');
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const index = readJson<CatalogIndex>(join(committed, 'index.json'));
const models = readdirSync(join(committed, 'models')).map((f) => readJson<Model>(join(committed, 'models', f)));
const toUsd = usdConverter(index.rates);
const routes = models.flatMap((m) => m.routes);

/** A model by its id or one of its aliases, as a shared link would find it. */
const find = (id: string): Model => {
  const found = models.find((m) => m.id === id) ?? models.find((m) => m.aliases.includes(id));
  if (!found) throw new Error(`the catalog has no model ${id}`);
  return found;
};
const payg = (m: Model, providerId: string): Route[] =>
  m.routes.filter((r) => r.providerId === providerId && r.billing === 'payg' && !r.region && !r.variant);
const headline = (m: Model) =>
  modelCost(m.routes, DEFAULT_TRAFFIC, toUsd, { includeFreeAndPlans: false, creatorId: m.creatorId });

describe('the committed catalog’s routes', () => {
  it('has one route per offer: no id carries a numbered twin', () => {
    expect(routes.filter((r) => /~\d+$/.test(r.id)).map((r) => r.id)).toEqual([]);
    // A "~" may only come from the provider's own model id (OpenRouter's "~anthropic/claude-opus-latest").
    for (const r of routes.filter((r) => r.id.includes('~'))) expect(r.providerModelId).toContain('~');
    for (const m of models) {
      const offers = m.routes.map((r) =>
        [r.providerId, r.providerModelId.toLowerCase(), r.region, r.variant, r.billing].join('|'),
      );
      expect(new Set(offers).size, m.id).toBe(m.routes.length);
    }
  });

  it('dates every price: the claim a route uses and every claim it keeps', () => {
    for (const r of routes) {
      expect(r.checked).toMatch(/^\d{4}(-\d{2}){0,2}$/);
      for (const claim of r.priceClaims ?? []) {
        expect(claim.source).not.toBe('');
        expect(claim.date, `${r.id} claim of ${claim.source}`).toMatch(/^\d{4}(-\d{2}){0,2}$/);
      }
    }
    expect(routes.filter((r) => r.priceClaims?.length).length).toBeGreaterThan(100);
  });

  it('counts genai-prices among its sources, corroborating or correcting routes', () => {
    expect(index.sources.find((s) => s.id === 'genai-prices')).toMatchObject({ license: 'MIT', publisher: 'Pydantic' });
    expect(routes.filter((r) => r.source === 'genai-prices').length).toBeGreaterThan(100);
    expect(routes.filter((r) => r.source === 'genai-prices' && r.confirmedBy?.length).length).toBeGreaterThan(100);
    expect(routes.filter((r) => r.history?.length).length).toBeGreaterThan(0);
  });
});

describe('the committed catalog’s headline prices', () => {
  it('never rest on an unconfirmed outlier, in the index or in the app’s engine, and the two agree', () => {
    const summaries = new Map(index.models.map((s) => [s.id, s]));
    const offenders: string[] = [];
    for (const m of models) {
      const cost = headline(m);
      const summary = summaries.get(m.id)?.cheapest;
      if (cost.status !== 'priced') continue;
      const route = cost.cheapest.route;
      if (
        unconfirmedOutlier(route) &&
        m.routes.some((r) => r !== route && r.billing === 'payg' && !unconfirmedOutlier(r))
      )
        offenders.push(`${m.id}: ${route.id}`);
      if (summary) expect(summary.providerId, m.id).toBe(route.providerId);
    }
    expect(offenders).toEqual([]);
  });

  it('gives GPT-4.1 OpenAI’s own $2 / $8 route, $3,600 a month at the default traffic', () => {
    const gpt = find('gpt-4.1');
    const cost = headline(gpt);
    expect(cost.status === 'priced' && cost.cheapest.route.providerId).toBe('openai');
    expect(cost.status === 'priced' && cost.cheapest.monthly).toBeCloseTo(3600, 6);
    expect(index.models.find((s) => s.id === gpt.id)?.cheapest).toEqual({ input: 2, output: 8, providerId: 'openai' });
  });

  it('does not give Claude 3.5 Haiku the 0.25 / 1.25 Bedrock EU price', () => {
    const haiku = find('claude-3-5-haiku-20241022');
    const cost = headline(haiku);
    expect(cost.status).toBe('priced');
    if (cost.status !== 'priced') return;
    expect(cost.cheapest.route.prices).toMatchObject({ input: 0.8, output: 4 });
    expect(index.models.find((s) => s.id === haiku.id)?.cheapest).toMatchObject({ input: 0.8, output: 4 });
  });
});

describe('stale or misread prices', () => {
  it.each([
    ['gemini-1.5-pro', { input: 1.25, output: 5 }],
    ['gemini-1.5-flash', { input: 0.075, output: 0.3 }],
  ])('%s takes its base price, not its price above 128K tokens', (id, base) => {
    const [google] = payg(find(id), 'google');
    expect(google?.prices).toMatchObject(base);
    expect(google?.priceClaims?.some((c) => /long-context price above 128K/.test(c.note ?? ''))).toBe(true);
  });

  it('o1-mini on OpenAI does not take the oldest source’s 3 / 12', () => {
    const [openai] = payg(find('o1-mini'), 'openai');
    expect(openai?.prices).toMatchObject({ input: 1.1, output: 4.4 });
    expect(openai?.priceClaims).toContainEqual(expect.objectContaining({ source: 'llm-leaderboard' }));
  });

  it('Gemini Flash Image’s 60 per 1M image tokens is no route’s output price', () => {
    const image = find('gemini-3.1-flash-image-preview');
    const [google] = payg(image, 'google');
    expect(google?.prices).toMatchObject({ input: 0.5, output: 3 });
    expect(image.routes.filter((r) => r.prices.output === 60)).toEqual([]);
  });

  it('DeepSeek’s own API is one route at the newest price, the older one a dated claim', () => {
    const deepseek = payg(find('deepseek-chat'), 'deepseek');
    expect(deepseek).toHaveLength(1);
    const [route] = deepseek;
    for (const claim of route?.priceClaims ?? []) expect(claim.date && route && claim.date <= route.checked).toBe(true);
    expect(route?.priceClaims?.length).toBeGreaterThan(0);
  });
});

describe('the committed catalog’s dates', () => {
  it('says when its prices are from: the median date of the headline prices, and its sources’ range', () => {
    const { pricesAsOf, sourceDates } = index.meta;
    const dates = index.sources.map((s) => s.date).sort();
    expect(sourceDates).toEqual({ from: dates[0], to: dates[dates.length - 1] });
    const shown = models.flatMap((m) => {
      const cost = headline(m);
      return cost.status === 'priced' && index.models.find((s) => s.id === m.id)?.cheapest
        ? [cost.cheapest.route.checked]
        : [];
    });
    shown.sort();
    expect(pricesAsOf).toBe(shown[Math.floor((shown.length - 1) / 2)]);
  });
});

describe.skipIf(!existsSync(join(__dirname, 'reports', 'genai-prices.md')))('the genai-prices report', () => {
  const report = readFileSync(join(__dirname, 'reports', 'genai-prices.md'), 'utf8');
  it('gives the share that agree and a row per route both price, each a route of the catalog', () => {
    expect(report).toMatch(/routes both price: \d+; agree within 1 %: \d+ \(\d+\.\d %\)/);
    const ids = new Set(routes.map((r) => r.id));
    const rows = [...report.matchAll(/^\| [^|]+ \| `([^`]+)` \|/gm)].map((m) => m[1] ?? '');
    expect(rows.length).toBeGreaterThan(500);
    expect(rows.filter((id) => !ids.has(id))).toEqual([]);
  });
});
