import { describe, expect, it } from 'vitest';
import { hasTokenPrices, modelCost, monthlyCost, routeCost } from './engine';
import { makeRoute, monthly, priced, toUsd, traffic } from '../../test/domain/routes';
import { DEFAULT_TRAFFIC, type TrafficProfile } from '../traffic/profile';
import type { PriceSet, Route } from '../types';

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
    {
      name: 'output at the output price',
      prices: { input: 3, output: 15 },
      over: { ...base, inputTokens: 0, outputTokens: M },
      expected: 15000,
    },
    {
      name: 'cache read at the cache-read price',
      prices: { input: 3, output: 15, cacheRead: 0.3 },
      over: { ...base, cachedShare: 0.5 },
      expected: 1500 + 150,
    },
    {
      name: 'cache write at the cache-write price',
      prices: { input: 3, output: 15, cacheWrite: 3.75 },
      over: { ...base, cacheWriteShare: 0.2 },
      expected: 2400 + 750,
    },
    {
      name: 'cache read and write together',
      prices: { input: 3, output: 15, cacheRead: 0.3, cacheWrite: 3.75 },
      over: { ...base, cachedShare: 0.5, cacheWriteShare: 0.2 },
      expected: 900 + 150 + 750,
    },
    {
      name: 'cache read falls back to the input price',
      prices: { input: 3, output: 15 },
      over: { ...base, cachedShare: 0.5 },
      expected: 3000,
    },
    {
      name: 'cache write falls back to the input price',
      prices: { input: 3, output: 15 },
      over: { ...base, cacheWriteShare: 0.5 },
      expected: 3000,
    },
    {
      name: 'reasoning at the reasoning price',
      prices: { input: 3, output: 15, reasoning: 5 },
      over: { ...base, inputTokens: 0, reasoningTokens: M },
      expected: 5000,
    },
    {
      name: 'reasoning falls back to the output price',
      prices: { input: 3, output: 15 },
      over: { ...base, inputTokens: 0, reasoningTokens: M },
      expected: 15000,
    },
    { name: 'per-request fee', prices: { input: 0, output: 0 }, over: base, extra: { perRequest: 0.01 }, expected: 10 },
    {
      name: 'INR route converted at 85 per USD',
      prices: { input: 85, output: 170 },
      over: { ...base, outputTokens: M },
      extra: { currency: 'INR' },
      expected: 3000,
    },
  ])('$name', ({ prices, over, extra, expected }) => {
    expect(monthly(prices, over, extra)).toBeCloseTo(expected, 6);
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
    const cost = priced(
      routeCost(
        makeRoute({ input: 3, output: 15, cacheRead: 0.3 }),
        traffic({ cachedShare: 0.9, cacheWriteShare: 0.9, requests: Number.NaN }),
        toUsd,
      ),
    );
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
    expect(cost.status === 'priced' && cost.cheapest.monthly).toBeCloseTo(800 * 0.2 + 250 * 1, 9);
  });
  it('picks the same route at zero requests', () => {
    const cost = modelCost([dear, cheap], traffic({ requests: 0 }), toUsd, options);
    expect(cost.status === 'priced' && cost.cheapest.route.id).toBe(cheap.id);
  });
  it.each([
    { name: 'no routes', routes: [], reason: 'No provider route in the catalog.' },
    {
      name: 'only free and plan routes',
      routes: [free, plan],
      reason: 'Only free-tier or plan routes, which have no per-token price.',
    },
    {
      name: 'a route without an output price',
      routes: [noOutput, free],
      reason: 'No pay-as-you-go route with both an input and an output token price.',
    },
    {
      name: 'a route in an unknown currency',
      routes: [makeRoute({ input: 1, output: 1 }, { currency: 'XYZ' })],
      reason: 'No exchange rate for XYZ: its prices cannot be converted.',
    },
  ])('is Unavailable with a reason for $name, never zero', ({ routes, reason }) => {
    expect(modelCost(routes, DEFAULT_TRAFFIC, toUsd, options)).toMatchObject({ status: 'unavailable', reason });
  });
});

describe('modelCost: the headline route', () => {
  const options = { includeFreeAndPlans: false };
  const outlier = { medianOutput: 4, factor: 0.313 };

  it('passes over a cheaper price outlier no second source confirms, and says which', () => {
    const suspect = makeRoute({ input: 0.25, output: 1.25 }, { providerId: 'bedrock-eu', outlier });
    const list = makeRoute({ input: 0.8, output: 4 }, { providerId: 'anthropic' });
    const cost = modelCost([suspect, list], DEFAULT_TRAFFIC, toUsd, options);
    expect(cost.status === 'priced' && cost.cheapest.route.providerId).toBe('anthropic');
    expect(cost.status === 'priced' && cost.skipped?.map((c) => c.route.providerId)).toEqual(['bedrock-eu']);
    // Still listed, cheapest first.
    expect(cost.routes.map((c) => c.route.providerId)).toEqual(['bedrock-eu', 'anthropic']);
    const rescaled = monthlyCost(cost, 10);
    expect(rescaled.status === 'priced' && rescaled.skipped?.[0]?.monthly).toBeCloseTo(
      10 * ((800 * 0.25 + 250 * 1.25) / 1e6),
      12,
    );
  });

  it('takes an outlier that a second source confirms', () => {
    const confirmed = makeRoute({ input: 0.25, output: 1.25 }, { outlier, confirmedBy: ['genai-prices'] });
    const cost = modelCost([confirmed, makeRoute({ input: 0.8, output: 4 })], DEFAULT_TRAFFIC, toUsd, options);
    expect(cost.status === 'priced' && cost.cheapest.route.id).toBe(confirmed.id);
    expect(cost.status === 'priced' && cost.skipped).toBeUndefined();
  });

  it('falls back to the cheapest outlier when every route is one', () => {
    const a = makeRoute({ input: 1, output: 1 }, { outlier });
    const b = makeRoute({ input: 2, output: 2 }, { outlier });
    const cost = modelCost([b, a], DEFAULT_TRAFFIC, toUsd, options);
    expect(cost.status === 'priced' && cost.cheapest.route.id).toBe(a.id);
  });

  it('breaks a tie for the lab’s own route, then for the route more sources agree on', () => {
    const reseller = makeRoute({ input: 2, output: 8 }, { providerId: '302ai', id: '302ai/gpt-4.1' });
    const confirmed = makeRoute(
      { input: 2, output: 8 },
      { providerId: 'azure', confirmedBy: ['litellm', 'models.dev'] },
    );
    const lab = makeRoute({ input: 2, output: 8 }, { providerId: 'openai', id: 'openai/gpt-4.1' });
    const withLab = modelCost([reseller, confirmed, lab], DEFAULT_TRAFFIC, toUsd, { ...options, creatorId: 'openai' });
    expect(withLab.status === 'priced' && withLab.cheapest.route.providerId).toBe('openai');
    expect(withLab.status === 'priced' && withLab.cheapest.monthly).toBeCloseTo(3600, 9);
    const noLab = modelCost([reseller, confirmed], DEFAULT_TRAFFIC, toUsd, { ...options, creatorId: 'openai' });
    expect(noLab.status === 'priced' && noLab.cheapest.route.providerId).toBe('azure');
    const unknownLab = modelCost([reseller, lab], DEFAULT_TRAFFIC, toUsd, options);
    expect(unknownLab.status === 'priced' && unknownLab.cheapest.route.providerId).toBe('302ai');
    // A lab's own service under another id counts as its own route (Amazon's Nova on Bedrock).
    const bedrock = makeRoute({ input: 2, output: 8 }, { providerId: 'amazon-bedrock', id: 'amazon-bedrock/nova' });
    const nova = modelCost([reseller, bedrock], DEFAULT_TRAFFIC, toUsd, { ...options, creatorId: 'amazon' });
    expect(nova.status === 'priced' && nova.cheapest.route.providerId).toBe('amazon-bedrock');
  });
});
