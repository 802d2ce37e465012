import { useMemo } from 'react';
import { costPerRequest, monthlyCost } from '../../domain/cost/engine';
import { buildSelfHostingTable } from '../../domain/cost/self-hosting-rows';
import type { CatalogIndex } from '../../domain/types';
import { useComparisonStore } from '../comparison-store';
import { useCostOptions } from '../cost-options';
import { useDisplayCurrency } from '../display-currency';
import { useRequestProfile } from '../request-profile';
import { useSettledComparedModels, useSettledTraffic } from '../settled-comparison';

/** Self-hosting each compared model against its API cost, at the traffic once it holds still. */
export function useSelfHostingView(index: CatalogIndex) {
  const traffic = useSettledTraffic();
  const options = useCostOptions();
  const selfHosting = useComparisonStore((s) => s.selfHosting);
  const setSelfHosting = useComparisonStore((s) => s.setSelfHosting);
  const details = useSettledComparedModels();
  const display = useDisplayCurrency(index.rates);
  const request = useRequestProfile(traffic);
  const table = useMemo(
    () =>
      buildSelfHostingTable(
        details.models.map((model) => ({
          model,
          cost: monthlyCost(
            costPerRequest(model.routes, request, display.toUsd, { ...options, creatorId: model.creatorId }),
            traffic.requests,
          ),
        })),
        selfHosting.gpuId,
        selfHosting.hourlyUsd,
      ),
    [details.models, request, traffic.requests, display.toUsd, options, selfHosting],
  );
  return { table, display, selfHosting, setSelfHosting };
}
