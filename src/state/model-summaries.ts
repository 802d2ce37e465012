import { useMemo } from 'react';
import { useCatalogIndex } from '../catalog/hooks';
import { usdConverter } from '../domain/cost/currency';
import { withCustomSummaries } from '../domain/custom/merge';
import type { ModelSummary } from '../domain/types';
import { useComparisonStore } from './comparison-store';

/**
 * Every model the user can choose: the catalog's summaries followed by the user's own models
 * (creator "Custom"). Pickers and selects read this so custom models can be compared.
 */
export function useModelSummaries(catalog: readonly ModelSummary[]): readonly ModelSummary[] {
  const custom = useComparisonStore((s) => s.custom);
  const overrides = useComparisonStore((s) => s.rateOverrides);
  const rates = useCatalogIndex().data?.data.rates;
  return useMemo(
    () => withCustomSummaries(catalog, custom, usdConverter(rates ?? [], overrides)),
    [catalog, custom, rates, overrides],
  );
}
