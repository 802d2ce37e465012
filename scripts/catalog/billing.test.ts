import { describe, expect, it } from 'vitest';
import { billingKind, pricesFor } from './billing';

describe('billingKind', () => {
  it.each([
    ['moonshotai', { input: 0.6, output: 3 }, undefined, 'payg'],
    ['opencode', { input: 0, output: 0 }, 'free', 'free'],
    ['siliconflow-cn', { input: 0, output: 0 }, undefined, 'free'],
    ['alibaba-coding-plan', { input: 0, output: 0 }, undefined, 'plan'],
    ['xiaomi-token-plan-sgp', { input: 0, output: 0 }, undefined, 'plan'],
    ['kimi-for-coding', { input: 0, output: 0 }, undefined, 'plan'],
    ['github-copilot', { input: 5, output: 25 }, undefined, 'plan'],
    ['github-models', {}, undefined, 'free'],
    ['perplexity', { input: 0, output: 2.8 }, undefined, 'payg'],
  ] as const)('%s %j -> %s', (provider, prices, variant, kind) => {
    expect(billingKind(provider, prices, variant)).toBe(kind);
  });

  it('never keeps zeros as prices on free or plan routes', () => {
    expect(pricesFor('free', { input: 0, output: 0, cacheRead: 0 })).toEqual({});
    expect(pricesFor('plan', { input: 5, output: 25, cacheRead: 0 })).toEqual({ input: 5, output: 25 });
    expect(pricesFor('payg', { input: 0, output: 2.8 })).toEqual({ input: 0, output: 2.8 });
  });
});
