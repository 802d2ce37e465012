import { useEffect } from 'react';
import { makeHaystacks, type SearchEntry } from '../../domain/model-search';

/**
 * Makes the entries' search haystacks while the browser is idle after the page has opened, a
 * slice at a time, so neither the first view nor the first keystroke makes them all at once.
 */
export function useWarmSearch(entries: readonly SearchEntry[]): void {
  useEffect(() => {
    if (typeof window.requestIdleCallback !== 'function') return;
    let at = 0;
    const work = (deadline: IdleDeadline) => {
      at = makeHaystacks(entries, at, () => deadline.timeRemaining() > 1);
      if (at < entries.length) handle = window.requestIdleCallback(work);
    };
    let handle = window.requestIdleCallback(work);
    return () => window.cancelIdleCallback(handle);
  }, [entries]);
}
