/** How one model's cost compares with a baseline model's. */
import type { ModelCost } from './engine';

/** Wording of the reference pages, kept so users recognise it. */
export const DELTA_UNAVAILABLE = 'Cost delta unavailable until both models have sourced input and output token prices.';

export type CostDelta =
  | {
      status: 'available';
      /** cost - baseline, in USD per month (negative: cheaper than the baseline). */
      monthly: number;
      /** cost - baseline, in USD per request. */
      perRequest: number;
      /**
       * (cost - baseline) / baseline as a fraction (0.25 = 25 % dearer). Taken per request so
       * it exists at zero requests too; undefined when the baseline costs nothing (a free route).
       */
      fraction: number | undefined;
    }
  | {
      status: 'unavailable';
      reason: string;
      /** Which sides have no price. */
      missing: ('cost' | 'baseline')[];
    };

/** Absolute and relative difference of `cost` against `baseline`, both from modelCost at the same profile. */
export function costDelta(cost: ModelCost, baseline: ModelCost): CostDelta {
  if (cost.status !== 'priced' || baseline.status !== 'priced') {
    const missing: ('cost' | 'baseline')[] = [];
    if (cost.status !== 'priced') missing.push('cost');
    if (baseline.status !== 'priced') missing.push('baseline');
    return { status: 'unavailable', reason: DELTA_UNAVAILABLE, missing };
  }
  const a = cost.cheapest;
  const b = baseline.cheapest;
  const perRequest = a.perRequest - b.perRequest;
  return {
    status: 'available',
    monthly: a.monthly - b.monthly,
    perRequest,
    fraction: b.perRequest > 0 ? perRequest / b.perRequest : a.perRequest === 0 ? 0 : undefined,
  };
}
