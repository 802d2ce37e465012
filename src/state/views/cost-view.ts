import { useMemo } from 'react';
import { effectiveBaseline } from '../../domain/comparison';
import { costPerRequest, monthlyCost } from '../../domain/cost/engine';
import { modelBreakdowns } from '../../domain/cost/monthly-breakdown';
import { costRowsFrom } from '../../domain/cost/rows';
import type { CatalogIndex } from '../../domain/types';
import { clampRequests } from '../../domain/traffic/profile';
import { useComparedModels } from '../compared-models';
import { useComparisonStore } from '../comparison-store';
import { useCostOptions } from '../cost-options';
import { useDisplayCurrency } from '../display-currency';
import { useModelSummaries } from '../model-summaries';
import { useRequestProfile } from '../request-profile';
import { useProviderName } from './provider-names';

/**
 * The "Monthly cost" panel: live, so the figures follow every step of a slider. Routes are costed
 * per request only when the request changes; a drag of "Requests per month" only multiplies.
 */
export function useCostView(index: CatalogIndex) {
  const modelIds = useComparisonStore((s) => s.modelIds);
  const baselineId = useComparisonStore((s) => effectiveBaseline(s));
  const traffic = useComparisonStore((s) => s.traffic);
  const options = useCostOptions();
  const details = useComparedModels();
  const display = useDisplayCurrency(index.rates);
  const providerName = useProviderName(index.providers);
  const allModels = useModelSummaries(index.models);
  const summaries = useMemo(
    () => modelIds.flatMap((id) => allModels.filter((m) => m.id === id)),
    [allModels, modelIds],
  );
  const request = useRequestProfile(traffic);
  const perRequest = useMemo(
    () =>
      details.models.map((model) =>
        costPerRequest(model.routes, request, display.toUsd, { ...options, creatorId: model.creatorId }),
      ),
    [details.models, request, display.toUsd, options],
  );
  const rows = useMemo(
    () =>
      costRowsFrom(
        details.models.map((model, i) => ({ model, cost: monthlyCost(perRequest[i]!, traffic.requests) })),
        request,
        baselineId,
      ),
    [details.models, perRequest, traffic.requests, request, baselineId],
  );
  const breakdowns = useMemo(
    () => modelBreakdowns(rows, request, clampRequests(traffic.requests), display),
    [rows, request, traffic.requests, display],
  );
  const baselineName = summaries.find((m) => m.id === baselineId)?.name;
  return { details, display, providerName, summaries, baselineId, baselineName, rows, breakdowns };
}
