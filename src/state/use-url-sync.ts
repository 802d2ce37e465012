import { useEffect, useMemo, useState } from 'react';
import { mergeImported } from '../domain/custom/entries';
import type { CatalogIndex } from '../domain/types';
import { knownIdsOf } from '../domain/link/known';
import { useComparisonStore } from './comparison-store';
import { restoreFromAddress, startUrlSync, type UrlNotice } from './url-sync';

/**
 * Ties the store to the address bar for as long as the calling component is mounted. The
 * initial restore runs in the first render, before any panel reads the store, so no panel
 * fetches or draws the default comparison on the way to the linked one.
 */
export function useUrlSync(index: CatalogIndex): {
  notice: UrlNotice | null;
  dismiss: () => void;
  /** Adds the custom entries the opened link set aside to the comparison, and closes the notice. */
  addSetAside: () => void;
} {
  const known = useMemo(() => knownIdsOf(index), [index]);
  const [notice, setNotice] = useState<UrlNotice | null>(() => restoreFromAddress(known));
  useEffect(() => startUrlSync(known, setNotice), [known]);
  const addSetAside = () => {
    const { custom, setCustom } = useComparisonStore.getState();
    if (notice?.setAside) setCustom(mergeImported(custom, notice.setAside));
    setNotice(null);
  };
  return { notice, dismiss: () => setNotice(null), addSetAside };
}
