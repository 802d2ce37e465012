/**
 * Filters that narrow the models offered in the pickers. An unset filter lets every model
 * through; a set filter excludes models whose value is unknown, since "unknown" cannot be
 * shown to satisfy it.
 */
import type { CapabilityId, ModelSummary } from '../types';
import { compareText } from './text-order';

export interface ModelFilters {
  capabilities: CapabilityId[];
  openWeightsOnly: boolean;
  /** Minimum context window in tokens. */
  minContext?: number;
  /** Maximum output price of the cheapest pay-as-you-go route, USD per 1M tokens. */
  maxOutputPrice?: number;
  creatorId?: string;
}

export const NO_FILTERS: ModelFilters = { capabilities: [], openWeightsOnly: false };

export const activeFilterCount = (f: ModelFilters): number =>
  f.capabilities.length +
  Number(f.openWeightsOnly) +
  Number(f.minContext !== undefined) +
  Number(f.maxOutputPrice !== undefined) +
  Number(f.creatorId !== undefined);

export function matchesFilters(model: ModelSummary, f: ModelFilters): boolean {
  if (f.openWeightsOnly && model.openWeights !== true) return false;
  if (f.creatorId !== undefined && model.creatorId !== f.creatorId) return false;
  if (f.minContext !== undefined && !(model.contextWindow !== undefined && model.contextWindow >= f.minContext))
    return false;
  if (f.maxOutputPrice !== undefined && !(model.cheapest !== undefined && model.cheapest.output <= f.maxOutputPrice))
    return false;
  return f.capabilities.every((c) => model.capabilities.includes(c));
}

/** Creators of the catalog's models, by name, with how many models each has. */
export function creatorsOf(models: readonly ModelSummary[]): { id: string; name: string; count: number }[] {
  const byId = new Map<string, { id: string; name: string; count: number }>();
  for (const m of models) {
    const entry = byId.get(m.creatorId) ?? { id: m.creatorId, name: m.creatorName, count: 0 };
    entry.count += 1;
    byId.set(m.creatorId, entry);
  }
  return [...byId.values()].sort((a, b) => compareText(a.name, b.name));
}
