import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createQueryClient } from '../lib/query-client';
import { App } from './app';
import { firstFiguresSettled, firstViewShown, markAppDrawing, releaseFirstView, standInShown } from './first-view';
import { prefetchFirstView } from './prefetch';

/**
 * How long what stands in for the live page (src/app/first-view.ts) may stay while the first
 * view's files load. Past this the app renders anyway and its own loading state says what is
 * happening.
 */
const FIRST_VIEW_WAIT_MS = 2000;

/**
 * Whether the app takes over the prerendered comparison on screen: its first render is then that
 * very page, so React adopts the markup instead of building it again. That needs every file of
 * the first view loaded; otherwise the app renders in its place. Either way, while something
 * stands in, the app's first render waits for those files a while (and for a link's first figures
 * to be worked out), so a figure on screen is followed by the live page rather than a loading line.
 */
async function takesOver(loaded: Promise<boolean>): Promise<boolean> {
  const deadline = new Promise<false>((resolve) => setTimeout(() => resolve(false), FIRST_VIEW_WAIT_MS));
  await Promise.race([firstFiguresSettled(), deadline]);
  if (!standInShown()) return false;
  const inTime = await Promise.race([loaded, deadline]);
  return inTime && firstViewShown();
}

/**
 * A prerendered page that differs from the live one (a catalog changed after the build) is drawn
 * again from scratch by React, which recovers by itself; saying so helps whoever deploys.
 */
function onRecoverableError(error: unknown): void {
  console.warn('Versus could not take over the prerendered page as it was, and drew it again:', error);
}

/** In `npm run dev` with VITE_MSW=1 the catalog comes from the mock handlers (fault and edge-case demos). */
async function startMocks(): Promise<void> {
  if (import.meta.env.DEV && import.meta.env.VITE_MSW === '1') {
    const { worker } = await import('../mocks/browser');
    await worker.start({ onUnhandledRequest: 'bypass' });
  }
}

void startMocks().then(async () => {
  const root = document.getElementById('root');
  if (!root) throw new Error('The page has no #root element.');
  const queryClient = createQueryClient();
  const takeOver = await takesOver(prefetchFirstView(queryClient));
  markAppDrawing();
  const app = (
    <StrictMode>
      <App queryClient={queryClient} onFirstCommit={releaseFirstView} />
    </StrictMode>
  );
  // Transitions, so that the first render yields to the browser every few milliseconds instead
  // of holding the page in one long task; what is on screen stays up meanwhile.
  startTransition(() => {
    if (takeOver) hydrateRoot(root, app, { onRecoverableError });
    else createRoot(root).render(app);
  });
});
