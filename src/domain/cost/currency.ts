import { formatMoney, type MoneyOptions } from '../format/format';
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

/** A display currency resolved against the catalog's rates: what every shown amount goes through. */
export interface DisplayCurrency {
  currency: string;
  /** Units of the display currency per USD in force (override, catalog rate, or 1 for USD). */
  perUsd: number;
  /** The catalog rate behind `perUsd`, unless the user overrode it. */
  rate?: ExchangeRate;
  overridden: boolean;
  /** Formats a USD amount in the display currency. */
  money: (usd: number, options?: MoneyOptions) => string;
  /** Converts route prices to USD, with the user's overrides. */
  toUsd: ToUsd;
}

/**
 * The display currency `currency` with the catalog's dated rates and the user's overrides. An
 * unknown currency (from an old link, say) falls back to USD rather than showing wrong figures.
 */
export function displayCurrencyOf(
  rates: readonly ExchangeRate[],
  currency: string,
  overrides: Readonly<Record<string, number>>,
): DisplayCurrency {
  const rate = rates.find((r) => r.currency === currency);
  const override = overrides[currency];
  const known = currency === 'USD' || rate !== undefined;
  const shown = known ? currency : 'USD';
  const perUsd = shown === 'USD' ? 1 : (override ?? rate?.perUsd ?? 1);
  return {
    currency: shown,
    perUsd,
    rate: shown === 'USD' ? undefined : rate,
    overridden: shown !== 'USD' && override !== undefined,
    money: (usd, options) => formatMoney(usd, shown, perUsd, options),
    toUsd: usdConverter(rates, overrides),
  };
}
