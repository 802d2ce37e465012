/** The routes table's order and filter: the user sorts by a column and narrows by provider name. */
import type { RouteRow } from './route-rows';

export const ROUTE_SORT_KEYS = ['provider', 'input', 'output', 'monthly', 'date'] as const;
export type RouteSortKey = (typeof ROUTE_SORT_KEYS)[number];
export interface RouteSort {
  key: RouteSortKey;
  descending: boolean;
}

type Value = string | number | undefined;

/** Free tiers and plans list 0/0 upstream, shown as no price: they sort as having none. */
const tokenPrice = (row: RouteRow, value: number | undefined) => (row.billing !== 'payg' && !value ? undefined : value);

function valueOf(row: RouteRow, key: RouteSortKey, providerName: (row: RouteRow) => string): Value {
  switch (key) {
    case 'provider':
      return providerName(row).toLocaleLowerCase();
    case 'input':
      return tokenPrice(row, row.usd.input);
    case 'output':
      return tokenPrice(row, row.usd.output);
    case 'monthly':
      return row.monthly.ok ? tokenPrice(row, row.monthly.usd) : undefined;
    case 'date':
      return row.route.checked || undefined;
  }
}

/**
 * The rows sorted by one column; rows without a value (no price, no date) go last either way, and
 * equal values keep the engine's order (cheapest first), so the sort is stable and predictable.
 */
export function sortRouteRows(
  rows: readonly RouteRow[],
  sort: RouteSort | undefined,
  providerName: (row: RouteRow) => string,
): RouteRow[] {
  if (!sort) return [...rows];
  const sign = sort.descending ? -1 : 1;
  return rows
    .map((row, index) => ({ row, index, value: valueOf(row, sort.key, providerName) }))
    .sort((a, b) => {
      if (a.value === undefined || b.value === undefined)
        return a.value === b.value ? a.index - b.index : a.value === undefined ? 1 : -1;
      if (a.value === b.value) return a.index - b.index;
      return (a.value < b.value ? -1 : 1) * sign;
    })
    .map(({ row }) => row);
}

/** The rows whose provider name or provider id contains the text, ignoring case and spaces around it. */
export function filterRouteRows(
  rows: readonly RouteRow[],
  text: string,
  providerName: (row: RouteRow) => string,
): RouteRow[] {
  const needle = text.trim().toLocaleLowerCase();
  if (needle === '') return [...rows];
  return rows.filter(
    (row) =>
      providerName(row).toLocaleLowerCase().includes(needle) || row.route.providerId.toLowerCase().includes(needle),
  );
}
