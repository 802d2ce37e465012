import { describe, expect, it } from 'vitest';
import { hasTokenPrices, modelCost, pricesForPrompt, routeCost, type PricedRouteCost, type RouteCost } from './cost';
import { makeRoute, toUsd } from './testing/routes';
import { DEFAULT_TRAFFIC, type TrafficProfile } from './traffic';
import type { PriceSet, Route } from './types';

const traffic = (over: Partial<TrafficProfile> = {}): TrafficProfile => ({ ...DEFAULT_TRAFFIC, ...over });

function priced(cost: RouteCost): PricedRouteCost {
  if (!cost.ok) throw new Error(`expected a priced route, got: ${cost.reason}`);
  return cost;
}

const monthly = (prices: PriceSet, over: Partial<TrafficProfile> = {}, extra: Partial<Route> = {}): number =>
  priced(routeCost(makeRoute(prices, extra), traffic(over), toUsd)).monthly;

describe('routeCost: reference figures', () => {
  it.each([
    { prices: { input: 0.44, output: 2 }, expected: 852 },
    { prices: { input: 2, output: 8 }, expected: 3600 },
  ])('at the default profile $prices.input / $prices.output costs $expected a month', ({ prices, expected }) => {
    const cost = priced(routeCost(makeRoute(prices), DEFAULT_TRAFFIC, toUsd));
    expect(cost.monthly).toBeCloseTo(expected, 9);
    expect(cost.monthly.toFixed(2)).toBe(expected.toFixed(2));
    expect(cost.perRequest).toBeCloseTo(expected / 1e6, 15);
  });
});

describe('routeCost: components (1,000 requests of 1M input tokens unless stated)', () => {
  const M = 1_000_000;
  const base = { requests: 1000, inputTokens: M, outputTokens: 0 };
  it.each<{ name: string; prices: PriceSet; over: Partial<TrafficProfile>; extra?: Partial<Route>; expected: number }>([
    { name: 'input only', prices: { input: 3, output: 15 }, over: base, expected: 3000 },
    { name: 'output at the output price', prices: { input: 3, output: 15 }, over: { ...base, inputTokens: 0, outputTokens: M }, expected: 15000 },
    { name: 'cache read at the cache-read price', prices: { input: 3, output: 15, cacheRead: 0.3 }, over: { ...base, cachedShare: 0.5 }, expected: 1500 + 150 },
    { name: 'cache write at the cache-write price', prices: { input: 3, output: 15, cacheWrite: 3.75 }, over: { ...base, cacheWriteShare: 0.2 }, expected: 2400 + 750 },
    { name: 'cache read and write together', prices: { input: 3, output: 15, cacheRead: 0.3, cacheWrite: 3.75 }, over: { ...base, cachedShare: 0.5, cacheWriteShare: 0.2 }, expected: 900 + 150 + 750 },
    { name: 'cache read falls back to the input price', prices: { input: 3, output: 15 }, over: { ...base, cachedShare: 0.5 }, expected: 3000 },
    { name: 'cache write falls back to the input price', prices: { input: 3, output: 15 }, over: { ...base, cacheWriteShare: 0.5 }, expected: 3000 },
    { name: 'reasoning at the reasoning price', prices: { input: 3, output: 15, reasoning: 5 }, over: { ...base, inputTokens: 0, reasoningTokens: M }, expected: 5000 },
    { name: 'reasoning falls back to the output price', prices: { input: 3, output: 15 }, over: { ...base, inputTokens: 0, reasoningTokens: M }, expected: 15000 },
    { name: 'per-request fee', prices: { input: 0, output: 0 }, over: base, extra: { perRequest: 0.01 }, expected: 10 },
    { name: 'INR route converted at 85 per USD', prices: { input: 85, output: 170 }, over: { ...base, outputTokens: M }, extra: { currency: 'INR' }, expected: 3000 },
  ])('$name', ({ prices, over, extra, expected }) => {
    expect(monthly(prices, over, extra)).toBeCloseTo(expected, 6);
  });
});

describe('routeCost: long-context tiers', () => {
  const route = makeRoute(
    { input: 1.25, output: 10, cacheRead: 0.125 },
    { tiers: [{ above: 200_000, prices: { input: 2.5, output: 15 } }, { above: 1_000_000, prices: { input: 5 } }] },
  );
  const perRequest = (over: Partial<TrafficProfile>): number =>
    priced(routeCost(route, traffic({ requests: 1, outputTokens: 1000, ...over }), toUsd)).perRequest;

  it.each([
    { inputTokens: 200_000, expected: (200_000 * 1.25 + 1000 * 10) / 1e6, tier: undefined },
    { inputTokens: 200_001, expected: (200_001 * 2.5 + 1000 * 15) / 1e6, tier: 200_000 },
    // The top tier omits output, which falls back to base (10), not to the lower tier's 15.
    { inputTokens: 1_000_001, expected: (1_000_001 * 5 + 1000 * 10) / 1e6, tier: 1_000_000 },
  ])('a prompt of $inputTokens tokens reprices the whole request (tier above $tier)', ({ inputTokens, expected, tier }) => {
    expect(perRequest({ inputTokens })).toBeCloseTo(expected, 12);
    expect(pricesForPrompt(route, inputTokens).tierAbove).toBe(tier);
  });

  it('a component the tier omits keeps its base price (cache read here)', () => {
    const expected = (300_000 * 0.5 * 2.5 + 300_000 * 0.5 * 0.125 + 1000 * 15) / 1e6;
    expect(perRequest({ inputTokens: 300_000, cachedShare: 0.5 })).toBeCloseTo(expected, 12);
  });

  it('the order of tiers in the data does not matter', () => {
    const reversed = makeRoute(route.prices, { tiers: [...(route.tiers ?? [])].reverse() });
    expect(pricesForPrompt(reversed, 2_000_000)).toEqual(pricesForPrompt(route, 2_000_000));
  });

  it('an undefined key in a tier does not erase the base price', () => {
    const r = makeRoute({ input: 1, output: 2, cacheRead: 0.1 }, { tiers: [{ above: 10, prices: { input: 2, cacheRead: undefined } }] });
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
    const route = makeRoute({ input: 2, output: 8 }, { batch: { input: 1 }, tiers: [{ above: 100, prices: { input: 4 } }] });
    // Standard 4/M above the threshold; batch half of it.
    expect(priced(routeCost(route, traffic(over), toUsd)).monthly).toBeCloseTo(1000 * (0.5 * 4 + 0.5 * 2), 9);
  });
  it('splits the blended cost by component, summing to the per-request cost', () => {
    const cost = priced(routeCost(makeRoute({ input: 2, output: 8 }, { batch: { input: 1, output: 4 } }), traffic({ batchShare: 0.3 }), toUsd));
    const { input, cacheRead, cacheWrite, output, reasoning, fee } = cost.blended;
    expect(input + cacheRead + cacheWrite + output + reasoning + fee).toBeCloseTo(cost.perRequest, 15);
    expect(cost.breakdown.input).toBeCloseTo((800 * 2) / 1e6, 15);
  });
});

describe('routeCost: unusable routes and inputs', () => {
  it.each([
    { prices: { input: 1 }, reason: 'No output token price on this route.' },
    { prices: { output: 1 }, reason: 'No input token price on this route.' },
    { prices: {}, reason: 'No input or output token price on this route.' },
  ])('$reason', ({ prices, reason }) => {
    expect(routeCost(makeRoute(prices), DEFAULT_TRAFFIC, toUsd)).toMatchObject({ ok: false, reason });
  });
  it('fails for a currency without an exchange rate', () => {
    expect(routeCost(makeRoute({ input: 1, output: 1 }, { currency: 'XYZ' }), DEFAULT_TRAFFIC, toUsd)).toMatchObject({
      ok: false,
      reason: 'No exchange rate for XYZ.',
    });
  });
  it('clamps an invalid profile instead of returning a negative or NaN cost', () => {
    const cost = priced(routeCost(makeRoute({ input: 3, output: 15, cacheRead: 0.3 }), traffic({ cachedShare: 0.9, cacheWriteShare: 0.9, requests: Number.NaN }), toUsd));
    expect(cost.monthly).toBe(0);
    expect(cost.perRequest).toBeGreaterThan(0);
  });
  it.each([
    [{ input: 1, output: 2 }, true],
    [{ input: 0, output: 0 }, true],
    [{ input: 1 }, false],
  ])('hasTokenPrices(%o) is %s', (prices, expected) => {
    expect(hasTokenPrices(makeRoute(prices))).toBe(expected);
  });
});

describe('modelCost', () => {
  const cheap = makeRoute({ input: 0.44, output: 2 }, { providerId: 'cheap' });
  const dear = makeRoute({ input: 2, output: 8 }, { providerId: 'dear' });
  const free = makeRoute({ input: 0, output: 0 }, { providerId: 'free', billing: 'free' });
  const plan = makeRoute({ input: 0, output: 0 }, { providerId: 'plan', billing: 'plan' });
  const noOutput = makeRoute({ input: 0.1 }, { providerId: 'no-output' });
  const options = { includeFreeAndPlans: false };

  it('picks the cheapest pay-as-you-go route and lists every route cheapest first', () => {
    const cost = modelCost([dear, noOutput, free, cheap], DEFAULT_TRAFFIC, toUsd, options);
    expect(cost.status).toBe('priced');
    if (cost.status !== 'priced') return;
    expect(cost.cheapest.route.id).toBe(cheap.id);
    expect(cost.cheapest.monthly).toBeCloseTo(852, 9);
    expect(cost.routes.map((r) => r.route.providerId)).toEqual(['free', 'cheap', 'dear', 'no-output']);
  });
  it('counts free and plan routes only when asked', () => {
    const cost = modelCost([dear, plan], DEFAULT_TRAFFIC, toUsd, { includeFreeAndPlans: true });
    expect(cost.status === 'priced' && cost.cheapest.route.providerId).toBe('plan');
  });
  it('picks a cheaper INR route over a USD one after conversion', () => {
    const inr = makeRoute({ input: 17, output: 85 }, { providerId: 'inr', currency: 'INR' });
    const cost = modelCost([cheap, inr], DEFAULT_TRAFFIC, toUsd, options);
    expect(cost.status === 'priced' && cost.cheapest.route.providerId).toBe('inr');
    expect(cost.status === 'priced' && cost.cheapest.monthly).toBeCloseTo((800 * 0.2 + 250 * 1) , 9);
  });
  it('picks the same route at zero requests', () => {
    const cost = modelCost([dear, cheap], traffic({ requests: 0 }), toUsd, options);
    expect(cost.status === 'priced' && cost.cheapest.route.id).toBe(cheap.id);
  });
  it.each([
    { name: 'no routes', routes: [], reason: 'No provider route in the catalog.' },
    { name: 'only free and plan routes', routes: [free, plan], reason: 'Only free-tier or plan routes, which have no per-token price.' },
    { name: 'a route without an output price', routes: [noOutput, free], reason: 'No pay-as-you-go route with both an input and an output token price.' },
    { name: 'a route in an unknown currency', routes: [makeRoute({ input: 1, output: 1 }, { currency: 'XYZ' })], reason: 'No exchange rate for XYZ: its prices cannot be converted.' },
  ])('is Unavailable with a reason for $name, never zero', ({ routes, reason }) => {
    expect(modelCost(routes, DEFAULT_TRAFFIC, toUsd, options)).toMatchObject({ status: 'unavailable', reason });
  });
});

describe('routeCost: batch sets that omit components', () => {
  const over = { requests: 1000, inputTokens: 1_000_000, outputTokens: 0, batchShare: 1 };
  it('discounts cached reads by the batch input discount', () => {
    const route = { input: 2, output: 8, cacheRead: 0.2 };
    expect(monthly(route, { ...over, cachedShare: 0.5 }, { batch: { input: 1, output: 4 } })).toBeCloseTo(1000 * (0.5 * 1 + 0.5 * 0.1), 9);
  });
  it('discounts reasoning by the batch output discount', () => {
    const route = { input: 2, output: 8, reasoning: 6 };
    expect(monthly(route, { ...over, inputTokens: 0, reasoningTokens: 1_000_000 }, { batch: { input: 1, output: 4 } })).toBeCloseTo(3000, 9);
  });
  it('uses a stated batch cache price as is', () => {
    const route = { input: 2, output: 8, cacheRead: 0.2 };
    expect(monthly(route, { ...over, cachedShare: 1 }, { batch: { input: 1, output: 4, cacheRead: 0.15 } })).toBeCloseTo(150, 9);
  });
});
