/**
 * The "Provider routes" table of one model as data: every route, cheapest first at the current
 * traffic, with its prices converted to USD per 1M tokens for display.
 */
import type { ToUsd } from './currency';
import type { ModelCost } from './cost';
import { isCustomRoute } from './custom-merge';
import type { BillingKind, PriceSet, Route } from './types';

export interface RouteRow {
  route: Route;
  billing: BillingKind;
  /** Prices in USD per 1M tokens; undefined where the route has none or no rate converts them. */
  usd: PriceSet;
  /** Monthly cost in USD at the current traffic, or why there is none. */
  monthly: { ok: true; usd: number; tierAbove?: number; notes: string[] } | { ok: false; reason: string };
  hasTiers: boolean;
  hasBatch: boolean;
  /** Whether this route is the model's cheapest qualifying one. */
  cheapest: boolean;
  /** One of the user's own routes, shown with a "custom" mark. */
  custom: boolean;
}

const PRICE_KEYS = ['input', 'output', 'cacheRead', 'cacheWrite', 'cacheWrite1h', 'reasoning'] as const;

function convert(prices: PriceSet, currency: string, toUsd: ToUsd): PriceSet {
  const out: PriceSet = {};
  for (const key of PRICE_KEYS) {
    const value = prices[key];
    if (value !== undefined) out[key] = toUsd(value, currency);
  }
  return out;
}

export function buildRouteRows(cost: ModelCost, toUsd: ToUsd): RouteRow[] {
  const cheapestId = cost.status === 'priced' ? cost.cheapest.route.id : undefined;
  return cost.routes.map((rc) => ({
    route: rc.route,
    billing: rc.route.billing,
    usd: convert(rc.route.prices, rc.route.currency, toUsd),
    monthly: rc.ok
      ? { ok: true, usd: rc.monthly, tierAbove: rc.tierAbove, notes: rc.notes }
      : { ok: false, reason: rc.reason },
    hasTiers: (rc.route.tiers?.length ?? 0) > 0,
    hasBatch: rc.route.batch !== undefined,
    cheapest: rc.route.id === cheapestId,
    custom: isCustomRoute(rc.route),
  }));
}
