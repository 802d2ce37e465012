import type { CostRow } from '../../domain/cost/rows';
import { isCustomRoute, routeProviderName } from '../../domain/custom/merge';
import { formatPercent } from '../../domain/format/format';
import type { DisplayCurrency } from '../../state/display-currency';
import { TableScroll } from '../../components/ui/table-scroll';

interface CostTableProps {
  rows: readonly CostRow[];
  baselineName: string | undefined;
  providerName: (id: string) => string;
  display: DisplayCurrency;
}

function DeltaCell({ row, display }: { row: CostRow; display: DisplayCurrency }) {
  if (!row.delta) return <td className="number muted">Baseline</td>;
  if (row.delta.status === 'unavailable') return <td className="number muted">Unavailable</td>;
  const { monthly, fraction } = row.delta;
  return (
    <td className="number">
      {display.money(monthly, { signed: true })}
      {fraction !== undefined ? <span className="muted"> ({formatPercent(fraction, { signed: true })})</span> : null}
    </td>
  );
}

/** Where a model's cheapest route was passed over for an unconfirmed outlier price, says so. */
function SkippedNotes({ rows, providerName }: { rows: readonly CostRow[]; providerName: (id: string) => string }) {
  const notes = rows.flatMap((row) => {
    const skipped = row.cost.status === 'priced' ? row.cost.skipped?.[0] : undefined;
    if (!skipped) return [];
    const region = skipped.route.region ? ` (${skipped.route.region})` : '';
    return [
      <p key={row.modelId} className="field-hint">
        {row.modelName}: cheapest route {routeProviderName(skipped.route, providerName)}
        {region} skipped: its price is an unconfirmed outlier.
      </p>,
    ];
  });
  return notes.length > 0 ? <>{notes}</> : null;
}

/** The "Monthly cost" table: a row per model on its cheapest qualifying route. */
export function CostTable({ rows, baselineName, providerName, display }: CostTableProps) {
  const deltaUnavailable = rows.find((r) => r.delta?.status === 'unavailable');
  return (
    <>
      <TableScroll label={'Monthly cost'}>
        <table aria-label="Monthly cost">
          <thead>
            <tr>
              <th scope="col">Model</th>
              <th scope="col">Cheapest route</th>
              <th scope="col" className="number">
                Monthly cost
              </th>
              <th scope="col" className="number">
                Δ vs {baselineName ?? 'baseline'}
              </th>
              <th scope="col" className="number">
                Per request
              </th>
              <th scope="col" className="number">
                Per 1M blended tokens
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) =>
              row.cost.status === 'priced' ? (
                <tr key={row.modelId}>
                  <th scope="row">{row.modelName}</th>
                  <td>
                    {routeProviderName(row.cost.cheapest.route, providerName)}
                    {isCustomRoute(row.cost.cheapest.route) ? <span className="badge badge-custom">custom</span> : null}
                    {row.cost.cheapest.route.billing !== 'payg' ? (
                      <span className="badge">{row.cost.cheapest.route.billing === 'free' ? 'free tier' : 'plan'}</span>
                    ) : null}
                  </td>
                  <td className="number strong">{display.money(row.cost.cheapest.monthly)}</td>
                  <DeltaCell row={row} display={display} />
                  <td className="number">{display.money(row.cost.cheapest.perRequest)}</td>
                  <td className="number">{row.blended !== undefined ? display.money(row.blended) : '—'}</td>
                </tr>
              ) : (
                <tr key={row.modelId}>
                  <th scope="row">{row.modelName}</th>
                  <td className="muted">{row.cost.reason}</td>
                  <td className="number strong">Unavailable</td>
                  <DeltaCell row={row} display={display} />
                  <td className="number muted">—</td>
                  <td className="number muted">—</td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      </TableScroll>
      <SkippedNotes rows={rows} providerName={providerName} />
      {deltaUnavailable?.delta?.status === 'unavailable' ? (
        <p className="field-hint">{deltaUnavailable.delta.reason}</p>
      ) : null}
    </>
  );
}
