/**
 * The blended price: the one definition of a price "per 1M tokens" that the cost table, the
 * exports and the price-versus-score scatter all use. It follows the user's traffic, so a
 * model whose output is dear looks dear to output-heavy traffic, which a fixed 3:1 mix hides.
 */
import type { TrafficProfile } from '../traffic/profile';

/** The tokens of one request that a blended price spreads the cost over. */
export type TokenMix = Pick<TrafficProfile, 'inputTokens' | 'outputTokens' | 'reasoningTokens'>;

/** Said once on the page, where the figure first appears, and in the README. */
export const BLENDED_PRICE_DEFINITION =
  'Blended price: what this traffic costs per 1M tokens, the monthly cost divided by its input, output and reasoning tokens; cache, batch and per-request fees count as the traffic sets them.';

/**
 * USD per 1M blended tokens: monthly / (requests * tokens per request) * 1e6, taken per request
 * so it needs no request count. Undefined when a request has no tokens, where it means nothing.
 */
export function blendedPerMillion(cost: { perRequest: number }, mix: TokenMix): number | undefined {
  const tokens = mix.inputTokens + mix.outputTokens + mix.reasoningTokens;
  if (!(tokens > 0) || !Number.isFinite(tokens)) return undefined;
  return (cost.perRequest / tokens) * 1e6;
}

/**
 * The same price from an input and an output list price alone, for the whole catalog, where
 * only each model's cheapest pair is known: input tokens at the input price, output and
 * reasoning tokens at the output price. Without cache, batch or fees it equals the cost table's.
 */
export function blendedListPrice(prices: { input: number; output: number }, mix: TokenMix): number | undefined {
  const perRequest = (mix.inputTokens * prices.input + (mix.outputTokens + mix.reasoningTokens) * prices.output) / 1e6;
  return blendedPerMillion({ perRequest }, mix);
}
