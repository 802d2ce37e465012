import { useMemo } from 'react';
import { modelCost } from '../../domain/cost';
import { buildRouteRows } from '../../domain/route-rows';
import type { CatalogIndex } from '../../domain/types';
import { useDeferredComparedModels, useDeferredTraffic } from '../../state/deferred-comparison';
import { useComparisonStore } from '../../state/comparison-store';
import { useDisplayCurrency } from '../../state/display-currency';
import { RoutesTable } from './routes-table';
import './routes.css';

/** Every provider route of each compared model, with prices and the monthly cost at the current traffic. */
export function RoutesPanel({ index }: { index: CatalogIndex }) {
  const traffic = useDeferredTraffic();
  const includeFreeAndPlans = useComparisonStore((s) => s.includeFreeAndPlans);
  const details = useDeferredComparedModels();
  const display = useDisplayCurrency(index.rates);
  const providerNames = useMemo(() => new Map(index.providers.map((p) => [p.id, p.name])), [index.providers]);

  const tables = useMemo(
    () =>
      details.models.map((model) => ({
        model,
        rows: buildRouteRows(
          modelCost(model.routes, traffic, display.toUsd, { includeFreeAndPlans, creatorId: model.creatorId }),
          display.toUsd,
        ),
      })),
    [details.models, traffic, display.toUsd, includeFreeAndPlans],
  );

  return (
    <section aria-labelledby="routes-heading" className="panel routes">
      <h2 id="routes-heading">Provider routes</h2>
      {tables.map(({ model, rows }) =>
        rows.length > 0 ? (
          <RoutesTable
            key={model.id}
            modelName={model.name}
            rows={rows}
            providerName={(id) => providerNames.get(id) ?? id}
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
