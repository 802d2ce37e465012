import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSettledValue } from './use-settled-value';

describe('useSettledValue', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('holds the first value through a run of changes and takes the last one once they stop', () => {
    const { result, rerender } = renderHook(({ value }) => useSettledValue(value, 200), { initialProps: { value: 1 } });
    for (const value of [2, 3, 4]) {
      rerender({ value });
      act(() => {
        vi.advanceTimersByTime(150);
      });
      expect(result.current).toBe(1);
    }
    act(() => {
      vi.advanceTimersByTime(200);
    });
    expect(result.current).toBe(4);
  });
});
