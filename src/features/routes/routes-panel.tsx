import { useId } from 'react';
import type { CatalogIndex } from '../../domain/types';
import { ProviderChoiceControls } from './provider-choice-controls';
import { RoutesTable } from './routes-table';
import './routes.css';
import { useProviderChoice, useRoutesView } from '../../state/views/routes-view';

/**
 * Every provider route of each compared model, with prices and the monthly cost at the current
 * traffic, the user's provider choice, and a sort and a provider filter for the tables.
 */
export function RoutesPanel({ index }: { index: CatalogIndex }) {
  const id = useId();
  const { tables, display, providerName, sort, setSort, filter, setFilter } = useRoutesView(index);
  const { choice, setExcluded, setPinned } = useProviderChoice();

  return (
    <section aria-labelledby="routes-heading" className="panel routes">
      <h2 id="routes-heading">Provider routes</h2>
      <ProviderChoiceControls providerName={providerName} />
      <div className="field routes-filter">
        <label htmlFor={`${id}-filter`}>Filter routes by provider</label>
        <input
          id={`${id}-filter`}
          type="search"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          autoComplete="off"
        />
      </div>
      {tables.map(({ model, rows, total, vsLab }) =>
        total > 0 ? (
          <RoutesTable
            key={model.id}
            modelName={model.name}
            rows={rows}
            total={total}
            vsLab={vsLab}
            providerName={providerName}
            display={display}
            sort={sort}
            onSort={setSort}
            onExclude={setExcluded}
            onPin={setPinned}
            excludedIds={choice.excluded}
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
