/** Small builders for tests: a route with only what a case needs, and a USD-only converter. */
import type { ToUsd } from '../currency';
import { usdConverter } from '../currency';
import type { PriceSet, Route } from '../types';

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
