import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { createQueryClient } from '../lib/query-client';
import { CatalogGate } from './catalog-gate';
import { ErrorBoundary } from './error-boundary';
import { Layout } from './layout';

export function App({ queryClient }: { queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
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
