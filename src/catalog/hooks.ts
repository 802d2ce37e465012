import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Model } from '../domain/types';
import type { DataWarning, Parsed } from './parse';
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

type ModelResult = UseQueryResult<Parsed<Model>>;

/**
 * Detail files of the given models, combined into one result that keeps its identity until a
 * file's state changes (a stable `combine` lets react-query reuse it), so panels can defer it.
 */
export function useModelDetails(ids: readonly string[]): ModelDetails {
  const combine = useCallback(
    (results: ModelResult[]): ModelDetails => ({
      models: results.flatMap((r) => (r.data ? [r.data.data] : [])),
      warnings: results.flatMap((r) => r.data?.warnings ?? []),
      pendingIds: ids.filter((_, i) => results[i]?.isPending),
      errors: results.flatMap((r, i) => (r.isError ? [{ id: ids[i] ?? '', message: r.error.message }] : [])),
      retryFailed: () => results.forEach((r) => r.isError && void r.refetch()),
    }),
    [ids],
  );
  return useQueries({ queries: ids.map((id) => catalogQueries.model(id)), combine });
}
