import { useCallback, useMemo, useState } from 'react';
import { costPerRequest, monthlyCost } from '../../domain/cost/engine';
import { labComparisons } from '../../domain/cost/lab-markup';
import { filterRouteRows, sortRouteRows, type RouteSort } from '../../domain/cost/route-order';
import { buildRouteRows, type RouteRow } from '../../domain/cost/route-rows';
import {
  hasProviderChoice,
  NO_PROVIDER_CHOICE,
  withExcluded,
  withPinned,
  type RegionArea,
} from '../../domain/cost/provider-choice';
import { routeProviderName } from '../../domain/custom/merge';
import type { CatalogIndex } from '../../domain/types';
import { useComparisonStore } from '../comparison-store';
import { useCostOptions } from '../cost-options';
import { useDisplayCurrency } from '../display-currency';
import { useRequestProfile } from '../request-profile';
import { useSettledComparedModels, useSettledTraffic } from '../settled-comparison';
import { useProviderName } from './provider-names';

/** The user's provider choice and the edits the routes panel offers on it. */
export function useProviderChoice() {
  const choice = useComparisonStore((s) => s.providers);
  const setProviders = useComparisonStore((s) => s.setProviders);
  return {
    choice,
    active: hasProviderChoice(choice),
    setExcluded: (id: string, excluded: boolean) => setProviders(withExcluded(choice, id, excluded)),
    setPinned: (id: string, pinned: boolean) => setProviders(withPinned(choice, id, pinned)),
    setFirstPartyOnly: (firstPartyOnly: boolean) => setProviders({ ...choice, firstPartyOnly }),
    setRegion: (region: RegionArea | undefined) => {
      const { region: _old, ...rest } = choice;
      setProviders(region === undefined ? rest : { ...rest, region });
    },
    reset: () => setProviders(NO_PROVIDER_CHOICE),
  };
}

/**
 * Every provider route of each compared model, costed at the traffic once it holds still, marked
 * with what the provider choice does to it, in the order and under the filter the user picked.
 */
export function useRoutesView(index: CatalogIndex) {
  const traffic = useSettledTraffic();
  const options = useCostOptions();
  const details = useSettledComparedModels();
  const display = useDisplayCurrency(index.rates);
  const providerName = useProviderName(index.providers);
  const request = useRequestProfile(traffic);
  const [sort, setSort] = useState<RouteSort | undefined>(undefined);
  const [filter, setFilter] = useState('');
  const rowProvider = useCallback((row: RouteRow) => routeProviderName(row.route, providerName), [providerName]);
  const costed = useMemo(
    () =>
      details.models.map((model) => {
        const modelOptions = { ...options, creatorId: model.creatorId };
        const perRequest = costPerRequest(model.routes, request, display.toUsd, modelOptions);
        return { model, rows: buildRouteRows(monthlyCost(perRequest, traffic.requests), display.toUsd, modelOptions) };
      }),
    [details.models, request, traffic.requests, display.toUsd, options],
  );
  const tables = useMemo(
    () =>
      costed.map(({ model, rows }) => ({
        model,
        total: rows.length,
        vsLab: labComparisons(rows),
        rows: sortRouteRows(filterRouteRows(rows, filter, rowProvider), sort, rowProvider),
      })),
    [costed, filter, sort, rowProvider],
  );
  return { tables, display, providerName, sort, setSort, filter, setFilter };
}
