/**
 * The "Monthly cost" table as data: one row per compared model, with its cheapest route, the
 * delta to the baseline model and the per-request and blended figures. Amounts are USD.
 */
import { blendedPerMillion } from './blended';
import { costDelta, type CostDelta } from './delta';
import type { ToUsd } from './currency';
import { modelCost, type CostOptions, type ModelCost } from './engine';
import type { RequestProfile, TrafficProfile } from '../traffic/profile';
import type { Model } from '../types';

export interface CostRow {
  modelId: string;
  modelName: string;
  cost: ModelCost;
  /** Undefined on the baseline's own row. */
  delta?: CostDelta;
  /** USD per 1M blended tokens on the cheapest route, where priced. */
  blended?: number;
}

export function buildCostRows(
  models: readonly Model[],
  profile: TrafficProfile,
  toUsd: ToUsd,
  options: CostOptions,
  baselineId: string | undefined,
): CostRow[] {
  return costRowsFrom(
    models.map((model) => ({
      model,
      cost: modelCost(model.routes, profile, toUsd, { ...options, creatorId: model.creatorId }),
    })),
    profile,
    baselineId,
  );
}

/** The rows from each model's cost, already worked out at `request` (see monthlyCost). */
export function costRowsFrom(
  costs: readonly { model: Model; cost: ModelCost }[],
  request: RequestProfile | TrafficProfile,
  baselineId: string | undefined,
): CostRow[] {
  const baseline = costs.find((c) => c.model.id === baselineId) ?? costs[0];
  return costs.map(({ model, cost }) => ({
    modelId: model.id,
    modelName: model.name,
    cost,
    delta: baseline && model.id !== baseline.model.id ? costDelta(cost, baseline.cost) : undefined,
    blended: cost.status === 'priced' ? blendedPerMillion(cost.cheapest, request) : undefined,
  }));
}
