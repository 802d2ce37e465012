import { useState } from 'react';
import { routeProviderName } from '../../domain/custom/merge';
import { formatTokens } from '../../domain/format/format';
import { labComparisonText, type LabComparison } from '../../domain/cost/lab-markup';
import type { RouteSort, RouteSortKey } from '../../domain/cost/route-order';
import type { RouteRow } from '../../domain/cost/route-rows';
import type { DisplayCurrency } from '../../state/display-currency';
import '../../components/ui/card-table.css';
import { TableScroll } from '../../components/ui/table-scroll';
import { PriceDateCell } from './price-date-cell';

const BILLING_LABEL = { payg: 'Pay as you go', free: 'Free tier', plan: 'Plan' } as const;
const COLLAPSED_ROWS = 8;

interface RoutesTableProps {
  modelName: string;
  rows: readonly RouteRow[];
  /** Routes of the model before the provider filter. */
  total: number;
  providerName: (id: string) => string;
  display: DisplayCurrency;
  sort: RouteSort | undefined;
  onSort: (sort: RouteSort) => void;
  /** Exclude or pin a provider, or undo either. */
  onExclude: (providerId: string, excluded: boolean) => void;
  onPin: (providerId: string, pinned: boolean) => void;
  excludedIds: readonly string[];
  /** Each reseller route's cost against the lab's own route, by route id. */
  vsLab: ReadonlyMap<string, LabComparison>;
}

function price(value: number | undefined, display: DisplayCurrency): string {
  return value === undefined ? '—' : display.money(value);
}

/** Free tiers and plans list 0/0 upstream: that is not a per-token price, so it is never shown as one. */
const tokenPrice = (row: RouteRow, value: number | undefined, display: DisplayCurrency) =>
  row.billing !== 'payg' && !value ? '—' : price(value, display);

function MonthlyCell({ row, display, vsLab }: { row: RouteRow; display: DisplayCurrency; vsLab?: string }) {
  const leftOut = row.leftOut ? <span className="cell-note">Not counted: {row.leftOut}</span> : null;
  if (!row.monthly.ok)
    return (
      <>
        <span className="muted">{row.monthly.reason}</span>
        {leftOut}
      </>
    );
  if (row.billing !== 'payg' && row.monthly.usd === 0)
    return (
      <span className="muted">
        {row.billing === 'free' ? 'Free tier: limits apply' : 'Plan: billed per subscription'}
      </span>
    );
  return (
    <>
      {display.money(row.monthly.usd)}
      {vsLab ? <span className="cell-note">{vsLab}</span> : null}
      {row.monthly.notes.length > 0 ? <span className="cell-note">{row.monthly.notes.join(' ')}</span> : null}
      {leftOut}
    </>
  );
}

/** A column header that sorts the tables by its column; again for the reverse order. */
function SortHeader({
  label,
  sortKey,
  sort,
  onSort,
  numeric = false,
}: {
  label: string;
  sortKey: RouteSortKey;
  sort: RouteSort | undefined;
  onSort: (sort: RouteSort) => void;
  numeric?: boolean;
}) {
  const active = sort?.key === sortKey;
  return (
    <th
      scope="col"
      // Below 480 px wide the sortable headers stay on screen as a row of sort buttons (routes.css).
      className={numeric ? 'number sortable' : 'sortable'}
      aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}
    >
      <button
        type="button"
        className="sort-button"
        onClick={() => onSort({ key: sortKey, descending: active && !sort.descending })}
      >
        {label}
        <span aria-hidden="true" className="sort-mark">
          {active ? (sort.descending ? '▼' : '▲') : '↕'}
        </span>
      </button>
    </th>
  );
}

/** Every route of one model, cheapest first unless sorted; long lists start collapsed. */
export function RoutesTable(props: RoutesTableProps) {
  const { modelName, rows, total, providerName, display, sort, onSort, onExclude, onPin, excludedIds, vsLab } = props;
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? rows : rows.slice(0, COLLAPSED_ROWS);
  const count = total === 1 ? '1 route' : `${total} routes`;
  const labText = (row: RouteRow) => {
    const comparison = vsLab.get(row.route.id);
    return comparison ? labComparisonText(comparison, providerName(comparison.labProviderId)) : undefined;
  };
  return (
    <div className="routes-model">
      {/* Outside the scrolling wrapper: a caption is as wide as its table and would be cut off on a narrow screen. */}
      <h3 className="caption-left">
        {modelName}: {rows.length === total ? count : `${rows.length} of ${count} match`}, prices per 1M tokens in{' '}
        {display.currency}
      </h3>
      {rows.length === 0 ? (
        <p className="field-hint">No route of {modelName} matches the provider filter.</p>
      ) : (
        <TableScroll label={`Provider routes: ${modelName}`}>
          {/* Below 480 px wide each route reads as a card, its cells labelled by data-label (routes.css). */}
          <table aria-label={`Provider routes: ${modelName}`} className="card-table routes-table">
            <thead>
              <tr>
                <SortHeader label="Provider" sortKey="provider" sort={sort} onSort={onSort} />
                <th scope="col">Billing</th>
                <SortHeader label="Input" sortKey="input" sort={sort} onSort={onSort} numeric />
                <SortHeader label="Output" sortKey="output" sort={sort} onSort={onSort} numeric />
                <th scope="col" className="number">
                  Cache read
                </th>
                <th scope="col" className="number">
                  Cache write
                </th>
                <th scope="col" className="number">
                  Context
                </th>
                <SortHeader label="Monthly cost" sortKey="monthly" sort={sort} onSort={onSort} numeric />
                <SortHeader label="Price as of" sortKey="date" sort={sort} onSort={onSort} />
                <th scope="col">Your choice</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => {
                const name = routeProviderName(row.route, providerName);
                const excluded = excludedIds.includes(row.route.providerId);
                const className = [row.cheapest ? 'row-cheapest' : '', row.leftOut ? 'row-left-out' : '']
                  .filter(Boolean)
                  .join(' ');
                return (
                  <tr key={row.route.id} className={className || undefined}>
                    <th scope="row">
                      {name}
                      {row.custom ? (
                        <span className="badge badge-custom">custom</span>
                      ) : (
                        <span className="route-id">{row.route.providerModelId}</span>
                      )}
                      {row.route.variant ? <span className="badge">{row.route.variant}</span> : null}
                      {row.route.region ? <span className="badge">{row.route.region}</span> : null}
                      {row.lab ? <span className="badge">lab’s own</span> : null}
                      {row.cheapest ? (
                        <span className="badge badge-strong">{row.pinned ? 'pinned, used' : 'cheapest'}</span>
                      ) : row.pinned ? (
                        <span className="badge">pinned</span>
                      ) : null}
                      {row.route.outlier ? (
                        <span
                          className="badge badge-warning"
                          title={`Price ${row.route.outlier.factor.toFixed(1)}× the median of this model's routes${row.corroboration > 1 ? '' : ', and no second source states it: never taken as the model’s cost'}`}
                        >
                          outlier
                        </span>
                      ) : null}
                    </th>
                    <td data-label="Billing">
                      {BILLING_LABEL[row.billing]}
                      {row.route.currency !== 'USD' ? <span className="badge">in {row.route.currency}</span> : null}
                    </td>
                    <td className="number" data-label="Input">
                      {tokenPrice(row, row.usd.input, display)}
                    </td>
                    <td className="number" data-label="Output">
                      {tokenPrice(row, row.usd.output, display)}
                    </td>
                    <td className="number" data-label="Cache read">
                      {tokenPrice(row, row.usd.cacheRead, display)}
                    </td>
                    <td className="number" data-label="Cache write">
                      {tokenPrice(row, row.usd.cacheWrite, display)}
                    </td>
                    <td className="number" data-label="Context">
                      {row.route.context ? formatTokens(row.route.context) : '—'}
                    </td>
                    <td className="number" data-label="Monthly cost">
                      <MonthlyCell row={row} display={display} vsLab={labText(row)} />
                    </td>
                    <PriceDateCell row={row} label={`${name} ${row.route.providerModelId}`} display={display} />
                    <td data-label="Your choice">
                      {row.custom ? (
                        <span className="muted">—</span>
                      ) : (
                        <span className="route-actions">
                          <button
                            type="button"
                            className="button-quiet button-small"
                            aria-pressed={excluded}
                            aria-label={`Exclude ${name}`}
                            onClick={() => onExclude(row.route.providerId, !excluded)}
                          >
                            Exclude
                          </button>
                          <button
                            type="button"
                            className="button-quiet button-small"
                            aria-pressed={row.pinned}
                            aria-label={`Pin ${name}`}
                            onClick={() => onPin(row.route.providerId, !row.pinned)}
                          >
                            Pin
                          </button>
                        </span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
      {rows.length > COLLAPSED_ROWS ? (
        <button type="button" className="button-quiet" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded
            ? sort
              ? `Show the first ${COLLAPSED_ROWS} routes only`
              : `Show the ${COLLAPSED_ROWS} cheapest routes only`
            : `Show all ${rows.length} routes of ${modelName}`}
        </button>
      ) : null}
    </div>
  );
}
