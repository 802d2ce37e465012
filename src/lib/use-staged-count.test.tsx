import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { STEP_WITHOUT_FRAME_MS, useStagedCount } from './use-staged-count';

describe('useStagedCount', () => {
  beforeEach(() =>
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] }),
  );
  afterEach(() => vi.useRealTimers());

  it('shows one part, then one more per frame, and stops at the total', () => {
    const { result } = renderHook(() => useStagedCount(3));
    expect(result.current).toBe(1);
    // One frame (16 ms) and the timer after it.
    act(() => {
      vi.advanceTimersByTime(17);
    });
    expect(result.current).toBe(2);
    act(() => {
      vi.advanceTimersByTime(17);
    });
    expect(result.current).toBe(3);
    act(() => {
      vi.advanceTimersByTime(STEP_WITHOUT_FRAME_MS * 2);
    });
    expect(result.current).toBe(3);
  });

  it('goes on without frames, as in a background tab, only more slowly', () => {
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0);
    const { result } = renderHook(() => useStagedCount(2));
    act(() => {
      vi.advanceTimersByTime(STEP_WITHOUT_FRAME_MS - 1);
    });
    expect(result.current).toBe(1);
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(result.current).toBe(2);
  });

  it('shows nothing when there is nothing to show', () => {
    const { result } = renderHook(() => useStagedCount(0));
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(result.current).toBe(0);
  });
});
