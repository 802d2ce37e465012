import type { QueryClient } from '@tanstack/react-query';
import { catalogQueries } from '../catalog/catalog-queries';
import { startingCatalogModelIds } from '../state/url-sync';

/**
 * Starts the first view's downloads at once: the catalog index and the detail files of the
 * models the page opens with, side by side rather than the files after the index.
 */
export function prefetchFirstView(client: QueryClient): void {
  void client.prefetchQuery(catalogQueries.index());
  for (const id of startingCatalogModelIds()) void client.prefetchQuery(catalogQueries.model(id));
}
