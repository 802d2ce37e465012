import { describe, expect, it } from 'vitest';
import { blendedPerMillion } from './blended';
import { modelCost, type CostOptions } from './engine';
import { DELTA_UNAVAILABLE, costDelta } from './delta';
import { makeRoute, toUsd } from '../../test/domain/routes';
import { DEFAULT_TRAFFIC } from '../traffic/profile';

const options: CostOptions = { includeFreeAndPlans: false };
const cost = (
  prices: { input?: number; output?: number },
  billing: 'payg' | 'free' = 'payg',
  traffic = DEFAULT_TRAFFIC,
) => modelCost([makeRoute(prices, { billing })], traffic, toUsd, options);

describe('costDelta', () => {
  it('gives the absolute and relative difference at the reference traffic', () => {
    const delta = costDelta(cost({ input: 2, output: 8 }), cost({ input: 0.44, output: 2 }));
    expect(delta.status).toBe('available');
    if (delta.status !== 'available') return;
    expect(delta.monthly).toBeCloseTo(3600 - 852, 9);
    expect(delta.perRequest).toBeCloseTo((3600 - 852) / 1e6, 15);
    expect(delta.fraction).toBeCloseTo((3600 - 852) / 852, 12);
  });
  it('is negative when cheaper than the baseline', () => {
    const delta = costDelta(cost({ input: 0.44, output: 2 }), cost({ input: 2, output: 8 }));
    expect(delta.status === 'available' && delta.fraction).toBeCloseTo(852 / 3600 - 1, 12);
  });
  it('has a fraction at zero requests, where monthly costs are both 0', () => {
    const traffic = { ...DEFAULT_TRAFFIC, requests: 0 };
    const delta = costDelta(
      cost({ input: 2, output: 8 }, 'payg', traffic),
      cost({ input: 1, output: 4 }, 'payg', traffic),
    );
    expect(delta).toMatchObject({ status: 'available', monthly: 0, fraction: 1 });
  });
  it('has no fraction against a free baseline', () => {
    const free = modelCost([makeRoute({ input: 0, output: 0 }, { billing: 'free' })], DEFAULT_TRAFFIC, toUsd, {
      includeFreeAndPlans: true,
    });
    expect(costDelta(cost({ input: 2, output: 8 }), free)).toMatchObject({ status: 'available', fraction: undefined });
    expect(costDelta(free, free)).toMatchObject({ status: 'available', fraction: 0 });
  });
  it.each([
    { name: 'the cost', a: cost({ input: 1 }), b: cost({ input: 1, output: 1 }), missing: ['cost'] },
    {
      name: 'the baseline',
      a: cost({ input: 1, output: 1 }),
      b: cost({ input: 0, output: 0 }, 'free'),
      missing: ['baseline'],
    },
    { name: 'both', a: modelCost([], DEFAULT_TRAFFIC, toUsd, options), b: cost({}), missing: ['cost', 'baseline'] },
  ])('is unavailable until both sides are priced ($name missing)', ({ a, b, missing }) => {
    expect(costDelta(a, b)).toEqual({ status: 'unavailable', reason: DELTA_UNAVAILABLE, missing });
  });
  it('uses the reference pages wording', () => {
    expect(DELTA_UNAVAILABLE).toBe(
      'Cost delta unavailable until both models have sourced input and output token prices.',
    );
  });
});

describe('blendedPerMillion', () => {
  it.each([
    {
      perRequest: 852 / 1e6,
      tokens: { inputTokens: 800, outputTokens: 250, reasoningTokens: 0 },
      expected: 852 / 1050,
    },
    { perRequest: 0.01, tokens: { inputTokens: 500, outputTokens: 250, reasoningTokens: 250 }, expected: 10 },
    { perRequest: 0.01, tokens: { inputTokens: 0, outputTokens: 0, reasoningTokens: 0 }, expected: undefined },
  ])('$perRequest USD per request over $tokens is $expected per 1M tokens', ({ perRequest, tokens, expected }) => {
    const result = blendedPerMillion({ perRequest }, { ...DEFAULT_TRAFFIC, ...tokens });
    if (expected === undefined) expect(result).toBeUndefined();
    else expect(result).toBeCloseTo(expected, 12);
  });
  it('equals monthly / (requests * tokens) * 1e6', () => {
    const priced = cost({ input: 2, output: 8 });
    if (priced.status !== 'priced') throw new Error('unpriced');
    expect(blendedPerMillion(priced.cheapest, DEFAULT_TRAFFIC)).toBeCloseTo((3600 / (1e6 * 1050)) * 1e6, 12);
  });
});
