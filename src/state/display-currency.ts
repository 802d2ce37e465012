import { useMemo } from 'react';
import { usdConverter, type ToUsd } from '../domain/cost/currency';
import { formatMoney, type MoneyOptions } from '../domain/format/format';
import type { ExchangeRate } from '../domain/types';
import { useComparisonStore } from './comparison-store';

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

/** The display currency chosen in the store, resolved against the catalog's dated rates. */
export function useDisplayCurrency(rates: readonly ExchangeRate[]): DisplayCurrency {
  const currency = useComparisonStore((s) => s.currency);
  const overrides = useComparisonStore((s) => s.rateOverrides);
  return useMemo(() => {
    const rate = rates.find((r) => r.currency === currency);
    const override = overrides[currency];
    const known = currency === 'USD' || rate !== undefined;
    // An unknown currency (from an old link, say) falls back to USD rather than showing wrong figures.
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
  }, [currency, overrides, rates]);
}
