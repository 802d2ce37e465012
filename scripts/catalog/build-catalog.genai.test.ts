import type { Provider as GenaiProvider } from '@pydantic/genai-prices';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelCost } from '../../src/domain/cost/engine';
import { usdConverter } from '../../src/domain/cost/currency';
import { DEFAULT_TRAFFIC } from '../../src/domain/traffic/profile';
import type { Model } from '../../src/domain/types';
import { buildCatalog } from './build-catalog';
import { compareLookups } from './genai-report';
import { readCurated } from './read-curated';
import { readUpstream } from './read-sources';
import { validateCatalog } from './write-catalog';

const fixtures = join(__dirname, 'fixtures');

/** A few genai-prices entries for the fixtures' models, with a check date in a comment. */
const genai: GenaiProvider[] = [
  {
    id: 'aws',
    name: 'AWS Bedrock',
    api_pattern: 'https://bedrock',
    price_comments: 'Rates checked on 2026-09-03.',
    models: [
      {
        id: 'regional.anthropic.claude-opus-4-6-v1:0',
        match: { contains: 'au.anthropic.claude-opus-4-6' },
        prices: { input_mtok: 5.5, output_mtok: 27.5 },
      },
    ],
  },
  {
    // Its entry for Opus 4.6 also matches `claude-opus-4-5`: a price for another catalog model.
    id: 'anthropic',
    name: 'Anthropic',
    api_pattern: 'https://anthropic',
    models: [
      {
        id: 'claude-opus-4-6',
        match: { or: [{ equals: 'claude-opus-4-6' }, { equals: 'claude-opus-4-5' }] },
        prices: { input_mtok: 4, output_mtok: 20 },
      },
    ],
  },
  {
    id: 'moonshotai',
    name: 'Moonshot',
    api_pattern: 'https://moonshot',
    models: [{ id: 'kimi-k2.5', match: { starts_with: 'kimi-k2.5' }, prices: { input_mtok: 0.6, output_mtok: 3 } }],
  },
];

const upstream = readUpstream(
  {
    modelsDev: join(fixtures, 'models.dev'),
    litellm: join(fixtures, 'litellm'),
    leaderboard: join(fixtures, 'llm-leaderboard'),
  },
  { genaiPrices: genai },
);
const { index, models, report } = buildCatalog(upstream, readCurated(join(fixtures, 'curated')));
const model = (id: string): Model => {
  const found = models.find((m) => m.id === id);
  if (!found) throw new Error(`no model ${id}`);
  return found;
};

describe('buildCatalog with genai-prices as a fourth source', () => {
  it('produces a catalog the app schemas accept, with genai-prices among the sources', () => {
    expect(validateCatalog(index, models)).toEqual([]);
    expect(index.sources.find((s) => s.id === 'genai-prices')).toMatchObject({ date: '2026-09-03', license: 'MIT' });
  });

  it('corrects a route with its newer price, keeping the older one as a dated claim', () => {
    const au = model('claude-opus-4.6').routes.find((r) => r.region === 'au');
    expect(au).toMatchObject({ source: 'genai-prices', checked: '2026-09-03', prices: { input: 5.5, output: 27.5 } });
    expect(au?.outlier).toBeUndefined();
    expect(au?.priceClaims).toEqual([
      { value: { input: 16.5, output: 82.5 }, source: 'models.dev', date: '2026-02-05' },
    ]);
  });

  it('is corroborated where the others agree, and the report counts those routes as agreeing', () => {
    const moonshot = model('kimi-k2.5').routes.find((r) => r.providerId === 'moonshotai');
    expect(moonshot?.prices).toEqual({ input: 0.6, output: 3, cacheRead: 0.1 });
    // The newest claim, its missing cache price filled from the sources that agree with it.
    expect(moonshot).toMatchObject({ source: 'genai-prices', confirmedBy: ['litellm', 'models.dev'] });
    const rows = compareLookups(report.lookups);
    expect(rows.find((r) => r.routeId === moonshot?.id)?.agree).toBe(true);
    expect(rows.find((r) => r.routeId.includes('au.anthropic'))?.agree).toBe(false);
  });

  it('applies no price genai-prices matched to an id of another catalog model, and reports it', () => {
    const onAnthropic = (id: string) => model(id).routes.find((r) => r.providerId === 'anthropic');
    expect(onAnthropic('claude-opus-4.6')).toMatchObject({ source: 'genai-prices', prices: { input: 4, output: 20 } });
    const other = onAnthropic('claude-opus-4.5');
    expect(other?.source).not.toBe('genai-prices');
    expect(other?.prices).not.toMatchObject({ input: 4, output: 20 });
    expect(other?.priceClaims ?? []).not.toContainEqual(expect.objectContaining({ source: 'genai-prices' }));
    expect(other?.confirmedBy ?? []).not.toContain('genai-prices');
    const outcome = report.lookups.find((l) => l.routeId === other?.id);
    expect(outcome?.found).toEqual({ skipped: 'not applied: genai-prices prices claude-opus-4-6 for this id' });
    const row = compareLookups(report.lookups).find((r) => r.routeId === other?.id);
    expect(row).toMatchObject({ notApplied: true, genai: { modelId: 'claude-opus-4-6' } });
  });

  it('dates the prices it shows: their median, and the range of its sources', () => {
    expect(index.meta.sourceDates).toEqual({ from: '2025-06-10', to: '2026-09-03' });
    const toUsd = usdConverter(index.rates);
    const dates = models
      .flatMap((m) => {
        const cost = modelCost(
          m.routes.filter((r) => r.billing === 'payg'),
          DEFAULT_TRAFFIC,
          toUsd,
          { includeFreeAndPlans: false, creatorId: m.creatorId },
        );
        return cost.status === 'priced' ? [cost.cheapest.route.checked] : [];
      })
      .sort();
    expect(index.meta.pricesAsOf).toBe(dates[Math.floor((dates.length - 1) / 2)]);
  });
});
