/**
 * The compact ModelSummary the picker loads with the index. `cheapest` is the model's headline
 * route at the default traffic, chosen by the app's own engine (modelCost: never an unconfirmed
 * price outlier; ties to the lab's own route, then to the best-corroborated), so the index and
 * the cost panel agree.
 */
import { modelCost } from '../../src/domain/cost/engine';
import type { ToUsd } from '../../src/domain/cost/currency';
import { DEFAULT_TRAFFIC } from '../../src/domain/traffic/profile';
import type { CapabilityId, Model, ModelSummary, Route } from '../../src/domain/types';
import { CAPABILITY_IDS } from '../../src/domain/types';
import { matchKey, parseId, splitVariantSuffix } from './normalize-id';
import { cleanNumber, uniqueSorted } from './util';

/** Aliases kept in the index: distinct short spellings only; the full list is in the model file. */
export const SUMMARY_ALIAS_LIMIT = 12;

/** The route the model's cost rests on at the default traffic, pay-as-you-go only. */
export function headlineRoute(model: Model, toUsd: ToUsd): Route | undefined {
  // A payg route priced 0/0 would be a free tier mislabelled; it never counts as cheapest.
  const priced = model.routes.filter(
    (r) =>
      r.billing === 'payg' &&
      (toUsd(r.prices.input ?? 0, r.currency) ?? 0) + (toUsd(r.prices.output ?? 0, r.currency) ?? 0) > 0,
  );
  const cost = modelCost(priced, DEFAULT_TRAFFIC, toUsd, { includeFreeAndPlans: false, creatorId: model.creatorId });
  return cost.status === 'priced' ? cost.cheapest.route : undefined;
}

function cheapestRoute(model: Model, toUsd: ToUsd): ModelSummary['cheapest'] {
  const route = headlineRoute(model, toUsd);
  if (!route) return undefined;
  const input = toUsd(route.prices.input ?? 0, route.currency) ?? 0;
  const output = toUsd(route.prices.output ?? 0, route.currency) ?? 0;
  return { input: cleanNumber(input), output: cleanNumber(output), providerId: route.providerId };
}

/**
 * Spellings a search on the id and name would miss (`k2p5`, `kimi-k2-5`): one per distinct
 * normalized form, leaving out the id with a serving-variant suffix (`kimi-k2.5-free`).
 */
function summaryAliases(model: Model): string[] {
  const own = new Set([model.id, model.name.toLowerCase()]);
  const spellings = uniqueSorted(
    model.aliases
      .map((a) => (a.includes('/') ? (a.split('/').pop() ?? a) : a).toLowerCase())
      .filter((a) => !own.has(a)),
  );
  const seen = new Set<string>();
  const out: string[] = [];
  for (const a of spellings) {
    const key = parseId(a).key;
    const base = splitVariantSuffix(key)?.base;
    if (seen.has(key) || (base !== undefined && matchKey(base) === matchKey(model.id))) continue;
    seen.add(key);
    out.push(a);
  }
  return out.slice(0, SUMMARY_ALIAS_LIMIT);
}

/** `scores` holds the best score per benchmark: the lowest on the benchmarks in `lowerIsBetter`. */
export function summarize(model: Model, toUsd: ToUsd, lowerIsBetter: ReadonlySet<string> = new Set()): ModelSummary {
  const scores: Record<string, number> = {};
  for (const s of model.scores) {
    const best = scores[s.benchmarkId];
    if (best === undefined || (lowerIsBetter.has(s.benchmarkId) ? s.value < best : s.value > best))
      scores[s.benchmarkId] = s.value;
  }
  const capabilities = CAPABILITY_IDS.filter((id: CapabilityId) => model.capabilities[id]?.value === 'yes');
  return {
    id: model.id,
    name: model.name,
    creatorId: model.creatorId,
    creatorName: model.creatorName,
    aliases: summaryAliases(model),
    contextWindow: model.contextWindow?.value,
    openWeights: model.openWeights?.value,
    releaseDate: model.releaseDate?.value,
    capabilities,
    cheapest: cheapestRoute(model, toUsd),
    routeCount: model.routes.length,
    scores,
  };
}
