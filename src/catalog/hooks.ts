import { useQueries, useQuery } from '@tanstack/react-query';
import { catalogQueries } from './catalog-queries';

export const useCatalogIndex = () => useQuery(catalogQueries.index());

/** Detail queries for the given model ids, in the same order. */
export const useModelDetails = (ids: readonly string[]) => useQueries({ queries: ids.map((id) => catalogQueries.model(id)) });
