import type { QueryClient } from '@tanstack/react-query';
import { catalogQueries } from '../catalog/catalog-queries';
import { startingCatalogModelIds } from '../domain/link/start';
import { readAddress } from '../state/address';

/**
 * Starts the first view's downloads at once: the catalog index and the detail files of the
 * models the page opens with, side by side rather than the files after the index. Those the
 * page's entry requested already are taken over, not fetched again. Settles when all of them
 * have, with whether every one of them loaded.
 */
export function prefetchFirstView(client: QueryClient): Promise<boolean> {
  const ids = startingCatalogModelIds(readAddress());
  // prefetchQuery never rejects: a failed file is the query's error state, which the page shows.
  return Promise.all([
    client.prefetchQuery(catalogQueries.index()),
    ...ids.map((id) => client.prefetchQuery(catalogQueries.model(id))),
  ]).then(() =>
    [catalogQueries.index(), ...ids.map((id) => catalogQueries.model(id))].every(
      (query) => client.getQueryState(query.queryKey)?.status === 'success',
    ),
  );
}
