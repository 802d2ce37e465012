import type { QueryClient } from '@tanstack/react-query';
import { catalogQueries } from '../catalog/catalog-queries';
import { startingCatalogModelIds } from '../domain/url-start';
import { readAddress } from '../state/address';

/**
 * Starts the first view's downloads at once: the catalog index and the detail files of the
 * models the page opens with, side by side rather than the files after the index. Those the
 * page's entry requested already are taken over, not fetched again.
 */
export function prefetchFirstView(client: QueryClient): void {
  void client.prefetchQuery(catalogQueries.index());
  for (const id of startingCatalogModelIds(readAddress())) void client.prefetchQuery(catalogQueries.model(id));
}
