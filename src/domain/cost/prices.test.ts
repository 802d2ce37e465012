import { describe, expect, it } from 'vitest';
import { pricesForPrompt, routeCost } from './engine';
import { makeRoute, monthly, priced, toUsd, traffic } from '../../test/domain/routes';
import type { TrafficProfile } from '../traffic/profile';

describe('routeCost: long-context tiers', () => {
  const route = makeRoute(
    { input: 1.25, output: 10, cacheRead: 0.125 },
    {
      tiers: [
        { above: 200_000, prices: { input: 2.5, output: 15 } },
        { above: 1_000_000, prices: { input: 5 } },
      ],
    },
  );
  const perRequest = (over: Partial<TrafficProfile>): number =>
    priced(routeCost(route, traffic({ requests: 1, outputTokens: 1000, ...over }), toUsd)).perRequest;

  it.each([
    { inputTokens: 200_000, expected: (200_000 * 1.25 + 1000 * 10) / 1e6, tier: undefined },
    { inputTokens: 200_001, expected: (200_001 * 2.5 + 1000 * 15) / 1e6, tier: 200_000 },
    // The top tier omits output, which falls back to base (10), not to the lower tier's 15.
    { inputTokens: 1_000_001, expected: (1_000_001 * 5 + 1000 * 10) / 1e6, tier: 1_000_000 },
  ])(
    'a prompt of $inputTokens tokens reprices the whole request (tier above $tier)',
    ({ inputTokens, expected, tier }) => {
      expect(perRequest({ inputTokens })).toBeCloseTo(expected, 12);
      expect(pricesForPrompt(route, inputTokens).tierAbove).toBe(tier);
    },
  );

  it('a component the tier omits keeps its base price (cache read here)', () => {
    const expected = (300_000 * 0.5 * 2.5 + 300_000 * 0.5 * 0.125 + 1000 * 15) / 1e6;
    expect(perRequest({ inputTokens: 300_000, cachedShare: 0.5 })).toBeCloseTo(expected, 12);
  });

  it('the order of tiers in the data does not matter', () => {
    const reversed = makeRoute(route.prices, { tiers: [...(route.tiers ?? [])].reverse() });
    expect(pricesForPrompt(reversed, 2_000_000)).toEqual(pricesForPrompt(route, 2_000_000));
  });

  it('an undefined key in a tier does not erase the base price', () => {
    const r = makeRoute(
      { input: 1, output: 2, cacheRead: 0.1 },
      { tiers: [{ above: 10, prices: { input: 2, cacheRead: undefined } }] },
    );
    expect(pricesForPrompt(r, 11).prices).toEqual({ input: 2, output: 2, cacheRead: 0.1 });
  });

  it('notes the tier applied', () => {
    expect(priced(routeCost(route, traffic({ inputTokens: 300_000 }), toUsd)).notes).toContain(
      'Long-context prices apply above 200,000 input tokens.',
    );
  });
});

describe('routeCost: batch share', () => {
  const over = { requests: 1000, inputTokens: 1_000_000, outputTokens: 0, batchShare: 0.5 };
  it('bills the batch share at batch prices', () => {
    expect(monthly({ input: 2, output: 8 }, over, { batch: { input: 1, output: 4 } })).toBeCloseTo(1500, 9);
  });
  it('bills batch traffic at standard prices where the route has none, and says so', () => {
    const cost = priced(routeCost(makeRoute({ input: 2, output: 8 }), traffic(over), toUsd));
    expect(cost.monthly).toBeCloseTo(2000, 9);
    expect(cost.notes.join(' ')).toMatch(/No batch prices/);
  });
  it('keeps the batch discount above a long-context threshold', () => {
    const route = makeRoute(
      { input: 2, output: 8 },
      { batch: { input: 1 }, tiers: [{ above: 100, prices: { input: 4 } }] },
    );
    // Standard 4/M above the threshold; batch half of it.
    expect(priced(routeCost(route, traffic(over), toUsd)).monthly).toBeCloseTo(1000 * (0.5 * 4 + 0.5 * 2), 9);
  });
  it('splits the blended cost by component, summing to the per-request cost', () => {
    const cost = priced(
      routeCost(
        makeRoute({ input: 2, output: 8 }, { batch: { input: 1, output: 4 } }),
        traffic({ batchShare: 0.3 }),
        toUsd,
      ),
    );
    const { input, cacheRead, cacheWrite, output, reasoning, fee } = cost.blended;
    expect(input + cacheRead + cacheWrite + output + reasoning + fee).toBeCloseTo(cost.perRequest, 15);
    expect(cost.breakdown.input).toBeCloseTo((800 * 2) / 1e6, 15);
  });
});

describe('routeCost: batch sets that omit components', () => {
  const over = { requests: 1000, inputTokens: 1_000_000, outputTokens: 0, batchShare: 1 };
  it('discounts cached reads by the batch input discount', () => {
    const route = { input: 2, output: 8, cacheRead: 0.2 };
    expect(monthly(route, { ...over, cachedShare: 0.5 }, { batch: { input: 1, output: 4 } })).toBeCloseTo(
      1000 * (0.5 * 1 + 0.5 * 0.1),
      9,
    );
  });
  it('discounts reasoning by the batch output discount', () => {
    const route = { input: 2, output: 8, reasoning: 6 };
    expect(
      monthly(route, { ...over, inputTokens: 0, reasoningTokens: 1_000_000 }, { batch: { input: 1, output: 4 } }),
    ).toBeCloseTo(3000, 9);
  });
  it('uses a stated batch cache price as is', () => {
    const route = { input: 2, output: 8, cacheRead: 0.2 };
    expect(
      monthly(route, { ...over, cachedShare: 1 }, { batch: { input: 1, output: 4, cacheRead: 0.15 } }),
    ).toBeCloseTo(150, 9);
  });
});
