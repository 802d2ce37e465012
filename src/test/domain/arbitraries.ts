/** fast-check generators of routes and profiles for the cost engine's property tests. */
import fc from 'fast-check';
import type { TrafficProfile } from '../../domain/traffic/profile';
import type { PriceSet, PriceTier, Route } from '../../domain/types';

/** A price per 1M tokens in 0..200 with 0.001 steps: integers keep the generator free of -0 and NaN. */
export const price = fc.integer({ min: 0, max: 200_000 }).map((n) => n / 1000);

const share = fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000);

/** Base prices: input and output always, the rest sometimes. Cache read is at most the input price, as on every real route. */
export const basePrices: fc.Arbitrary<PriceSet> = fc
  .record({
    input: price,
    output: price,
    cacheReadFactor: fc.option(share, { nil: undefined }),
    cacheWrite: fc.option(price, { nil: undefined }),
    reasoning: fc.option(price, { nil: undefined }),
  })
  .map(({ cacheReadFactor, ...rest }) => {
    const prices: PriceSet = { input: rest.input, output: rest.output };
    if (cacheReadFactor !== undefined) prices.cacheRead = rest.input * cacheReadFactor;
    if (rest.cacheWrite !== undefined) prices.cacheWrite = rest.cacheWrite;
    if (rest.reasoning !== undefined) prices.reasoning = rest.reasoning;
    return prices;
  });

const KEYS = ['input', 'output', 'cacheRead', 'cacheWrite', 'reasoning'] as const;

/**
 * Long-context tiers whose every price is at least the one below it (tier k >= tier k-1 >= base),
 * each tier stating every component the base states. That is the assumption under which cost
 * cannot fall as a prompt grows: a tier cheaper than the base, or a higher tier that omits a
 * component a lower tier raised (it falls back to base), would make crossing a threshold cheaper.
 * With `uniform`, each tier scales all components by one factor, so cache read stays at most input.
 */
export function tiersAbove(base: PriceSet, uniform: boolean): fc.Arbitrary<PriceTier[]> {
  const factor = fc.integer({ min: 1000, max: 3000 }).map((n) => n / 1000);
  const step = uniform
    ? factor.map((f) => Object.fromEntries(KEYS.map((k) => [k, f])))
    : fc.record(Object.fromEntries(KEYS.map((k) => [k, factor])));
  return fc.array(fc.record({ above: fc.integer({ min: 1, max: 2_000_000 }), step }), { maxLength: 3 }).map((raw) => {
    const sorted = [...raw].sort((a, b) => a.above - b.above);
    const running: Record<string, number> = Object.fromEntries(KEYS.map((k) => [k, 1]));
    return sorted.map(({ above, step: s }) => {
      const prices: PriceSet = {};
      for (const key of KEYS) {
        running[key] = (running[key] ?? 1) * (s[key] ?? 1);
        const b = base[key];
        if (b !== undefined) prices[key] = b * (running[key] ?? 1);
      }
      return { above, prices };
    });
  });
}

/** A USD pay-as-you-go route with optional monotone tiers, batch prices at or below standard, and a fee. */
export function routeArb(options: { uniformTiers?: boolean } = {}): fc.Arbitrary<Route> {
  return basePrices.chain((prices) =>
    fc
      .record({
        tiers: tiersAbove(prices, options.uniformTiers ?? false),
        batchFactor: fc.option(share, { nil: undefined }),
        perRequest: fc.option(
          fc.integer({ min: 0, max: 1000 }).map((n) => n / 1e5),
          { nil: undefined },
        ),
        n: fc.nat(),
      })
      .map(({ tiers, batchFactor, perRequest, n }) => {
        const route: Route = {
          id: `p${n}/m`,
          providerId: `p${n}`,
          providerModelId: 'm',
          billing: 'payg',
          currency: 'USD',
          prices,
          status: 'active',
          source: 'test',
          checked: '2026-01-01',
        };
        if (tiers.length > 0) route.tiers = tiers;
        if (batchFactor !== undefined)
          route.batch = { input: (prices.input ?? 0) * batchFactor, output: (prices.output ?? 0) * batchFactor };
        if (perRequest !== undefined) route.perRequest = perRequest;
        return route;
      }),
  );
}

const tokens = fc.integer({ min: 0, max: 3_000_000 });

/** A valid profile: cache shares sum to at most 1. */
export const profileArb: fc.Arbitrary<TrafficProfile> = fc
  .record({
    requests: fc.integer({ min: 0, max: 1e9 }),
    inputTokens: tokens,
    outputTokens: tokens,
    reasoningTokens: tokens,
    cachedShare: share,
    cacheWriteShare: share,
    batchShare: share,
  })
  .map((p) => ({ ...p, cacheWriteShare: Math.min(p.cacheWriteShare, 1 - p.cachedShare) }));

/** Any numbers at all, including NaN, infinities and negatives, for the never-NaN property. */
export const wildProfileArb: fc.Arbitrary<TrafficProfile> = fc.record({
  requests: fc.double(),
  inputTokens: fc.double(),
  outputTokens: fc.double(),
  reasoningTokens: fc.double(),
  cachedShare: fc.double(),
  cacheWriteShare: fc.double(),
  batchShare: fc.double(),
});
