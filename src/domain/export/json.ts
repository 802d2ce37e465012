/**
 * The comparison as JSON: the state that reproduces it, the traffic and currency it was
 * priced at, and per model its costs, every route, capabilities, specs and scores, each score
 * with its source. The sources list carries licenses and attribution texts, so scores under
 * CC BY 4.0 (the llm-leaderboard data) keep their attribution wherever the file goes.
 */
import type { ComparisonState } from '../comparison';
import type { RouteCost } from '../cost/engine';
import type { CostRow } from '../cost/rows';
import { attributionsFor } from '../attribution';
import { capabilityState } from '../views/capabilities';
import { csvNumber } from './csv-text';
import { isCustomRoute } from '../custom/merge';
import {
  comparedBenchmarks,
  exportCostRows,
  inDisplay,
  isCustomModel,
  providerNameOf,
  sourceLookup,
  type ExportInput,
} from './common';
import { CAPABILITY_IDS, MODEL_FACT_KEYS, type CapabilityState, type Model, type Source } from '../types';

export const JSON_FILE_NAME = 'versus-comparison.json';
export const EXPORT_FORMAT = 'versus-comparison';
export const EXPORT_VERSION = 1;

/** Model facts exported as they are in the catalog: value, source, and competing claims. */
const SPEC_KEYS = MODEL_FACT_KEYS;

const money = (input: ExportInput, usd: number) => csvNumber(inDisplay(input, usd));

function costOf(input: ExportInput, row: CostRow) {
  const delta =
    row.delta === undefined
      ? { baseline: true }
      : row.delta.status === 'available'
        ? {
            monthly: money(input, row.delta.monthly),
            perRequest: money(input, row.delta.perRequest),
            fraction: row.delta.fraction,
          }
        : { unavailable: row.delta.reason };
  if (row.cost.status !== 'priced') return { status: 'unavailable', reason: row.cost.reason, delta };
  const { cheapest } = row.cost;
  return {
    status: 'priced',
    cheapestRouteId: cheapest.route.id,
    monthly: money(input, cheapest.monthly),
    perRequest: money(input, cheapest.perRequest),
    perMillionBlendedTokens: row.blended === undefined ? undefined : money(input, row.blended),
    notes: cheapest.notes,
    delta,
  };
}

function routeOf(input: ExportInput, cost: RouteCost, providerName: ReturnType<typeof providerNameOf>) {
  const { route } = cost;
  return {
    ...route,
    providerName: providerName(route),
    custom: isCustomRoute(route),
    monthlyCost: cost.ok ? { amount: money(input, cost.monthly), notes: cost.notes } : { unavailable: cost.reason },
  };
}

function modelOf(input: ExportInput, model: Model, row: CostRow, providerName: ReturnType<typeof providerNameOf>) {
  const specs = Object.fromEntries(SPEC_KEYS.flatMap((key) => (model[key] ? [[key, model[key]]] : [])));
  const capabilities = Object.fromEntries(CAPABILITY_IDS.map((id) => [id, capabilityState(model, id)])) as Record<
    string,
    CapabilityState
  >;
  return {
    id: model.id,
    name: model.name,
    creator: model.creatorName,
    custom: isCustomModel(model),
    cost: costOf(input, row),
    routes: row.cost.routes.map((cost) => routeOf(input, cost, providerName)),
    capabilities,
    /** The facts behind the states: source, competing claims and the rule that chose. */
    capabilitySources: model.capabilities,
    specs,
    scores: model.scores,
  };
}

/** Every source cited by what is exported: route prices, facts, capabilities and scores. */
function citedSourceIds(models: readonly Model[]): string[] {
  const ids = new Set<string>();
  for (const model of models) {
    model.routes.forEach((r) => ids.add(r.source));
    model.scores.forEach((s) => ids.add(s.source));
    Object.values(model.capabilities).forEach((f) => f && ids.add(f.source));
    for (const key of SPEC_KEYS) {
      const fact = model[key];
      if (!fact) continue;
      ids.add(fact.source);
      fact.claims?.forEach((c) => ids.add(c.source));
    }
  }
  return [...ids];
}

export interface ComparisonExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  state: ComparisonState;
  traffic: ComparisonState['traffic'];
  currency: { code: string; perUsd: number; rateDate?: string; rateSource?: string; overridden: boolean };
  baselineId?: string;
  models: ReturnType<typeof modelOf>[];
  benchmarks: ReturnType<typeof comparedBenchmarks>;
  sources: Source[];
  /** Notices the sources' licenses require wherever their data is shown. */
  attributions: string[];
}

/** `exportedAt` comes from the caller, so the same comparison always builds the same file. */
export function buildComparisonJson(input: ExportInput, exportedAt: string): ComparisonExport {
  const providerName = providerNameOf(input);
  const rows = exportCostRows(input);
  const source = sourceLookup(input);
  const sourceIds = citedSourceIds(input.models);
  const sources = sourceIds.flatMap((id) => source(id) ?? []);
  const { code, perUsd, rate, overridden } = input.currency;
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt,
    state: input.state,
    traffic: input.state.traffic,
    currency: { code, perUsd, ...(rate ? { rateDate: rate.date, rateSource: rate.source } : {}), overridden },
    baselineId: rows.find((r) => !r.delta)?.modelId,
    models: input.models.flatMap((model) => {
      const row = rows.find((r) => r.modelId === model.id);
      return row ? [modelOf(input, model, row, providerName)] : [];
    }),
    benchmarks: comparedBenchmarks(input),
    sources,
    attributions: attributionsFor(sourceIds, sources),
  };
}
