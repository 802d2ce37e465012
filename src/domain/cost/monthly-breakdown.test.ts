import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { routeCost } from './engine';
import { monthlyBreakdown, roundPartsToTotal } from './monthly-breakdown';
import { profileArb, routeArb } from '../../test/domain/arbitraries';
import { makeRoute, priced, toUsd, traffic } from '../../test/domain/routes';
import { clampRequests, requestProfileOf, type TrafficProfile } from '../traffic/profile';
import type { PriceSet, Route } from '../types';

const USD = { currency: 'USD', perUsd: 1 };

function breakdownAt(prices: PriceSet, over: Partial<TrafficProfile> = {}, extra: Partial<Route> = {}, display = USD) {
  const profile = traffic(over);
  const cost = priced(routeCost(makeRoute(prices, extra), profile, toUsd));
  return monthlyBreakdown(cost, requestProfileOf(profile), clampRequests(profile.requests), display);
}

/** The amounts a sentence adds up and its total, as numbers. */
function sentenceAmounts(sentence: string): { parts: number[]; total: number } {
  const [left = '', right = ''] = sentence.split(' = ');
  const amount = (text: string) => Number(text.replace(/[^\d.]/g, ''));
  return { parts: left.split(' + ').map((p) => amount(p.split(' ')[0] ?? '')), total: amount(right) };
}

describe('monthlyBreakdown', () => {
  it('splits $2 / $8 at the default traffic into input and output', () => {
    const b = breakdownAt({ input: 2, output: 8 });
    expect(b.sentence).toBe('$1,600 input + $2,000 output = $3,600');
    expect(b.totalText).toBe('$3,600');
    expect(b.parts.map((p) => p.detail)).toEqual([
      '800M tokens × $2.00 per 1M = $1,600',
      '250M tokens × $8.00 per 1M = $2,000',
    ]);
    expect(b.parts.map((p) => p.share)).toEqual([1600 / 3600, 2000 / 3600]);
    expect(b.batch).toBeUndefined();
  });

  it('names every non-zero component in order and leaves zero ones out', () => {
    // 1,000 requests of 1M input tokens: 300k fresh at $3, 500k cached at $0.30, 200k written
    // at $3.75; 100k reasoning at the output price $15; a $0.01 fee.
    const b = breakdownAt(
      { input: 3, output: 15, cacheRead: 0.3, cacheWrite: 3.75 },
      {
        requests: 1000,
        inputTokens: 1e6,
        outputTokens: 0,
        cachedShare: 0.5,
        cacheWriteShare: 0.2,
        reasoningTokens: 1e5,
      },
      { perRequest: 0.01 },
    );
    expect(b.parts.map((p) => p.label)).toEqual([
      'input',
      'cached input',
      'cache writes',
      'reasoning',
      'per-request fees',
    ]);
    expect(b.sentence).toBe(
      '$900 input + $150 cached input + $750 cache writes + $1,500 reasoning + $10 per-request fees = $3,310',
    );
    expect(b.parts.at(-1)?.detail).toBe('1k requests × $0.01 per request = $10');
  });

  it('states what the batch share saves, or that the route has no batch prices', () => {
    const withBatch = breakdownAt({ input: 2, output: 8 }, { batchShare: 0.5 }, { batch: { input: 1, output: 4 } });
    expect(withBatch.sentence).toBe('$1,200 input + $1,500 output = $2,700');
    expect(withBatch.batch).toBe('The 50% batch share saves $900 a month against $3,600 at standard prices.');
    expect(withBatch.parts[0]?.detail).toBe('800M tokens × $1.50 per 1M (standard and batch averaged) = $1,200');
    const without = breakdownAt({ input: 2, output: 8 }, { batchShare: 0.5 });
    expect(without.batch).toBe('No batch prices on this route, so the 50% batch share saves nothing.');
  });

  it('gives a unit price the digits it needs to multiply out to its part', () => {
    const b = breakdownAt({ input: 1.125, output: 9 });
    expect(b.parts[0]?.detail).toBe('800M tokens × $1.125 per 1M = $900');
  });

  it('reads in the display currency', () => {
    const b = breakdownAt({ input: 2, output: 8 }, {}, {}, { currency: 'EUR', perUsd: 0.9 });
    expect(b.sentence).toBe('€1,440 input + €1,800 output = €3,240');
  });

  it('parts add up exactly to the total as shown, for any route and traffic', () => {
    fc.assert(
      fc.property(routeArb(), profileArb, (route, profile) => {
        const cost = routeCost(route, profile, toUsd);
        if (!cost.ok || !(cost.monthly > 0)) return;
        const b = monthlyBreakdown(cost, requestProfileOf(profile), clampRequests(profile.requests), USD);
        expect(b.sentence.endsWith(`= ${b.totalText}`)).toBe(true);
        const { parts, total } = sentenceAmounts(b.sentence);
        const digits = b.totalText.split('.')[1]?.length ?? 0;
        const sum = parts.reduce((x, y) => x + y, 0);
        expect(sum.toFixed(digits)).toBe(total.toFixed(digits));
        expect(b.parts.every((p) => p.monthly > 0)).toBe(true);
      }),
    );
  });
});

describe('roundPartsToTotal', () => {
  it.each([
    { parts: [1, 1, 1], total: 100, expected: [34, 33, 33] },
    { parts: [0.4, 0.4, 0.2], total: 3, expected: [1, 1, 1] },
    { parts: [0, 5], total: 7, expected: [0, 7] },
    { parts: [0, 0], total: 0, expected: [0, 0] },
  ])('$parts to $total', ({ parts, total, expected }) => {
    expect(roundPartsToTotal(parts, total)).toEqual(expected);
  });
});
