import { startTransition, useEffect, useState } from 'react';

/**
 * Past this a step is taken even without a frame, as in a background tab, where frames wait
 * (and timers run about once a second anyway): everything still appears, only later. Long
 * enough that a slow device, whose frames come late, still lays out one part per frame.
 */
export const STEP_WITHOUT_FRAME_MS = 1000;

/**
 * How many of `total` parts to show: one at first, then one more after each frame, in a
 * transition. A long page below the fold is laid out a part per frame this way, instead of the
 * browser laying all of it out in one long task that blocks input (style and layout of the
 * panels below the verdict took over 50 ms in one task on a throttled phone).
 */
export function useStagedCount(total: number): number {
  const [count, setCount] = useState(Math.min(1, total));
  useEffect(() => {
    if (count >= total) return undefined;
    let stepped = false;
    const step = () => {
      if (stepped) return;
      stepped = true;
      startTransition(() => setCount((shown) => Math.min(shown + 1, total)));
    };
    // After the frame that lays out the part shown last, not in it.
    let afterFrame: number | undefined;
    const frame = requestAnimationFrame(() => {
      afterFrame = window.setTimeout(step, 0);
    });
    const fallback = window.setTimeout(step, STEP_WITHOUT_FRAME_MS);
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(afterFrame);
      window.clearTimeout(fallback);
    };
  }, [count, total]);
  return count;
}
