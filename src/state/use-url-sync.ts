import { useEffect, useMemo, useState } from 'react';
import type { CatalogIndex } from '../domain/types';
import { knownIdsOf } from '../domain/url-known';
import { restoreFromAddress, startUrlSync, type UrlNotice } from './url-sync';

/**
 * Ties the store to the address bar for as long as the calling component is mounted. The
 * initial restore runs in the first render, before any panel reads the store, so no panel
 * fetches or draws the default comparison on the way to the linked one.
 */
export function useUrlSync(index: CatalogIndex): { notice: UrlNotice | null; dismiss: () => void } {
  const known = useMemo(() => knownIdsOf(index), [index]);
  const [notice, setNotice] = useState<UrlNotice | null>(() => restoreFromAddress(known));
  useEffect(() => startUrlSync(known, setNotice), [known]);
  return { notice, dismiss: () => setNotice(null) };
}
