import { useMemo } from 'react';
import { costPerRequest, monthlyCost } from '../../domain/cost/engine';
import { buildRouteRows } from '../../domain/cost/route-rows';
import type { CatalogIndex } from '../../domain/types';
import { useCostOptions } from '../cost-options';
import { useDisplayCurrency } from '../display-currency';
import { useRequestProfile } from '../request-profile';
import { useSettledComparedModels, useSettledTraffic } from '../settled-comparison';
import { useProviderName } from './provider-names';

/** Every provider route of each compared model, costed at the traffic once it holds still. */
export function useRoutesView(index: CatalogIndex) {
  const traffic = useSettledTraffic();
  const options = useCostOptions();
  const details = useSettledComparedModels();
  const display = useDisplayCurrency(index.rates);
  const providerName = useProviderName(index.providers);
  const request = useRequestProfile(traffic);
  const tables = useMemo(
    () =>
      details.models.map((model) => {
        const perRequest = costPerRequest(model.routes, request, display.toUsd, {
          ...options,
          creatorId: model.creatorId,
        });
        return { model, rows: buildRouteRows(monthlyCost(perRequest, traffic.requests), display.toUsd) };
      }),
    [details.models, request, traffic.requests, display.toUsd, options],
  );
  return { tables, display, providerName };
}
