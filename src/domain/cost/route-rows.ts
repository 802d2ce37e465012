/**
 * The "Provider routes" table of one model as data: every route, cheapest first at the current
 * traffic, with its prices converted to USD per 1M tokens for display.
 */
import type { ToUsd } from './currency';
import { isLabRoute, routeLeftOut, type CostOptions, type ModelCost } from './engine';
import { isPinned } from './provider-choice';
import { isCustomRoute } from '../custom/merge';
import type { BillingKind, PriceSet, Route, SourceId } from '../types';

/** One source's price for the route, in USD per 1M tokens, for the disputed-price marker. */
export interface PriceClaimRow {
  usd: PriceSet;
  source: SourceId;
  date?: string;
  note?: string;
  /** The claim the route's price comes from. */
  chosen: boolean;
}

/** A price the route had before, or is to have, in USD per 1M tokens. */
export interface PricePeriodRow {
  usd: PriceSet;
  from?: string;
  until?: string;
  source: SourceId;
}

export interface RouteRow {
  route: Route;
  billing: BillingKind;
  /** Prices in USD per 1M tokens; undefined where the route has none or no rate converts them. */
  usd: PriceSet;
  /** Monthly cost in USD at the current traffic, or why there is none. */
  monthly: { ok: true; usd: number; tierAbove?: number; notes: string[] } | { ok: false; reason: string };
  hasTiers: boolean;
  hasBatch: boolean;
  /** Whether this route is the model's cheapest qualifying one: the route its cost uses. */
  cheapest: boolean;
  /** Why the user's provider choice keeps this route from setting the cost, where it does. */
  leftOut?: string;
  /** On a provider the user pinned. */
  pinned: boolean;
  /** Sold by the model's own lab. */
  lab: boolean;
  /** One of the user's own routes, shown with a "custom" mark. */
  custom: boolean;
  /** How many independent sources state the route's price: its own and those that confirm it. */
  corroboration: number;
  /** Every source's price where they disagree (the route's own first); empty when none does. */
  claims: PriceClaimRow[];
  history: PricePeriodRow[];
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

const differ = (a: number | undefined, b: number | undefined) => a !== undefined && b !== undefined && a !== b;

/** The route's own claim and every other source's, where one of them states another input or output price. */
function claimRows(route: Route, toUsd: ToUsd): PriceClaimRow[] {
  const others = route.priceClaims ?? [];
  const disputed = others.some(
    (c) => differ(c.value.input, route.prices.input) || differ(c.value.output, route.prices.output) || c.note,
  );
  if (!disputed) return [];
  return [
    { usd: convert(route.prices, route.currency, toUsd), source: route.source, date: route.checked, chosen: true },
    ...others.map((c) => ({
      usd: convert(c.value, route.currency, toUsd),
      source: c.source,
      ...(c.date ? { date: c.date } : {}),
      ...(c.note ? { note: c.note } : {}),
      chosen: false,
    })),
  ];
}

export function buildRouteRows(
  cost: ModelCost,
  toUsd: ToUsd,
  options: CostOptions = { includeFreeAndPlans: false },
): RouteRow[] {
  const cheapestId = cost.status === 'priced' ? cost.cheapest.route.id : undefined;
  return cost.routes.map((rc) => {
    const leftOut = routeLeftOut(rc.route, options);
    return {
      route: rc.route,
      billing: rc.route.billing,
      usd: convert(rc.route.prices, rc.route.currency, toUsd),
      monthly: rc.ok
        ? { ok: true, usd: rc.monthly, tierAbove: rc.tierAbove, notes: rc.notes }
        : { ok: false, reason: rc.reason },
      hasTiers: (rc.route.tiers?.length ?? 0) > 0,
      hasBatch: rc.route.batch !== undefined,
      cheapest: rc.route.id === cheapestId,
      ...(leftOut !== undefined ? { leftOut } : {}),
      pinned: isPinned(rc.route, options.providers),
      lab: isLabRoute(rc.route, options.creatorId),
      custom: isCustomRoute(rc.route),
      corroboration: 1 + (rc.route.confirmedBy?.length ?? 0),
      claims: claimRows(rc.route, toUsd),
      history: (rc.route.history ?? []).map(({ prices, ...period }) => ({
        ...period,
        usd: convert(prices, rc.route.currency, toUsd),
      })),
    };
  });
}
