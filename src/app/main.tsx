import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createQueryClient } from '../lib/query-client';
import { App } from './app';
import { prefetchFirstView } from './prefetch';

/** In `npm run dev` with VITE_MSW=1 the catalog comes from the mock handlers (fault and edge-case demos). */
async function startMocks(): Promise<void> {
  if (import.meta.env.DEV && import.meta.env.VITE_MSW === '1') {
    const { worker } = await import('../mocks/browser');
    await worker.start({ onUnhandledRequest: 'bypass' });
  }
}

void startMocks().then(() => {
  const root = document.getElementById('root');
  if (!root) throw new Error('The page has no #root element.');
  const queryClient = createQueryClient();
  prefetchFirstView(queryClient);
  const reactRoot = createRoot(root);
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
