import { useMemo } from 'react';
import { displayCurrencyOf, type DisplayCurrency } from '../domain/cost/currency';
import type { ExchangeRate } from '../domain/types';
import { useComparisonStore } from './comparison-store';

export type { DisplayCurrency } from '../domain/cost/currency';

/** The display currency chosen in the store, resolved against the catalog's dated rates. */
export function useDisplayCurrency(rates: readonly ExchangeRate[]): DisplayCurrency {
  const currency = useComparisonStore((s) => s.currency);
  const overrides = useComparisonStore((s) => s.rateOverrides);
  return useMemo(() => displayCurrencyOf(rates, currency, overrides), [currency, overrides, rates]);
}
