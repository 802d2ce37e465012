/**
 * The cost engine. All amounts it returns are in USD; prices on routes are per 1M tokens in
 * the route's currency and are converted with the given `ToUsd`.
 *
 * Rules (DESIGN.md, "Cost"): the highest long-context tier whose threshold the prompt exceeds
 * reprices the whole request, with base prices for the components it omits; cached tokens fall
 * back to the input price where no cache price exists; reasoning tokens fall back to the output
 * price; batch traffic uses batch prices where the route has them.
 */
import type { ToUsd } from './currency';
import type { TrafficProfile } from './traffic';
import type { PriceSet, Route } from './types';

/** USD per request, split by what it pays for. */
export interface CostBreakdown {
  input: number;
  cacheRead: number;
  cacheWrite: number;
  output: number;
  reasoning: number;
  fee: number;
}

export type RouteCost =
  | {
      ok: true;
      route: Route;
      /** USD per request, batch share blended in. */
      perRequest: number;
      /** USD per month. */
      monthly: number;
      /** USD per request at standard (non-batch) prices. */
      breakdown: CostBreakdown;
      /** Threshold of the long-context tier applied, if any. */
      tierAbove?: number;
      /** Assumptions the figure rests on, in plain words. */
      notes: string[];
    }
  | { ok: false; route: Route; reason: string };

const PER_MILLION = 1e6;

/** The price set in force for a prompt of `inputTokens`: base prices overlaid by the highest tier exceeded. */
export function pricesForPrompt(route: Route, inputTokens: number): { prices: PriceSet; tierAbove?: number } {
  let chosen: { above: number; prices: PriceSet } | undefined;
  for (const tier of route.tiers ?? []) {
    if (inputTokens > tier.above && (!chosen || tier.above > chosen.above)) chosen = tier;
  }
  if (!chosen) return { prices: route.prices };
  return { prices: { ...route.prices, ...chosen.prices }, tierAbove: chosen.above };
}

function breakdownFor(prices: PriceSet, profile: TrafficProfile, fee: number): CostBreakdown {
  const input = prices.input ?? 0;
  const cached = profile.inputTokens * profile.cachedShare;
  const written = profile.inputTokens * profile.cacheWriteShare;
  const fresh = profile.inputTokens - cached - written;
  return {
    input: (fresh * input) / PER_MILLION,
    cacheRead: (cached * (prices.cacheRead ?? input)) / PER_MILLION,
    cacheWrite: (written * (prices.cacheWrite ?? input)) / PER_MILLION,
    output: (profile.outputTokens * (prices.output ?? 0)) / PER_MILLION,
    reasoning: (profile.reasoningTokens * (prices.reasoning ?? prices.output ?? 0)) / PER_MILLION,
    fee,
  };
}

export const sumBreakdown = (b: CostBreakdown): number =>
  b.input + b.cacheRead + b.cacheWrite + b.output + b.reasoning + b.fee;

function scaleToUsd(b: CostBreakdown, factor: number): CostBreakdown {
  return {
    input: b.input * factor,
    cacheRead: b.cacheRead * factor,
    cacheWrite: b.cacheWrite * factor,
    output: b.output * factor,
    reasoning: b.reasoning * factor,
    fee: b.fee * factor,
  };
}

/** Whether a route has the per-token prices a cost needs. */
export const hasTokenPrices = (route: Route): boolean =>
  route.prices.input !== undefined && route.prices.output !== undefined;

/** Cost of one route at a traffic profile, in USD. */
export function routeCost(route: Route, profile: TrafficProfile, toUsd: ToUsd): RouteCost {
  if (!hasTokenPrices(route)) return { ok: false, route, reason: 'No input and output token price on this route.' };
  const usdPerUnit = toUsd(1, route.currency);
  if (usdPerUnit === undefined) return { ok: false, route, reason: `No exchange rate for ${route.currency}.` };

  const notes: string[] = [];
  const { prices, tierAbove } = pricesForPrompt(route, profile.inputTokens);
  if (tierAbove !== undefined) notes.push(`Long-context prices apply above ${tierAbove.toLocaleString('en-US')} input tokens.`);
  if (profile.cachedShare > 0 && prices.cacheRead === undefined) notes.push('No cache-read price: cached tokens billed at the input price.');
  if (profile.cacheWriteShare > 0 && prices.cacheWrite === undefined) notes.push('No cache-write price: cache writes billed at the input price.');
  if (profile.reasoningTokens > 0 && prices.reasoning === undefined) notes.push('Reasoning tokens billed at the output price.');

  const fee = route.perRequest ?? 0;
  const standard = breakdownFor(prices, profile, fee);
  let perRequest = sumBreakdown(standard);
  if (profile.batchShare > 0) {
    const batchPrices = route.batch ? { ...prices, ...route.batch } : undefined;
    if (!batchPrices) notes.push('No batch prices on this route: batch traffic billed at standard prices.');
    const batch = batchPrices ? sumBreakdown(breakdownFor(batchPrices, profile, fee)) : perRequest;
    perRequest = (1 - profile.batchShare) * perRequest + profile.batchShare * batch;
  }
  const perRequestUsd = perRequest * usdPerUnit;
  return {
    ok: true,
    route,
    perRequest: perRequestUsd,
    monthly: perRequestUsd * profile.requests,
    breakdown: scaleToUsd(standard, usdPerUnit),
    tierAbove,
    notes,
  };
}

export interface CostOptions {
  /** Let free tiers and subscription plans count as the cheapest route. */
  includeFreeAndPlans: boolean;
}

export type ModelCost =
  | { status: 'priced'; cheapest: Extract<RouteCost, { ok: true }>; routes: RouteCost[] }
  | { status: 'unavailable'; reason: string; routes: RouteCost[] };

const qualifies = (cost: RouteCost, options: CostOptions): cost is Extract<RouteCost, { ok: true }> =>
  cost.ok && (options.includeFreeAndPlans || cost.route.billing === 'payg');

/** Every route's cost, cheapest first (unpriced routes last), and the cheapest qualifying one. */
export function modelCost(routes: readonly Route[], profile: TrafficProfile, toUsd: ToUsd, options: CostOptions): ModelCost {
  const costs = routes.map((route) => routeCost(route, profile, toUsd));
  costs.sort((a, b) => {
    if (a.ok && b.ok) return a.monthly - b.monthly;
    return Number(!a.ok) - Number(!b.ok);
  });
  const cheapest = costs.find((cost) => qualifies(cost, options));
  if (cheapest && qualifies(cheapest, options)) return { status: 'priced', cheapest, routes: costs };
  const reason =
    routes.length === 0
      ? 'No provider route in the catalog.'
      : routes.some((r) => r.billing === 'payg')
        ? 'No pay-as-you-go route with both an input and an output price.'
        : 'Only free-tier or plan routes: no per-token price.';
  return { status: 'unavailable', reason, routes: costs };
}
