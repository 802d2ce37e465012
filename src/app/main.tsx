import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createQueryClient } from '../lib/query-client';
import { App } from './app';
import { firstViewShown } from './first-view';
import { prefetchFirstView } from './prefetch';

/**
 * How long the prerendered comparison may stand in for the live page while its files load. Past
 * this the app renders anyway and its own loading state says what is happening.
 */
const FIRST_VIEW_WAIT_MS = 2000;

/**
 * While the prerendered comparison is on screen, the app's first render waits for the first
 * view's files, so that it replaces the copy with the live figures in one step rather than with
 * a loading state first. Without the copy there is nothing to keep, and the app renders at once.
 */
function readyToReplace(loaded: Promise<void>): Promise<void> {
  if (!firstViewShown()) return Promise.resolve();
  return Promise.race([loaded, new Promise<void>((resolve) => setTimeout(resolve, FIRST_VIEW_WAIT_MS))]);
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
  const loaded = prefetchFirstView(queryClient);
  const reactRoot = createRoot(root);
  await readyToReplace(loaded);
  // A transition, so that the first render yields to the browser every few milliseconds instead
  // of holding the page in one long task; index.html's header and loading line stay up meanwhile.
  startTransition(() =>
    reactRoot.render(
      <StrictMode>
        <App queryClient={queryClient} />
      </StrictMode>,
    ),
  );
});
