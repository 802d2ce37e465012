import { describe, expect, it } from 'vitest';
import { DEFAULT_TRAFFIC } from './profile';
import { trafficLines } from './traffic-text';

describe('trafficLines', () => {
  it('states the default traffic', () => {
    expect(trafficLines(DEFAULT_TRAFFIC)).toEqual([
      'Traffic: 1,000,000 requests a month; per request 800 input, 250 output and 0 reasoning tokens',
      '0% of input read from cache, 0% written to cache, 0% of requests by batch',
    ]);
  });

  it('follows every field', () => {
    const [volumes, shares] = trafficLines({
      requests: 2_500_000,
      inputTokens: 12_000,
      outputTokens: 600,
      reasoningTokens: 2_000,
      cachedShare: 0.4,
      cacheWriteShare: 0.05,
      batchShare: 0.25,
    });
    expect(volumes).toBe(
      'Traffic: 2,500,000 requests a month; per request 12,000 input, 600 output and 2,000 reasoning tokens',
    );
    expect(shares).toBe('40% of input read from cache, 5% written to cache, 25% of requests by batch');
  });
});
