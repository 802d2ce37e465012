import { useMemo } from 'react';
import { costPerRequest } from '../../domain/cost/engine';
import { comparisonFigures, staleFigures } from '../../domain/cost/price-age';
import { routeProviderName } from '../../domain/custom/merge';
import type { CatalogIndex } from '../../domain/types';
import { useComparedModels } from '../compared-models';
import { useComparisonStore } from '../comparison-store';
import { useCostOptions } from '../cost-options';
import { useDisplayCurrency } from '../display-currency';
import { useRequestProfile } from '../request-profile';
import { useProviderName } from './provider-names';

/**
 * The figures this comparison uses that are over the age limit on `day` (the user's clock): the
 * headline prices and the catalog's exchange rates. The headline route does not depend on the
 * number of requests, so a drag of that slider costs nothing here.
 */
export function usePriceAgeView(index: CatalogIndex, day: string) {
  const traffic = useComparisonStore((s) => s.traffic);
  const options = useCostOptions();
  const overrides = useComparisonStore((s) => s.rateOverrides);
  const details = useComparedModels();
  const display = useDisplayCurrency(index.rates);
  const providerName = useProviderName(index.providers);
  const request = useRequestProfile(traffic);
  return useMemo(() => {
    const costs = details.models.map((model) => {
      const cost = costPerRequest(model.routes, request, display.toUsd, { ...options, creatorId: model.creatorId });
      return {
        name: model.name,
        cost,
        providerName: cost.status === 'priced' ? routeProviderName(cost.cheapest.route, providerName) : '',
      };
    });
    // A rate the user typed in is theirs, not the catalog's dated one.
    const rates = index.rates.filter((r) => overrides[r.currency] === undefined);
    return staleFigures(comparisonFigures(costs, rates, display.currency), new Date(day));
  }, [request, details.models, display, options, overrides, index.rates, providerName, day]);
}
