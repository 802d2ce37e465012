/**
 * Billing kind of a route. Upstream data prices free tiers and subscription plans at 0/0;
 * such an entry is never a per-token price, so it becomes a `free` or `plan` route and its
 * zero prices are dropped.
 */
import type { BillingKind, PriceSet } from '../../src/domain/types';

/** Providers whose access is bought as a subscription (coding plans, token plans, seat licences). */
const PLAN_PROVIDER = /(coding-plan|token-plan|kimi-for-coding|github-copilot|^chatgpt$|^gitlab$|^poe$|^ollama-cloud$)/;

export const isPlanProvider = (providerId: string): boolean => PLAN_PROVIDER.test(providerId);

/** Providers whose zero-priced entries are a free tier rather than a plan. */
const FREE_PROVIDER = /^(github-models|opencode|nvidia|freemodel)$/;

export function billingKind(providerId: string, prices: PriceSet, variant?: string): BillingKind {
  const zero = (prices.input ?? 0) === 0 && (prices.output ?? 0) === 0;
  const priced = prices.input !== undefined || prices.output !== undefined;
  if (isPlanProvider(providerId)) return 'plan';
  if (priced && zero) return 'free';
  if (!priced && (variant === 'free' || FREE_PROVIDER.test(providerId))) return 'free';
  return 'payg';
}

/** Prices as they may appear on a route of the given billing kind: zeros of free and plan routes are not prices. */
export function pricesFor(billing: BillingKind, prices: PriceSet): PriceSet {
  if (billing === 'payg') return prices;
  const out: PriceSet = {};
  for (const [key, value] of Object.entries(prices) as [keyof PriceSet, number | undefined][]) {
    if (value !== undefined && value > 0) out[key] = value;
  }
  // A plan that states its list prices keeps them only as a whole; a stray non-zero cache price alone says nothing.
  return out.input !== undefined && out.output !== undefined ? out : {};
}
