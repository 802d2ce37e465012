/**
 * Price outliers: a pay-as-you-go route whose output (or input) price is at least
 * OUTLIER_FACTOR times, or at most 1/OUTLIER_FACTOR of, the median of the model's priced
 * routes without a serving variant. A typo or a unit error upstream shows up here; the route
 * is flagged, not dropped, and the report lists it.
 */
import type { ToUsd } from '../../src/domain/cost/currency';
import type { Route } from '../../src/domain/types';
import { cleanNumber, median } from './util';

export const OUTLIER_FACTOR = 2.5;
export const OUTLIER_MIN_ROUTES = 3;

export interface OutlierNote {
  routeId: string;
  /** Which price is far from the median. */
  price: 'input' | 'output';
  value?: number;
  currency: string;
  medianOutput: number;
  factor: number;
}

function usd(route: Route, price: number | undefined, toUsd: ToUsd): number | undefined {
  return price === undefined ? undefined : toUsd(price, route.currency);
}

const far = (factor: number): boolean => factor >= OUTLIER_FACTOR || factor <= 1 / OUTLIER_FACTOR;

/** Returns the routes with `outlier` set where it applies, and a note per flagged route. */
export function flagOutliers(routes: readonly Route[], toUsd: ToUsd): { routes: Route[]; notes: OutlierNote[] } {
  // A serving variant (a premium "fast" mode, a TEE) is priced as its own mode: it neither sets
  // the median nor gets flagged; the plain routes are what a typo or a wrong unit shows up in.
  const priced = routes.filter(
    (r) =>
      r.billing === 'payg' &&
      !r.variant &&
      (usd(r, r.prices.output, toUsd) ?? 0) > 0 &&
      (usd(r, r.prices.input, toUsd) ?? 0) > 0,
  );
  if (priced.length < OUTLIER_MIN_ROUTES) return { routes: [...routes], notes: [] };
  const medianOutput = median(priced.map((r) => usd(r, r.prices.output, toUsd) ?? 0)) ?? 0;
  const medianInput = median(priced.map((r) => usd(r, r.prices.input, toUsd) ?? 0)) ?? 0;
  const notes: OutlierNote[] = [];
  const out = routes.map((route) => {
    if (!priced.includes(route)) return route;
    const output = usd(route, route.prices.output, toUsd) ?? 0;
    const input = usd(route, route.prices.input, toUsd) ?? 0;
    const outFactor = medianOutput > 0 ? output / medianOutput : 1;
    const inFactor = medianInput > 0 ? input / medianInput : 1;
    if (!far(outFactor) && !far(inFactor)) return route;
    const factor = cleanNumber(Number((far(outFactor) ? outFactor : inFactor).toFixed(3)));
    const price = far(outFactor) ? 'output' : 'input';
    notes.push({
      routeId: route.id,
      price,
      value: route.prices[price],
      currency: route.currency,
      medianOutput: cleanNumber(medianOutput),
      factor,
    });
    return { ...route, outlier: { medianOutput: cleanNumber(medianOutput), factor } };
  });
  return { routes: out, notes };
}
