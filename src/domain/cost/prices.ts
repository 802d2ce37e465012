/**
 * Which prices apply to a request: long-context tiers, batch prices, and the per-request
 * breakdown that the rules in DESIGN.md ("Cost") define. Amounts here are in the route's
 * currency; cost.ts converts them.
 */
import type { RequestProfile } from '../traffic/profile';
import type { PriceSet, Route } from '../types';

const PER_MILLION = 1e6;

/** Amount per request, in the route's currency (USD once converted), split by what it pays for. */
export interface CostBreakdown {
  input: number;
  cacheRead: number;
  cacheWrite: number;
  output: number;
  reasoning: number;
  fee: number;
}

const PRICE_KEYS = ['input', 'output', 'cacheRead', 'cacheWrite', 'cacheWrite1h', 'reasoning'] as const;

/** `base` overlaid with the components `over` states; a key present with an undefined value does not erase the base. */
export function overlayPrices(base: PriceSet, over: PriceSet): PriceSet {
  const merged: PriceSet = { ...base };
  for (const key of PRICE_KEYS) {
    const value = over[key];
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

/**
 * The price set in force for a prompt of `inputTokens` (cached part included): base prices
 * overlaid by the tier with the highest threshold the prompt exceeds (strictly: a prompt of
 * exactly `above` tokens stays at base prices, as in genai-prices and the providers' wording
 * "more than 200k tokens"). The tier reprices the whole request; components it omits keep
 * their base price.
 */
export function pricesForPrompt(route: Route, inputTokens: number): { prices: PriceSet; tierAbove?: number } {
  let chosen: { above: number; prices: PriceSet } | undefined;
  for (const tier of route.tiers ?? []) {
    if (inputTokens > tier.above && (!chosen || tier.above > chosen.above)) chosen = tier;
  }
  if (!chosen) return { prices: route.prices };
  return { prices: overlayPrices(route.prices, chosen.prices), tierAbove: chosen.above };
}

/** Where a batch price set omits a component, the discount of the component it derives from applies. */
const BATCH_PARENT: Partial<Record<(typeof PRICE_KEYS)[number], 'input' | 'output'>> = {
  cacheRead: 'input',
  cacheWrite: 'input',
  cacheWrite1h: 'input',
  reasoning: 'output',
};

/** batch / standard of one base-tier component, where both are stated and the standard one is above 0. */
function batchRatio(route: Route, key: (typeof PRICE_KEYS)[number]): number | undefined {
  const batch = route.batch?.[key];
  const base = route.prices[key];
  return batch !== undefined && base !== undefined && base > 0 ? batch / base : undefined;
}

/**
 * Batch prices for a request, or undefined where the route sells no batch tier.
 * Batch APIs discount the whole request (OpenAI, Anthropic and Google halve every token price),
 * and catalog batch sets are often partial (input and output only), so each component is the
 * standard price in force times its batch-to-standard ratio: a component the batch set omits
 * takes the ratio of the one it derives from (input for cache reads and writes, output for
 * reasoning), and keeps the standard price where no ratio is known. Without this, a batch set
 * of input and output alone would bill cached tokens at the standard cache price, which can
 * exceed the batch input price and make caching look dearer. Catalog batch prices are stated
 * for base-tier prompts, so above a long-context threshold the same ratio applies to the
 * tier's prices, as with the providers that sell both.
 */
export function batchPricesFor(route: Route, prices: PriceSet, tierAbove: number | undefined): PriceSet | undefined {
  const batch = route.batch;
  if (!batch) return undefined;
  const scaled: PriceSet = {};
  for (const key of PRICE_KEYS) {
    const current = prices[key];
    const stated = batch[key];
    if (stated !== undefined) {
      const ratio = batchRatio(route, key);
      scaled[key] = tierAbove !== undefined && ratio !== undefined && current !== undefined ? current * ratio : stated;
      continue;
    }
    const parent = BATCH_PARENT[key];
    const ratio = parent ? batchRatio(route, parent) : undefined;
    if (current !== undefined && ratio !== undefined) scaled[key] = current * ratio;
  }
  return overlayPrices(prices, scaled);
}

/**
 * Cost of one request at a price set, in the price set's currency. Cached reads and cache
 * writes fall back to the input price where the set has no price for them; reasoning tokens
 * fall back to the output price.
 */
export function breakdownFor(prices: PriceSet, profile: RequestProfile, fee: number): CostBreakdown {
  const input = prices.input ?? 0;
  const cached = profile.inputTokens * profile.cachedShare;
  const written = profile.inputTokens * profile.cacheWriteShare;
  // Never below zero, even when rounding makes the two shares sum to a hair above 1.
  const fresh = Math.max(0, profile.inputTokens - cached - written);
  return {
    input: (fresh * input) / PER_MILLION,
    cacheRead: (cached * (prices.cacheRead ?? input)) / PER_MILLION,
    cacheWrite: (written * (prices.cacheWrite ?? input)) / PER_MILLION,
    output: (profile.outputTokens * (prices.output ?? 0)) / PER_MILLION,
    reasoning: (profile.reasoningTokens * (prices.reasoning ?? prices.output ?? 0)) / PER_MILLION,
    fee,
  };
}

/** Total of a breakdown, in its currency per request. */
export const sumBreakdown = (b: CostBreakdown): number =>
  b.input + b.cacheRead + b.cacheWrite + b.output + b.reasoning + b.fee;

/** A breakdown with every component multiplied by `factor` (a currency conversion or a blend weight). */
export function scaleBreakdown(b: CostBreakdown, factor: number): CostBreakdown {
  return {
    input: b.input * factor,
    cacheRead: b.cacheRead * factor,
    cacheWrite: b.cacheWrite * factor,
    output: b.output * factor,
    reasoning: b.reasoning * factor,
    fee: b.fee * factor,
  };
}

/** `(1 - share) * a + share * b`, component by component: the batch share blended in. */
export function blendBreakdowns(a: CostBreakdown, b: CostBreakdown, share: number): CostBreakdown {
  const mix = (x: number, y: number): number => (1 - share) * x + share * y;
  return {
    input: mix(a.input, b.input),
    cacheRead: mix(a.cacheRead, b.cacheRead),
    cacheWrite: mix(a.cacheWrite, b.cacheWrite),
    output: mix(a.output, b.output),
    reasoning: mix(a.reasoning, b.reasoning),
    fee: mix(a.fee, b.fee),
  };
}
