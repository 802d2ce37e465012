import { useEffect, useState } from 'react';
import { CATALOG_TIMEOUT_MS } from '../catalog/api';

/** After this long the loading notice says the server is slow, so a wait never looks like a hang. */
export const SLOW_AFTER_MS = 2_000;

/** The catalog's loading state: a status line that grows a word of explanation on a slow server. */
export function CatalogLoading() {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), SLOW_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <p role="status" className="notice">
      Loading the model catalog…
      {slow
        ? ` The server is slow to answer. Versus keeps waiting for up to ${CATALOG_TIMEOUT_MS / 1000} s, then offers a retry.`
        : null}
    </p>
  );
}
