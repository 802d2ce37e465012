/**
 * The cost engine. All amounts it returns are in USD; prices on routes are per 1M tokens in
 * the route's currency and are converted with the given `ToUsd`.
 *
 * Rules (DESIGN.md, "Cost"): the highest long-context tier whose threshold the prompt exceeds
 * reprices the whole request, with base prices for the components it omits; cached reads and
 * writes fall back to the input price where no cache price exists; reasoning tokens fall back
 * to the output price; batch traffic uses batch prices where the route has them.
 */
import type { ToUsd } from './currency';
import {
  batchPricesFor,
  blendBreakdowns,
  breakdownFor,
  pricesForPrompt,
  scaleBreakdown,
  sumBreakdown,
  type CostBreakdown,
} from './prices';
import { exactTokensText } from '../format/quantity-text';
import { clampRequests, requestProfileOf, type RequestProfile, type TrafficProfile } from '../traffic/profile';
import type { PriceSet, Route } from '../types';
import {
  choiceUnavailableReason,
  hasProviderChoice,
  isPinned,
  leftOutReason,
  type ProviderChoice,
} from './provider-choice';

export { pricesForPrompt, sumBreakdown, type CostBreakdown } from './prices';

/** What one request costs on a route, or why it has no figure. */
export type RequestCost =
  | {
      ok: true;
      route: Route;
      /** USD per request, batch share blended in. */
      perRequest: number;
      /** USD per request at standard (non-batch) prices. */
      breakdown: CostBreakdown;
      /** USD per request with the batch share blended in; its parts sum to `perRequest`. */
      blended: CostBreakdown;
      /** Threshold of the long-context tier applied, if any, in input tokens. */
      tierAbove?: number;
      /** Assumptions the figure rests on, in plain words. */
      notes: string[];
    }
  | { ok: false; route: Route; reason: string };

export type PricedRequestCost = Extract<RequestCost, { ok: true }>;

/** A route's cost per request and per month. */
export type RouteCost =
  (PricedRequestCost & { /** USD per month. */ monthly: number }) | Extract<RequestCost, { ok: false }>;

/** A route cost that has a figure. */
export type PricedRouteCost = Extract<RouteCost, { ok: true }>;

/** Whether a route has the per-token prices a cost needs (free and plan routes are priced 0/0). */
export const hasTokenPrices = (route: Route): boolean =>
  route.prices.input !== undefined && route.prices.output !== undefined;

function missingPriceReason(route: Route): string {
  const { input, output } = route.prices;
  if (input === undefined && output === undefined) return 'No input or output token price on this route.';
  return input === undefined ? 'No input token price on this route.' : 'No output token price on this route.';
}

function notesFor(route: Route, request: RequestProfile, prices: PriceSet, tierAbove: number | undefined): string[] {
  const notes: string[] = [];
  if (tierAbove !== undefined)
    notes.push(`Long-context prices apply above ${exactTokensText(tierAbove)} input tokens.`);
  if (request.cachedShare > 0 && prices.cacheRead === undefined)
    notes.push('No cache-read price: cached tokens billed at the input price.');
  if (request.cacheWriteShare > 0 && prices.cacheWrite === undefined)
    notes.push('No cache-write price: cache writes billed at the input price.');
  if (request.reasoningTokens > 0 && prices.reasoning === undefined)
    notes.push('Reasoning tokens billed at the output price.');
  if (request.batchShare > 0 && !route.batch)
    notes.push('No batch prices on this route: batch traffic billed at standard prices.');
  if (request.batchShare > 0 && route.batch && tierAbove !== undefined)
    notes.push('Batch prices above the long-context threshold assume the same batch discount as below it.');
  return notes;
}

/** Cost of one request on one route, in USD. */
export function routeCostPerRequest(route: Route, request: RequestProfile, toUsd: ToUsd): RequestCost {
  if (!hasTokenPrices(route)) return { ok: false, route, reason: missingPriceReason(route) };
  const usdPerUnit = toUsd(1, route.currency);
  if (usdPerUnit === undefined || !Number.isFinite(usdPerUnit) || usdPerUnit < 0)
    return { ok: false, route, reason: `No exchange rate for ${route.currency}.` };

  const { prices, tierAbove } = pricesForPrompt(route, request.inputTokens);
  const fee = route.perRequest ?? 0;
  const standard = breakdownFor(prices, request, fee);
  const batchPrices = batchPricesFor(route, prices, tierAbove);
  const batch = batchPrices ? breakdownFor(batchPrices, request, fee) : standard;
  const blended = scaleBreakdown(blendBreakdowns(standard, batch, request.batchShare), usdPerUnit);
  return {
    ok: true,
    route,
    perRequest: sumBreakdown(blended),
    breakdown: scaleBreakdown(standard, usdPerUnit),
    blended,
    tierAbove,
    notes: notesFor(route, request, prices, tierAbove),
  };
}

export interface CostOptions {
  /** Let free tiers and subscription plans count as the cheapest route. */
  includeFreeAndPlans: boolean;
  /** The model's lab: on a tie, its own route is the cheapest. */
  creatorId?: string;
  /** The user's provider choice: routes it leaves out never set the cost; pinned providers' routes win. */
  providers?: ProviderChoice;
}

/** Every route's cost per request, cheapest first, and the cheapest qualifying one. */
export type ModelRequestCost =
  | {
      status: 'priced';
      cheapest: PricedRequestCost;
      routes: RequestCost[];
      /** Cheaper qualifying routes passed over because their price is an unconfirmed outlier. */
      skipped?: PricedRequestCost[];
    }
  | { status: 'unavailable'; reason: string; routes: RequestCost[] };

/** The same with each priced route's monthly figure. */
export type ModelCost =
  | {
      status: 'priced';
      cheapest: PricedRouteCost;
      routes: RouteCost[];
      /** Cheaper qualifying routes passed over because their price is an unconfirmed outlier. */
      skipped?: PricedRouteCost[];
    }
  | { status: 'unavailable'; reason: string; routes: RouteCost[] };

/**
 * Whether a route cost may be a model's cost: priced, pay-as-you-go unless the user asks
 * otherwise, and not left out by the user's provider choice.
 */
export const qualifies = <C extends RequestCost>(cost: C, options: CostOptions): cost is Extract<C, { ok: true }> =>
  cost.ok &&
  (options.includeFreeAndPlans || cost.route.billing === 'payg') &&
  routeLeftOut(cost.route, options) === undefined;

/**
 * A price the catalog flags as far from the model's other routes that no second source states:
 * most likely an error upstream, so it is shown with its warning but never taken as the model's cost.
 */
export const unconfirmedOutlier = (route: Route): boolean =>
  route.outlier !== undefined && (route.confirmedBy?.length ?? 0) === 0;

/** Providers that are a lab's own service under another id than the lab's. */
const LAB_SERVICES: Readonly<Record<string, readonly string[]>> = {
  alibaba: ['alibaba-cn'],
  amazon: ['amazon-bedrock'],
  bytedance: ['volcengine'],
  google: ['google-vertex'],
  microsoft: ['azure'],
  minimax: ['minimax-cn'],
  moonshotai: ['moonshotai-cn'],
  zhipuai: ['zai'],
};

/** Whether the route is sold by the model's own lab. */
export const isLabRoute = (route: Route, creatorId: string | undefined): boolean =>
  creatorId !== undefined &&
  (route.providerId === creatorId || (LAB_SERVICES[creatorId]?.includes(route.providerId) ?? false));

/** Why the user's provider choice leaves the route out of the model's cost, or undefined. */
export const routeLeftOut = (route: Route, options: CostOptions): string | undefined =>
  leftOutReason(route, options.providers, (r) => isLabRoute(r, options.creatorId));

/** How many sources state the route's price: its own and those that confirm it. */
export const corroboration = (route: Route): number => 1 + (route.confirmedBy?.length ?? 0);

/**
 * Cheapest first; on a tie pay-as-you-go before free and plans, then the model's own lab's
 * route, then the route more sources agree on, then by route id, so the order is stable.
 */
function compareCosts(creatorId: string | undefined): (a: RequestCost, b: RequestCost) => number {
  return (a, b) => {
    if (a.ok !== b.ok) return a.ok ? -1 : 1;
    if (a.ok && b.ok && a.perRequest !== b.perRequest) return a.perRequest - b.perRequest;
    const aPayg = a.route.billing === 'payg';
    if (aPayg !== (b.route.billing === 'payg')) return aPayg ? -1 : 1;
    const aOwn = isLabRoute(a.route, creatorId);
    if (aOwn !== isLabRoute(b.route, creatorId)) return aOwn ? -1 : 1;
    const byCorroboration = corroboration(b.route) - corroboration(a.route);
    if (byCorroboration !== 0) return byCorroboration;
    return a.route.id < b.route.id ? -1 : a.route.id > b.route.id ? 1 : 0;
  };
}

function unavailableReason(routes: readonly Route[], costs: readonly RequestCost[], options: CostOptions): string {
  if (routes.length === 0) return 'No provider route in the catalog.';
  // Where a route would count but for the provider choice, the choice is the reason, with its undo.
  if (options.providers && hasProviderChoice(options.providers)) {
    const without = { ...options, providers: undefined };
    if (costs.some((c) => qualifies(c, without))) return choiceUnavailableReason(options.providers);
  }
  const counted = costs.filter((c) => options.includeFreeAndPlans || c.route.billing === 'payg');
  if (counted.length === 0) return 'Only free-tier or plan routes, which have no per-token price.';
  const rateProblem = counted.find((c) => !c.ok && c.reason.startsWith('No exchange rate'));
  if (rateProblem && !rateProblem.ok && counted.every((c) => hasTokenPrices(c.route)))
    return `${rateProblem.reason.replace(/\.$/, '')}: its prices cannot be converted.`;
  return 'No pay-as-you-go route with both an input and an output token price.';
}

/**
 * Step one: every route's cost per request, cheapest first (unpriced routes last), and the
 * cheapest qualifying one that is not an unconfirmed outlier (where every qualifying route is
 * one, the cheapest of them). Where a qualifying route is on a pinned provider, only those count.
 * It does not depend on the number of requests, so neither does the cheapest route.
 */
export function costPerRequest(
  routes: readonly Route[],
  request: RequestProfile,
  toUsd: ToUsd,
  options: CostOptions,
): ModelRequestCost {
  const costs = routes.map((route) => routeCostPerRequest(route, request, toUsd)).sort(compareCosts(options.creatorId));
  const counted = costs.filter((cost) => qualifies(cost, options));
  const pinned = counted.filter((cost) => isPinned(cost.route, options.providers));
  const qualifying = pinned.length > 0 ? pinned : counted;
  const cheapest = qualifying.find((cost) => !unconfirmedOutlier(cost.route)) ?? qualifying[0];
  if (!cheapest) return { status: 'unavailable', reason: unavailableReason(routes, costs, options), routes: costs };
  const skipped = qualifying.filter((cost) => cost.perRequest < cheapest.perRequest);
  return skipped.length > 0
    ? { status: 'priced', cheapest, routes: costs, skipped }
    : { status: 'priced', cheapest, routes: costs };
}

const withMonthly = (cost: PricedRequestCost, requests: number): PricedRouteCost => ({
  ...cost,
  monthly: cost.perRequest * requests,
});

/** Step two: the monthly figures at `requests` per month (held within the valid range). */
export function monthlyCost(cost: ModelRequestCost, requests: number): ModelCost {
  const n = clampRequests(requests);
  const routes = cost.routes.map((route) => (route.ok ? withMonthly(route, n) : route));
  if (cost.status !== 'priced') return { ...cost, routes };
  const cheapest = withMonthly(cost.cheapest, n);
  return cost.skipped
    ? { status: 'priced', cheapest, routes, skipped: cost.skipped.map((c) => withMonthly(c, n)) }
    : { status: 'priced', cheapest, routes };
}

/** Both steps for one route at a whole traffic profile (which is made valid first). */
export function routeCost(route: Route, profile: TrafficProfile, toUsd: ToUsd): RouteCost {
  const cost = routeCostPerRequest(route, requestProfileOf(profile), toUsd);
  return cost.ok ? withMonthly(cost, clampRequests(profile.requests)) : cost;
}

/** Both steps for a model at a whole traffic profile: a single figure, not a view that redraws. */
export function modelCost(
  routes: readonly Route[],
  profile: TrafficProfile,
  toUsd: ToUsd,
  options: CostOptions,
): ModelCost {
  return monthlyCost(costPerRequest(routes, requestProfileOf(profile), toUsd, options), profile.requests);
}
