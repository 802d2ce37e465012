/**
 * The comparison state: what the user compares and under which assumptions. The store holds
 * exactly this; the URL codec serializes it.
 */
import type { CostOptions } from './cost/engine';
import { NO_PROVIDER_CHOICE, type ProviderChoice } from './cost/provider-choice';
import { NO_CUSTOM_ENTRIES, type CustomEntries } from './custom/entry';
import { DEFAULT_TRAFFIC, type TrafficProfile } from './traffic/profile';

export const MIN_MODELS = 2;
export const MAX_MODELS = 8;

export interface ComparisonState {
  /** Chosen model ids in display order, MIN_MODELS..MAX_MODELS of them, no duplicates. */
  modelIds: string[];
  /** Model the deltas are measured against; the first model when unset. */
  baselineId?: string;
  traffic: TrafficProfile;
  /** ISO 4217 display currency. */
  currency: string;
  /** User overrides of exchange rates, units per USD. */
  rateOverrides: Record<string, number>;
  includeFreeAndPlans: boolean;
  /** Which providers' routes may set a model's cost: excluded, pinned, first-party only, region. */
  providers: ProviderChoice;
  /** Self-hosting assumptions: GPU type id and the user's price of one GPU-hour in USD. */
  selfHosting: { gpuId: string; hourlyUsd: number };
  /** Benchmark chosen for the price-versus-score scatter; the panel's default when unset. */
  scatterBenchmarkId?: string;
  /** The user's own routes and models. */
  custom: CustomEntries;
}

/**
 * An assumed GPU-hour price so the estimate shows figures at once; the panel labels it as an
 * assumption to replace with a real quote.
 */
export const DEFAULT_GPU_HOUR_USD = 2;

/** The reference pages' comparison, at their traffic. */
export const DEFAULT_COMPARISON: ComparisonState = {
  modelIds: ['kimi-k2.5', 'gpt-4.1'],
  traffic: DEFAULT_TRAFFIC,
  currency: 'USD',
  rateOverrides: {},
  includeFreeAndPlans: false,
  providers: NO_PROVIDER_CHOICE,
  selfHosting: { gpuId: 'h100-80gb', hourlyUsd: DEFAULT_GPU_HOUR_USD },
  custom: NO_CUSTOM_ENTRIES,
};

/** Replaces the model at `slot`; choosing a model already shown elsewhere swaps the two. */
export function replaceModel(ids: readonly string[], slot: number, id: string): string[] {
  const next = [...ids];
  const existing = next.indexOf(id);
  if (existing === slot) return next;
  if (existing >= 0) next[existing] = next[slot] as string;
  next[slot] = id;
  return next;
}

export function addModel(ids: readonly string[], id: string): string[] {
  if (ids.length >= MAX_MODELS || ids.includes(id)) return [...ids];
  return [...ids, id];
}

export function removeModel(ids: readonly string[], slot: number): string[] {
  if (ids.length <= MIN_MODELS) return [...ids];
  return ids.filter((_, i) => i !== slot);
}

/** The baseline in force: the chosen one while it is still compared, else the first model. */
export function effectiveBaseline(state: Pick<ComparisonState, 'modelIds' | 'baselineId'>): string | undefined {
  if (state.baselineId && state.modelIds.includes(state.baselineId)) return state.baselineId;
  return state.modelIds[0];
}

/**
 * The engine's options from the comparison: the one place the user's cost choices reach every
 * figure (add the model's `creatorId` per model).
 */
export const costOptionsOf = (state: Pick<ComparisonState, 'includeFreeAndPlans' | 'providers'>): CostOptions => ({
  includeFreeAndPlans: state.includeFreeAndPlans,
  providers: state.providers,
});
