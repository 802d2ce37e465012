/** Small builders for tests: a route with only what a case needs, a converter, and cost shortcuts. */
import { routeCost, type PricedRouteCost, type RouteCost } from '../../domain/cost/engine';
import type { ToUsd } from '../../domain/cost/currency';
import { usdConverter } from '../../domain/cost/currency';
import { DEFAULT_TRAFFIC, type TrafficProfile } from '../../domain/traffic/profile';
import type { PriceSet, Route } from '../../domain/types';

let counter = 0;

/** A pay-as-you-go USD route with the given prices; the rest of a route's fields get neutral values. */
export function makeRoute(prices: PriceSet, extra: Partial<Route> = {}): Route {
  counter += 1;
  const providerId = extra.providerId ?? `provider-${counter}`;
  return {
    id: `${providerId}/model`,
    providerId,
    providerModelId: 'model',
    billing: 'payg',
    currency: 'USD',
    prices,
    status: 'active',
    source: 'test',
    checked: '2026-01-01',
    ...extra,
  };
}

/** Converter that knows USD, and INR at 85 rupees per dollar. */
export const toUsd: ToUsd = usdConverter([{ currency: 'INR', perUsd: 85, date: '2026-01-01', source: 'test' }]);

/** A profile: the reference traffic with some fields changed. */
export const traffic = (over: Partial<TrafficProfile> = {}): TrafficProfile => ({ ...DEFAULT_TRAFFIC, ...over });

/** The cost of a route that must be priced; throws with the reason otherwise. */
export function priced(cost: RouteCost): PricedRouteCost {
  if (!cost.ok) throw new Error(`expected a priced route, got: ${cost.reason}`);
  return cost;
}

/** Monthly USD of a route with these prices at the reference traffic changed by `over`. */
export const monthly = (prices: PriceSet, over: Partial<TrafficProfile> = {}, extra: Partial<Route> = {}): number =>
  priced(routeCost(makeRoute(prices, extra), traffic(over), toUsd)).monthly;
