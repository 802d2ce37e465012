import { useDeferredValue } from 'react';
import { useCatalogIndex } from '../catalog/hooks';
import { CatalogLoading } from './catalog-loading';
import { ComparisonPage } from './comparison-page';

/** Waits for the catalog index; shows a loading state, or the error with a retry. */
export function CatalogGate() {
  const index = useCatalogIndex();
  // Mounting the whole comparison is the longest render of the page. The index reaches this
  // component in an update React cannot interrupt, so the comparison mounts from a deferred
  // copy instead: in a background render that yields to the browser every few milliseconds,
  // the loading state on screen until it is done.
  const ready = useDeferredValue(index.data);
  if (index.isPending || (index.isSuccess && !ready)) return <CatalogLoading />;
  if (index.isError) {
    return (
      <div role="alert" className="notice notice-error">
        <h2>The model catalog could not be loaded</h2>
        <p>{index.error.message}</p>
        <button type="button" onClick={() => void index.refetch()} disabled={index.isFetching}>
          {index.isFetching ? 'Retrying…' : 'Retry'}
        </button>
      </div>
    );
  }
  const shown = ready ?? index.data;
  return <ComparisonPage index={shown.data} warnings={shown.warnings} />;
}
