/**
 * The catalog's source list, available to any component that shows a figure, so a source id
 * can be resolved to its title, address, date and license without threading props.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Source } from '../../domain/types';

const SourcesContext = createContext<ReadonlyMap<string, Source>>(new Map());

export function SourcesProvider({ sources, children }: { sources: readonly Source[]; children: ReactNode }) {
  const byId = useMemo(() => new Map(sources.map((s) => [s.id, s])), [sources]);
  return <SourcesContext.Provider value={byId}>{children}</SourcesContext.Provider>;
}

/** The source with this id, or undefined when the catalog does not list it. */
export function useSource(id: string): Source | undefined {
  return useContext(SourcesContext).get(id);
}
