import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useLayoutEffect, useState } from 'react';
import { createQueryClient } from '../lib/query-client';
import { CatalogGate } from './catalog-gate';
import { ErrorBoundary } from './error-boundary';
import { Layout } from './layout';

export function App({
  queryClient,
  onFirstCommit,
}: {
  queryClient?: QueryClient;
  /** Called once the first render is on the page, before it is painted. */
  onFirstCommit?: () => void;
}) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  useLayoutEffect(() => {
    onFirstCommit?.();
  }, [onFirstCommit]);
  return (
    <QueryClientProvider client={client}>
      <Layout>
        <ErrorBoundary>
          <CatalogGate />
        </ErrorBoundary>
      </Layout>
    </QueryClientProvider>
  );
}
