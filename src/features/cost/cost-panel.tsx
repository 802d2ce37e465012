import { useMemo } from 'react';
import { useModelDetails } from '../../catalog/hooks';
import { buildCostRows } from '../../domain/cost-rows';
import { usdConverter } from '../../domain/currency';
import type { CatalogIndex } from '../../domain/types';
import { useComparisonStore } from '../../state/comparison-store';

const money = (usd: number) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(usd);

export function CostPanel({ index }: { index: CatalogIndex }) {
  const modelIds = useComparisonStore((s) => s.modelIds);
  const traffic = useComparisonStore((s) => s.traffic);
  const includeFreeAndPlans = useComparisonStore((s) => s.includeFreeAndPlans);
  const details = useModelDetails(modelIds);
  const providerNames = useMemo(() => new Map(index.providers.map((p) => [p.id, p.name])), [index.providers]);
  const toUsd = useMemo(() => usdConverter(index.rates), [index.rates]);

  const rows = useMemo(
    () => buildCostRows(details.models, traffic, toUsd, { includeFreeAndPlans }),
    [details.models, traffic, toUsd, includeFreeAndPlans],
  );

  return (
    <section aria-labelledby="cost-heading" className="panel cost">
      <h2 id="cost-heading">Monthly cost</h2>
      <table aria-labelledby="cost-heading">
        <thead>
          <tr>
            <th scope="col">Model</th>
            <th scope="col">Cheapest route</th>
            <th scope="col">Monthly cost</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.modelId}>
              <th scope="row">{row.modelName}</th>
              <td>{row.cost.status === 'priced' ? (providerNames.get(row.cost.cheapest.route.providerId) ?? row.cost.cheapest.route.providerId) : '—'}</td>
              <td>{row.cost.status === 'priced' ? money(row.cost.cheapest.monthly) : <span title={row.cost.reason}>Unavailable</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {details.errors.length > 0 ? (
        <div role="alert" className="notice notice-error">
          {details.errors.map((e) => (
            <p key={e.id}>{e.message}</p>
          ))}
          <button type="button" onClick={details.retryFailed}>
            Retry
          </button>
        </div>
      ) : null}
    </section>
  );
}
