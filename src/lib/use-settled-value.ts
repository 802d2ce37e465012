import { startTransition, useEffect, useState } from 'react';

/**
 * `value` once it has held still for `delayMs`: a run of changes (a drag, a held arrow key)
 * yields one update at its end. The update is a transition, so it never holds up input.
 */
export function useSettledValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return undefined;
    const timer = window.setTimeout(() => startTransition(() => setSettled(value)), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, settled, delayMs]);
  return settled;
}
