/**
 * What the CSV and JSON exports share: their input, and the figures both take from the same
 * builders as the page (buildCostRows), so an export never disagrees with what is shown.
 */
import { costOptionsOf, effectiveBaseline, type ComparisonState } from '../comparison';
import { buildCostRows, type CostRow } from '../cost/rows';
import type { ToUsd } from '../cost/currency';
import { CUSTOM_SOURCE, isCustomRoute } from '../custom/merge';
import { isCustomModelId } from '../custom/entry';
import { compareScores } from '../views/score-pick';
import type { Benchmark, CatalogIndex, ExchangeRate, Model, Route, Score, Source } from '../types';

export interface ExportInput {
  state: ComparisonState;
  /** The compared models as the page shows them (custom entries merged), in display order. */
  models: readonly Model[];
  catalog: Pick<CatalogIndex, 'providers' | 'benchmarks' | 'sources'>;
  /** The display currency in force: code, units per USD, and the catalog rate behind it. */
  currency: { code: string; perUsd: number; rate?: ExchangeRate; overridden: boolean };
  /** Converts route prices to USD with the user's overrides, as the page does. */
  toUsd: ToUsd;
}

export function exportCostRows(input: ExportInput): CostRow[] {
  const { state, models, toUsd } = input;
  return buildCostRows(models, state.traffic, toUsd, costOptionsOf(state), effectiveBaseline(state));
}

/** A USD amount in the display currency. */
export const inDisplay = (input: ExportInput, usd: number): number => usd * input.currency.perUsd;

/** Catalog provider names, and the user's own name for a custom route. */
export function providerNameOf(input: ExportInput): (route: Route) => string {
  const names = new Map(input.catalog.providers.map((p) => [p.id, p.name]));
  return (route) => (isCustomRoute(route) ? route.providerModelId : (names.get(route.providerId) ?? route.providerId));
}

/** Every benchmark any compared model has a score on, in the catalog's order, unlisted ids last. */
export function comparedBenchmarks(input: ExportInput): Benchmark[] {
  const used = new Set(input.models.flatMap((m) => m.scores.map((s) => s.benchmarkId)));
  const listed = input.catalog.benchmarks.filter((b) => used.has(b.id));
  const unlisted = [...used]
    .filter((id) => !listed.some((b) => b.id === id))
    .map((id): Benchmark => ({ id, name: id, category: '', unit: '%', higherIsBetter: true }));
  return [...listed, ...unlisted];
}

/**
 * A model's best score on a benchmark (highest, or lowest where lower is better); among equal
 * values the one the page's pick rule prefers (independent, then newest).
 */
export function bestScore(model: Model, benchmark: Benchmark): Score | undefined {
  const sign = benchmark.higherIsBetter ? -1 : 1;
  return model.scores
    .filter((s) => s.benchmarkId === benchmark.id)
    .sort((a, b) => sign * (a.value - b.value) || compareScores(a, b, benchmark.higherIsBetter))[0];
}

/** The catalog's sources plus the one custom entries cite, by id. */
export function sourceLookup(input: ExportInput): (id: string) => Source | undefined {
  const sources = new Map([...input.catalog.sources, CUSTOM_SOURCE].map((s) => [s.id, s]));
  return (id) => sources.get(id);
}

export const isCustomModel = (model: Model): boolean => isCustomModelId(model.id);

export const yesNoUnknown = (value: boolean | undefined): 'yes' | 'no' | 'unknown' =>
  value === undefined ? 'unknown' : value ? 'yes' : 'no';
