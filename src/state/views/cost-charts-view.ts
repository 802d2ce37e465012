import { useCallback, useMemo } from 'react';
import { costPerRequest } from '../../domain/cost/engine';
import { inputTokensCurve, requestsCurve } from '../../domain/cost/curves';
import type { CatalogIndex } from '../../domain/types';
import { useCostOptions } from '../cost-options';
import { useDisplayCurrency } from '../display-currency';
import { useRequestProfile } from '../request-profile';
import { useSettledComparedModels, useSettledTraffic } from '../settled-comparison';

/** The cost curves of the compared models, at the traffic once it holds still. */
export function useCostChartsView(index: CatalogIndex) {
  const traffic = useSettledTraffic();
  const costOptions = useCostOptions();
  const details = useSettledComparedModels();
  const display = useDisplayCurrency(index.rates);
  const models = useMemo(
    () => details.models.map((m) => ({ id: m.id, label: m.name, routes: m.routes, creatorId: m.creatorId })),
    [details.models],
  );
  const options = useMemo(() => ({ ...costOptions, perUsd: display.perUsd }), [costOptions, display.perUsd]);
  const request = useRequestProfile(traffic);
  // Each model's cost per request at the traffic's request profile: the requests curve only
  // multiplies it, and a change of "Requests per month" leaves the prompt-size curve alone.
  const perRequest = useMemo(
    () =>
      models.map((model) =>
        costPerRequest(model.routes, request, display.toUsd, { ...options, creatorId: model.creatorId }),
      ),
    [models, request, display.toUsd, options],
  );
  const requests = useMemo(
    () => requestsCurve(models, perRequest, traffic.requests, options),
    [models, perRequest, traffic.requests, options],
  );
  const input = useMemo(
    () => inputTokensCurve(models, request, display.toUsd, options),
    [models, request, display.toUsd, options],
  );
  // The curves are in the display currency already, so only the symbol is applied. Stable, like
  // every other chart prop, so the charts skip the renders where their figures stay put.
  const money = useCallback(
    (amount: number) => display.money(amount / display.perUsd, { compact: amount >= 1000 }),
    [display],
  );
  return { requests, input, money, ready: details.pendingIds.length === 0 };
}
