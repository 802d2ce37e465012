import type { ExchangeRate } from '../types';

/** Converts an amount in `currency` to USD; undefined when no rate is known. */
export type ToUsd = (amount: number, currency: string) => number | undefined;

/** Builds a converter from the catalog's rates (units per USD), with user overrides taking precedence. */
export function usdConverter(rates: readonly ExchangeRate[], overrides: Readonly<Record<string, number>> = {}): ToUsd {
  const perUsd = new Map<string, number>([['USD', 1]]);
  for (const rate of rates) perUsd.set(rate.currency, rate.perUsd);
  for (const [currency, value] of Object.entries(overrides)) {
    if (Number.isFinite(value) && value > 0) perUsd.set(currency, value);
  }
  return (amount, currency) => {
    const rate = perUsd.get(currency);
    return rate === undefined ? undefined : amount / rate;
  };
}

/**
 * Units of `currency` per 1 USD from the catalog's rates, a user override taking precedence;
 * 1 for USD, undefined when no valid rate is known. This is the `perUsd` that format.ts takes.
 */
export function ratePerUsd(
  rates: readonly ExchangeRate[],
  currency: string,
  overrides: Readonly<Record<string, number>> = {},
): number | undefined {
  const override = overrides[currency];
  if (override !== undefined && Number.isFinite(override) && override > 0) return override;
  if (currency === 'USD') return 1;
  const rate = rates.find((r) => r.currency === currency)?.perUsd;
  return rate !== undefined && Number.isFinite(rate) && rate > 0 ? rate : undefined;
}
