import { startTransition, useEffect, useRef, useState, type ReactNode } from 'react';

/** How long to wait for an idle moment before rendering anyway. */
const IDLE_TIMEOUT_MS = 1500;
/** How far ahead of the viewport a chart starts to render, so it is drawn before it scrolls in. */
const AHEAD = '100% 0px';

function onIdle(callback: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(callback, { timeout: IDLE_TIMEOUT_MS });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(callback, 50);
  return () => window.clearTimeout(handle);
}

/** Calls back once `element` is within a viewport's height of the screen and the browser is idle. */
function whenNearAndIdle(element: Element, callback: () => void): () => void {
  if (typeof IntersectionObserver !== 'function') return onIdle(callback);
  let cancelIdle: (() => void) | undefined;
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      cancelIdle = onIdle(callback);
    },
    { rootMargin: AHEAD },
  );
  observer.observe(element);
  return () => {
    observer.disconnect();
    cancelIdle?.();
  };
}

/**
 * Shows `fallback` until `after` holds, the spot comes within a screen of the viewport and the
 * browser has an idle moment; `children` from then on. Charts wrap their lazily loaded code in
 * it: the chart library (the app's largest chunk) and the drawing of thousands of points wait
 * until someone scrolls towards a chart, and never hold up the figures at the top.
 */
export function WhenIdle({
  after = true,
  fallback,
  children,
}: {
  after?: boolean;
  fallback: ReactNode;
  children: ReactNode;
}) {
  const spot = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (ready || !after || !spot.current) return undefined;
    // A transition, so the chart renders in slices between which the page stays responsive.
    return whenNearAndIdle(spot.current, () => startTransition(() => setReady(true)));
  }, [after, ready]);
  return <div ref={spot}>{ready ? children : fallback}</div>;
}
