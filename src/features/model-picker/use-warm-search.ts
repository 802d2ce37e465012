import { useEffect } from 'react';
import { makeHaystacks, type SearchEntry } from '../../domain/search/model-search';

/**
 * At most this long per idle callback. An idle period can last 50 ms, and a task that long
 * delays whatever the person does next (and counts as blocking time while the page loads).
 */
const SLICE_MS = 4;

/**
 * Makes the entries' search haystacks while the browser is idle after the page has opened, a
 * short slice at a time, so neither the first view nor the first keystroke makes them all at once.
 */
export function useWarmSearch(entries: readonly SearchEntry[]): void {
  useEffect(() => {
    if (typeof window.requestIdleCallback !== 'function') return;
    let at = 0;
    const work = (deadline: IdleDeadline) => {
      const end = performance.now() + SLICE_MS;
      at = makeHaystacks(entries, at, () => deadline.timeRemaining() > 1 && performance.now() < end);
      if (at < entries.length) handle = window.requestIdleCallback(work);
    };
    let handle = window.requestIdleCallback(work);
    return () => window.cancelIdleCallback(handle);
  }, [entries]);
}
