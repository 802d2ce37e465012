import { useMemo } from 'react';
import { costPerRequest } from '../domain/cost/engine';
import { withHeadlinePrices } from '../domain/cost/headline-price';
import type { TrafficProfile } from '../domain/traffic/profile';
import type { CatalogIndex, Model } from '../domain/types';
import { useCostOptions } from './cost-options';
import { useDisplayCurrency } from './display-currency';
import { useModelSummaries } from './model-summaries';
import { useRequestProfile } from './request-profile';

/**
 * The compared models' summaries with the price of each one's headline route at `traffic`: what
 * the scorecard and the trade-offs quote, so they follow the provider choice like the cost panel.
 */
export function useHeadlineSummaries(index: CatalogIndex, models: readonly Model[], traffic: TrafficProfile) {
  const summaries = useModelSummaries(index.models);
  const options = useCostOptions();
  const display = useDisplayCurrency(index.rates);
  const request = useRequestProfile(traffic);
  return useMemo(
    () =>
      withHeadlinePrices(
        summaries,
        models.map((model) => ({
          modelId: model.id,
          cost: costPerRequest(model.routes, request, display.toUsd, { ...options, creatorId: model.creatorId }),
        })),
        display.toUsd,
      ),
    [summaries, models, request, display.toUsd, options],
  );
}
