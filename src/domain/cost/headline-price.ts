/**
 * A model's headline price as the summaries state a cheapest price (USD per 1M tokens, with its
 * provider), taken from the engine's headline route: so the scorecard and the trade-offs quote
 * the route the cost panel uses, under the user's provider choice and free-tier setting.
 */
import type { ToUsd } from './currency';
import type { ModelRequestCost } from './engine';
import type { ModelSummary } from '../types';

export function headlinePrice(cost: ModelRequestCost, toUsd: ToUsd): ModelSummary['cheapest'] {
  if (cost.status !== 'priced') return undefined;
  const { route } = cost.cheapest;
  const { input, output } = route.prices;
  const inputUsd = input === undefined ? undefined : toUsd(input, route.currency);
  const outputUsd = output === undefined ? undefined : toUsd(output, route.currency);
  if (inputUsd === undefined || outputUsd === undefined) return undefined;
  return { input: inputUsd, output: outputUsd, providerId: route.providerId };
}

/** The summaries of the compared models with each one's headline price in place of the catalog's cheapest. */
export function withHeadlinePrices(
  summaries: readonly ModelSummary[],
  costs: readonly { modelId: string; cost: ModelRequestCost }[],
  toUsd: ToUsd,
): ModelSummary[] {
  const byId = new Map(costs.map((c) => [c.modelId, c.cost]));
  return summaries.flatMap((summary) => {
    const cost = byId.get(summary.id);
    if (!cost) return [];
    const { cheapest: _catalogs, ...rest } = summary;
    const price = headlinePrice(cost, toUsd);
    return [price ? { ...rest, cheapest: price } : rest];
  });
}

/** The whole catalog's summaries with the compared models' ones (from withHeadlinePrices) in their place. */
export function withComparedSummaries(
  catalog: readonly ModelSummary[],
  compared: readonly ModelSummary[],
): ModelSummary[] {
  const byId = new Map(compared.map((s) => [s.id, s]));
  return catalog.map((summary) => byId.get(summary.id) ?? summary);
}
