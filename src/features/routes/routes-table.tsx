import { useState } from 'react';
import { routeProviderName } from '../../domain/custom/merge';
import { formatTokens } from '../../domain/format/format';
import type { RouteRow } from '../../domain/cost/route-rows';
import type { DisplayCurrency } from '../../state/display-currency';
import { TableScroll } from '../../components/ui/table-scroll';
import { PriceDateCell } from './price-date-cell';

const BILLING_LABEL = { payg: 'Pay as you go', free: 'Free tier', plan: 'Plan' } as const;
const COLLAPSED_ROWS = 8;

interface RoutesTableProps {
  modelName: string;
  rows: readonly RouteRow[];
  providerName: (id: string) => string;
  display: DisplayCurrency;
}

function price(value: number | undefined, display: DisplayCurrency): string {
  return value === undefined ? '—' : display.money(value);
}

/** Free tiers and plans list 0/0 upstream: that is not a per-token price, so it is never shown as one. */
const tokenPrice = (row: RouteRow, value: number | undefined, display: DisplayCurrency) =>
  row.billing !== 'payg' && !value ? '—' : price(value, display);

function MonthlyCell({ row, display }: { row: RouteRow; display: DisplayCurrency }) {
  if (!row.monthly.ok) return <span className="muted">{row.monthly.reason}</span>;
  if (row.billing !== 'payg' && row.monthly.usd === 0)
    return (
      <span className="muted">
        {row.billing === 'free' ? 'Free tier: limits apply' : 'Plan: billed per subscription'}
      </span>
    );
  return (
    <>
      {display.money(row.monthly.usd)}
      {row.monthly.notes.length > 0 ? <span className="cell-note">{row.monthly.notes.join(' ')}</span> : null}
    </>
  );
}

/** Every route of one model, cheapest first; long lists start collapsed. */
export function RoutesTable({ modelName, rows, providerName, display }: RoutesTableProps) {
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? rows : rows.slice(0, COLLAPSED_ROWS);
  return (
    <div className="routes-model">
      {/* Outside the scrolling wrapper: a caption is as wide as its table and would be cut off on a narrow screen. */}
      <h3 className="caption-left">
        {modelName}: {rows.length === 1 ? '1 route' : `${rows.length} routes`}, prices per 1M tokens in{' '}
        {display.currency}
      </h3>
      <TableScroll label={`Provider routes: ${modelName}`}>
        <table aria-label={`Provider routes: ${modelName}`}>
          <thead>
            <tr>
              <th scope="col">Provider</th>
              <th scope="col">Billing</th>
              <th scope="col" className="number">
                Input
              </th>
              <th scope="col" className="number">
                Output
              </th>
              <th scope="col" className="number">
                Cache read
              </th>
              <th scope="col" className="number">
                Cache write
              </th>
              <th scope="col" className="number">
                Context
              </th>
              <th scope="col" className="number">
                Monthly cost
              </th>
              <th scope="col">Price as of</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.route.id} className={row.cheapest ? 'row-cheapest' : undefined}>
                <th scope="row">
                  {routeProviderName(row.route, providerName)}
                  {row.custom ? (
                    <span className="badge badge-custom">custom</span>
                  ) : (
                    <span className="route-id">{row.route.providerModelId}</span>
                  )}
                  {row.route.variant ? <span className="badge">{row.route.variant}</span> : null}
                  {row.route.region ? <span className="badge">{row.route.region}</span> : null}
                  {row.cheapest ? <span className="badge badge-strong">cheapest</span> : null}
                  {row.route.outlier ? (
                    <span
                      className="badge badge-warning"
                      title={`Price ${row.route.outlier.factor.toFixed(1)}× the median of this model's routes${row.corroboration > 1 ? '' : ', and no second source states it: never taken as the model’s cost'}`}
                    >
                      outlier
                    </span>
                  ) : null}
                </th>
                <td>
                  {BILLING_LABEL[row.billing]}
                  {row.route.currency !== 'USD' ? <span className="badge">in {row.route.currency}</span> : null}
                </td>
                <td className="number">{tokenPrice(row, row.usd.input, display)}</td>
                <td className="number">{tokenPrice(row, row.usd.output, display)}</td>
                <td className="number">{tokenPrice(row, row.usd.cacheRead, display)}</td>
                <td className="number">{tokenPrice(row, row.usd.cacheWrite, display)}</td>
                <td className="number">{row.route.context ? formatTokens(row.route.context) : '—'}</td>
                <td className="number">
                  <MonthlyCell row={row} display={display} />
                </td>
                <PriceDateCell
                  row={row}
                  label={`${routeProviderName(row.route, providerName)} ${row.route.providerModelId}`}
                  display={display}
                />
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {rows.length > COLLAPSED_ROWS ? (
        <button type="button" className="button-quiet" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded
            ? `Show the ${COLLAPSED_ROWS} cheapest routes only`
            : `Show all ${rows.length} routes of ${modelName}`}
        </button>
      ) : null}
    </div>
  );
}
