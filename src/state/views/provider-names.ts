import { useCallback, useMemo } from 'react';
import type { CatalogIndex } from '../../domain/types';

/** A provider's display name by id, falling back to the id; stable while the catalog is. */
export function useProviderName(providers: CatalogIndex['providers']): (id: string) => string {
  const names = useMemo(() => new Map(providers.map((p) => [p.id, p.name])), [providers]);
  return useCallback((id: string) => names.get(id) ?? id, [names]);
}
