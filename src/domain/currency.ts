import type { ExchangeRate } from './types';

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
