import { useQueries, useQuery } from '@tanstack/react-query';
import type { Model } from '../domain/types';
import type { DataWarning } from './parse';
import { catalogQueries } from './catalog-queries';

export const useCatalogIndex = () => useQuery(catalogQueries.index());

export interface ModelDetails {
  /** Loaded models, in the order asked for (missing ones skipped). */
  models: Model[];
  warnings: DataWarning[];
  pendingIds: string[];
  errors: { id: string; message: string }[];
  retryFailed: () => void;
}

/** Detail files of the given models, combined into one stable result. */
export function useModelDetails(ids: readonly string[]): ModelDetails {
  return useQueries({
    queries: ids.map((id) => catalogQueries.model(id)),
    combine: (results) => ({
      models: results.flatMap((r) => (r.data ? [r.data.data] : [])),
      warnings: results.flatMap((r) => r.data?.warnings ?? []),
      pendingIds: ids.filter((_, i) => results[i]?.isPending),
      errors: results.flatMap((r, i) => (r.isError ? [{ id: ids[i] ?? '', message: r.error.message }] : [])),
      retryFailed: () => results.forEach((r) => r.isError && void r.refetch()),
    }),
  });
}
