import { describe, expect, it } from 'vitest';
import { budgetValue, formatMs, percentile } from './percentiles';

describe('Event Timing percentiles', () => {
  it('fall among the unreported, fast events while those are the majority', () => {
    const durations = { count: 100, reported: [24, 40, 16, 32, 104] };
    expect(percentile(durations, 0.5)).toBeUndefined();
    expect(percentile(durations, 0.95)).toBeUndefined();
    expect(percentile(durations, 0.96)).toBe(16);
    expect(percentile(durations, 1)).toBe(104);
    expect(formatMs(percentile(durations, 0.5))).toBe('< 16 ms');
    expect(budgetValue(percentile(durations, 0.5))).toBeLessThan(16);
  });

  it('are the reported durations when every event was slow', () => {
    const durations = { count: 4, reported: [48, 16, 32, 24] };
    expect(percentile(durations, 0.5)).toBe(24);
    expect(percentile(durations, 0.95)).toBe(48);
    expect(formatMs(percentile(durations, 0.95))).toBe('48 ms');
  });

  it('refuse an empty measurement rather than pass it', () => {
    expect(() => percentile({ count: 0, reported: [] }, 0.95)).toThrow(/No events/);
  });
});
