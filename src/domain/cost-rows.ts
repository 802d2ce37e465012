/**
 * The "Monthly cost" table as data: one row per compared model, with its cheapest route.
 */
import type { ToUsd } from './currency';
import { modelCost, type CostOptions, type ModelCost } from './cost';
import type { TrafficProfile } from './traffic';
import type { Model } from './types';

export interface CostRow {
  modelId: string;
  modelName: string;
  cost: ModelCost;
}

export function buildCostRows(models: readonly Model[], profile: TrafficProfile, toUsd: ToUsd, options: CostOptions): CostRow[] {
  return models.map((model) => ({
    modelId: model.id,
    modelName: model.name,
    cost: modelCost(model.routes, profile, toUsd, options),
  }));
}
