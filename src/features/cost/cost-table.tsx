import { useId } from 'react';
import { BLENDED_PRICE_DEFINITION } from '../../domain/cost/blended';
import type { CostRow } from '../../domain/cost/rows';
import { isCustomRoute, routeProviderName } from '../../domain/custom/merge';
import { formatPercent } from '../../domain/format/format';
import type { DisplayCurrency } from '../../state/display-currency';
import { RouteSourceNote } from '../../components/provenance/route-source-note';
import { TableScroll } from '../../components/ui/table-scroll';
import '../../components/ui/card-table.css';

interface CostTableProps {
  rows: readonly CostRow[];
  baselineName: string | undefined;
  providerName: (id: string) => string;
  display: DisplayCurrency;
}

function DeltaCell({ row, display, label }: { row: CostRow; display: DisplayCurrency; label: string }) {
  if (!row.delta)
    return (
      <td className="number muted" data-label={label}>
        Baseline
      </td>
    );
  if (row.delta.status === 'unavailable')
    return (
      <td className="number muted" data-label={label}>
        Unavailable
      </td>
    );
  const { monthly, fraction } = row.delta;
  return (
    <td className="number" data-label={label}>
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
  const blendedNoteId = useId();
  const deltaLabel = `Δ vs ${baselineName ?? 'baseline'}`;
  return (
    <>
      <TableScroll label={'Monthly cost'}>
        {/* Below 480 px wide each row reads as a card, its cells labelled by data-label (cost-table.css). */}
        <table aria-label="Monthly cost" className="card-table">
          <thead>
            <tr>
              <th scope="col">Model</th>
              <th scope="col">Cheapest route</th>
              <th scope="col" className="number">
                Monthly cost
              </th>
              <th scope="col" className="number">
                {deltaLabel}
              </th>
              <th scope="col" className="number">
                Per request
              </th>
              <th scope="col" className="number" aria-describedby={blendedNoteId}>
                Per 1M blended tokens
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) =>
              row.cost.status === 'priced' ? (
                <tr key={row.modelId}>
                  <th scope="row">{row.modelName}</th>
                  <td data-label="Cheapest route">
                    {routeProviderName(row.cost.cheapest.route, providerName)}
                    {isCustomRoute(row.cost.cheapest.route) ? <span className="badge badge-custom">custom</span> : null}
                    {row.cost.cheapest.route.billing !== 'payg' ? (
                      <span className="badge">{row.cost.cheapest.route.billing === 'free' ? 'free tier' : 'plan'}</span>
                    ) : null}{' '}
                    {/* The headline is checkable where it is read: its price's source and date. */}
                    <RouteSourceNote
                      route={row.cost.cheapest.route}
                      label={`price of ${row.modelName} on ${routeProviderName(row.cost.cheapest.route, providerName)}`}
                    />
                  </td>
                  <td className="number strong" data-label="Monthly cost">
                    {display.money(row.cost.cheapest.monthly)}
                  </td>
                  <DeltaCell row={row} display={display} label={deltaLabel} />
                  <td className="number" data-label="Per request">
                    {display.money(row.cost.cheapest.perRequest)}
                  </td>
                  <td className="number" data-label="Per 1M blended tokens">
                    {row.blended !== undefined ? display.money(row.blended) : '—'}
                  </td>
                </tr>
              ) : (
                <tr key={row.modelId}>
                  <th scope="row">{row.modelName}</th>
                  <td className="muted" data-label="Cheapest route">
                    {row.cost.reason}
                  </td>
                  <td className="number strong" data-label="Monthly cost">
                    Unavailable
                  </td>
                  <DeltaCell row={row} display={display} label={deltaLabel} />
                  <td className="number muted" data-label="Per request">
                    —
                  </td>
                  <td className="number muted" data-label="Per 1M blended tokens">
                    —
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      </TableScroll>
      <p id={blendedNoteId} className="field-hint">
        {BLENDED_PRICE_DEFINITION}
      </p>
      <SkippedNotes rows={rows} providerName={providerName} />
      {deltaUnavailable?.delta?.status === 'unavailable' ? (
        <p className="field-hint">{deltaUnavailable.delta.reason}</p>
      ) : null}
    </>
  );
}
