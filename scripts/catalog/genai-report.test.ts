import { describe, expect, it } from 'vitest';
import type { PriceSet, Route } from '../../src/domain/types';
import type { CatalogReport } from './build-catalog';
import { agreementShare, compareLookups, formatGenaiReport, summarizeAgreement } from './genai-report';
import type { LookupPrice } from './types';

type Outcome = CatalogReport['lookups'][number];

const route = (source: string, prices: PriceSet, extra: Partial<Route> = {}): Omit<Route, 'id'> => ({
  providerId: 'p',
  providerModelId: 'm',
  billing: 'payg',
  currency: 'USD',
  prices,
  status: 'active',
  source,
  checked: source === 'genai-prices' ? '2026-09-03' : '2026-07-24',
  ...extra,
});

function outcome(
  routeId: string,
  genai: PriceSet,
  other: PriceSet | undefined,
  extra: Partial<LookupPrice> = {},
  otherExtra: Partial<Route> = {},
): Outcome {
  const found: LookupPrice = { modelId: 'g', route: route('genai-prices', genai), ...extra };
  const without = other ? { route: route('litellm', other, otherExtra) } : undefined;
  return { modelId: 'model', routeId, source: 'genai-prices', found, without } as Outcome;
}

const outcomes: Outcome[] = [
  outcome('a/agree', { input: 2, output: 8, cacheRead: 0.5 }, { input: 2, output: 8.05 }),
  outcome(
    'b/tier',
    { input: 1.25, output: 5 },
    { input: 2.5, output: 10 },
    {
      route: route(
        'genai-prices',
        { input: 1.25, output: 5 },
        { tiers: [{ above: 128000, prices: { input: 2.5, output: 10 } }] },
      ),
    },
  ),
  outcome('c/image', { input: 0.5, output: 3 }, { input: 0.5, output: 60 }, { imageOutput: 60 }),
  outcome(
    'd/stale',
    { input: 1.5, output: 7.5 },
    { input: 0.4, output: 2 },
    {
      history: [{ prices: { input: 0.4, output: 2 }, until: '2026-06-16', source: 'genai-prices' }],
    },
  ),
  outcome('e/region', { input: 5.5, output: 27.5 }, { input: 5, output: 25 }),
  outcome('f/cache', { input: 3, output: 15, cacheRead: 0.3 }, { input: 3, output: 15, cacheRead: 0.75 }),
  outcome('g/old', { input: 0.2, output: 0.2 }, { input: 0.8, output: 1.6 }, {}, { checked: '2025-02-04' }),
  outcome('h/only', { input: 1, output: 2 }, undefined),
  { modelId: 'model', routeId: 'i/skipped', source: 'genai-prices', found: { skipped: 'time-of-day prices' } },
];

describe('the genai-prices report', () => {
  const rows = compareLookups(outcomes);
  const note = (id: string) => rows.find((r) => r.routeId === id)?.note;

  it('agrees within 1 %, remarking a cache price only one side states', () => {
    expect(rows.find((r) => r.routeId === 'a/agree')).toMatchObject({ agree: true });
    expect(note('a/agree')).toBe('agree; cache-read price missing in litellm');
  });

  it.each([
    ['b/tier', /^tier vs base: litellm gives the price above 128K tokens as the base price/],
    ['c/image', /^image price: /],
    ['d/stale', /^stale: litellm has the price genai-prices dates until 2026-06-16/],
    ['e/region', /^region: 10 % apart/],
    ['f/cache', /^cache price differs: the cache-read price/],
    ['g/old', /^likely stale: .*claim dates from 2025-02-04/],
  ])('names the likely cause of %s', (id, cause) => {
    expect(rows.find((r) => r.routeId === id)?.agree).toBe(false);
    expect(note(id)).toMatch(cause);
  });

  it('counts the share that agree over the routes both price, and what genai-prices did not price', () => {
    const summary = summarizeAgreement(outcomes, rows);
    expect(summary).toMatchObject({ asked: 9, compared: 7, agree: 1, onlyGenai: 1 });
    expect(agreementShare(summary)).toBe('14.3 %');
    expect(summary.skipped.get('time-of-day prices')).toBe(1);
    const markdown = formatGenaiReport(outcomes, { title: 'genai-prices', date: '2026-09-03' });
    expect(markdown).toContain('agree within 1 %: 1 (14.3 %)');
    expect(markdown.split('\n').filter((l) => l.startsWith('| model | `'))).toHaveLength(8);
    expect(markdown).toContain(
      '| model | `h/only` | — | 1 / 2 (g, 2026-09-03) | only genai-prices prices this route |',
    );
  });
});
