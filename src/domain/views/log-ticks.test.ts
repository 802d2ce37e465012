import { describe, expect, it } from 'vitest';
import { logTicks } from './log-ticks';

describe('logTicks', () => {
  it('covers the range with powers of ten', () => {
    expect(logTicks(1e3, 1e9)).toEqual([1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9]);
    expect(logTicks(134, 2e6)).toEqual([100, 1e3, 1e4, 1e5, 1e6, 1e7]);
    expect(logTicks(0.0006, 0.02)).toEqual([1e-4, 1e-3, 1e-2, 1e-1]);
  });
  it('gives nothing for ranges a log axis cannot show', () => {
    expect(logTicks(0, 10)).toEqual([]);
    expect(logTicks(10, 1)).toEqual([]);
    expect(logTicks(1, Infinity)).toEqual([]);
  });
});
