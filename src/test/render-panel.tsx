import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { CatalogIndex } from '../domain/types';
import { fixtureIndex } from '../mocks/fixture-catalog';
import { SettledComparisonProvider } from '../state/settled-comparison';
import { SourcesProvider } from '../components/provenance/sources-context';

/**
 * Renders one comparison panel the way the page does: inside a query client that does not retry,
 * the sources context and the settled comparison that some panels' view models read. Model details come from the msw fixture handlers.
 */
export function renderPanel(panel: (index: CatalogIndex) => ReactElement, index: CatalogIndex = fixtureIndex) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return {
    queryClient,
    ...render(
      <QueryClientProvider client={queryClient}>
        <SourcesProvider sources={index.sources}>
          <SettledComparisonProvider>{panel(index)}</SettledComparisonProvider>
        </SourcesProvider>
      </QueryClientProvider>,
    ),
  };
}
