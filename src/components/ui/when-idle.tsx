import { startTransition, useEffect, useState, type ReactNode } from 'react';

/** How long to wait for an idle moment before rendering anyway. */
const IDLE_TIMEOUT_MS = 1500;

function onIdle(callback: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(callback, { timeout: IDLE_TIMEOUT_MS });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(callback, 50);
  return () => window.clearTimeout(handle);
}

/**
 * Shows `fallback` until `after` holds and the browser then has an idle moment, and `children`
 * from then on. Charts wrap their lazily loaded code in it: the chart library (the app's largest
 * chunk) then downloads and runs once the first view's figures are on screen, not before them.
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
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (ready || !after) return undefined;
    // A transition, so the chart renders in slices between which the page stays responsive.
    return onIdle(() => startTransition(() => setReady(true)));
  }, [after, ready]);
  return ready ? children : fallback;
}
