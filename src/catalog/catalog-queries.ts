import { queryOptions } from '@tanstack/react-query';
import { fetchCatalogIndex, fetchModel } from './api';

/** One queryOptions factory per catalog resource. The catalog is static, hence staleTime Infinity. */
export const catalogQueries = {
  index: () =>
    queryOptions({
      queryKey: ['catalog', 'index'] as const,
      queryFn: ({ signal }) => fetchCatalogIndex(signal),
      staleTime: Infinity,
    }),
  model: (id: string) =>
    queryOptions({
      queryKey: ['catalog', 'model', id] as const,
      queryFn: ({ signal }) => fetchModel(id, signal),
      staleTime: Infinity,
    }),
};
