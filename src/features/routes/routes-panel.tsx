import type { CatalogIndex } from '../../domain/types';
import { RoutesTable } from './routes-table';
import './routes.css';
import { useRoutesView } from '../../state/views/routes-view';

/** Every provider route of each compared model, with prices and the monthly cost at the current traffic. */
export function RoutesPanel({ index }: { index: CatalogIndex }) {
  const { tables, display, providerName } = useRoutesView(index);

  return (
    <section aria-labelledby="routes-heading" className="panel routes">
      <h2 id="routes-heading">Provider routes</h2>
      {tables.map(({ model, rows }) =>
        rows.length > 0 ? (
          <RoutesTable
            key={model.id}
            modelName={model.name}
            rows={rows}
            providerName={providerName}
            display={display}
          />
        ) : (
          <p key={model.id} className="field-hint">
            {model.name}: no provider route in the catalog.
          </p>
        ),
      )}
    </section>
  );
}
