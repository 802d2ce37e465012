import { useCatalogIndex } from '../catalog/hooks';
import { CatalogLoading } from './catalog-loading';
import { ComparisonPage } from './comparison-page';

/** Waits for the catalog index; shows a loading state, or the error with a retry. */
export function CatalogGate() {
  const index = useCatalogIndex();
  if (index.isPending) return <CatalogLoading />;
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
  return <ComparisonPage index={index.data.data} warnings={index.data.warnings} />;
}
