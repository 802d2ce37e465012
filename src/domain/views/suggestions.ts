/**
 * "Continue comparing": comparisons one step away from the current one. Each compared model is
 * swapped for the model of the same lab that costs the next step less at the user's traffic,
 * and for the cheapest model of that lab that beats it on most benchmarks both have scores on.
 * Only the catalog index is read (headline prices and best scores), so the suggestions cost no
 * model file; a model without a price or scores is simply not a step.
 */
import type { TrafficProfile } from '../traffic/profile';
import type { Benchmark, ModelSummary } from '../types';

export interface Suggestion {
  /** The comparison it opens, in the current comparison's order. */
  modelIds: string[];
  /** "Kimi K2.5 vs GPT-5" */
  title: string;
  /** Why it is suggested: "GPT-5 is OpenAI's next cheaper model at your traffic". */
  reason: string;
}

export interface SuggestionInput {
  modelIds: readonly string[];
  summaries: readonly ModelSummary[];
  benchmarks: readonly Benchmark[];
  traffic: TrafficProfile;
  /** Most suggestions returned. */
  limit?: number;
}

export const DEFAULT_SUGGESTION_LIMIT = 6;

/** USD of one request of the traffic at the model's headline prices; undefined without them. */
function requestPrice(model: ModelSummary, traffic: TrafficProfile): number | undefined {
  const p = model.cheapest;
  if (!p) return undefined;
  return (p.input * traffic.inputTokens + p.output * (traffic.outputTokens + traffic.reasoningTokens)) / 1e6;
}

/** Newer first, then more routes: the model a reader is likelier to want when prices tie. */
function preferred(a: ModelSummary, b: ModelSummary): number {
  return (b.releaseDate ?? '').localeCompare(a.releaseDate ?? '') || b.routeCount - a.routeCount;
}

/** The benchmarks both have scores on, and on how many of them `candidate` is ahead. */
function headToHead(candidate: ModelSummary, model: ModelSummary, higherIsBetter: (id: string) => boolean) {
  let common = 0;
  let ahead = 0;
  for (const [id, value] of Object.entries(candidate.scores)) {
    const own = model.scores[id];
    if (own === undefined) continue;
    common += 1;
    if (higherIsBetter(id) ? value > own : value < own) ahead += 1;
  }
  return { common, ahead };
}

/** Models this much older than the one they would replace are a step back, not a next step. */
const MAX_AGE_GAP_DAYS = 365;

/**
 * A candidate worth a step: dated, sold by more than one provider (a lab's one-off such as a
 * single-cloud medical model is no alternative for most readers), and not a generation older.
 */
function current(candidate: ModelSummary, model: ModelSummary): boolean {
  if (!candidate.releaseDate || candidate.routeCount < 2) return false;
  if (!model.releaseDate) return true;
  const gap = (Date.parse(model.releaseDate) - Date.parse(candidate.releaseDate)) / 86_400_000;
  return !(gap > MAX_AGE_GAP_DAYS);
}

/** Fewer shared benchmarks than this say too little to call a model better. */
const MIN_COMMON_BENCHMARKS = 2;

export function buildSuggestions({
  modelIds,
  summaries,
  benchmarks,
  traffic,
  limit = DEFAULT_SUGGESTION_LIMIT,
}: SuggestionInput): Suggestion[] {
  const byId = new Map(summaries.map((s) => [s.id, s]));
  const compared = modelIds.flatMap((id) => byId.get(id) ?? []);
  const direction = new Map(benchmarks.map((b) => [b.id, b.higherIsBetter]));
  const higherIsBetter = (id: string) => direction.get(id) ?? true;
  const taken = new Set(modelIds);
  const seen = new Set([[...modelIds].sort().join(',')]);
  const out: Suggestion[] = [];

  const add = (model: ModelSummary, swap: ModelSummary, reason: string) => {
    const ids = modelIds.map((id) => (id === model.id ? swap.id : id));
    const key = [...ids].sort().join(',');
    if (seen.has(key)) return;
    seen.add(key);
    const names = ids.map((id) => byId.get(id)?.name ?? id);
    out.push({ modelIds: ids, title: names.join(' vs '), reason });
  };

  for (const model of compared) {
    const lab = summaries.filter((s) => s.creatorId === model.creatorId && !taken.has(s.id) && current(s, model));
    const own = requestPrice(model, traffic);
    if (own !== undefined) {
      const cheaper = lab
        .flatMap((s) => {
          const price = requestPrice(s, traffic);
          return price !== undefined && price < own ? [{ s, price }] : [];
        })
        .sort((a, b) => b.price - a.price || preferred(a.s, b.s))[0];
      if (cheaper)
        add(model, cheaper.s, `${cheaper.s.name} is ${model.creatorName}'s next cheaper model at your traffic`);
    }
    const better = lab
      .flatMap((s) => {
        const { common, ahead } = headToHead(s, model, higherIsBetter);
        const price = requestPrice(s, traffic);
        return common >= MIN_COMMON_BENCHMARKS && ahead * 2 > common && price !== undefined
          ? [{ s, price, common, ahead }]
          : [];
      })
      .sort((a, b) => a.price - b.price || preferred(a.s, b.s))[0];
    if (better)
      add(
        model,
        better.s,
        `${better.s.name} beats ${model.name} on ${better.ahead} of ${better.common} benchmarks both are scored on`,
      );
  }
  return out.slice(0, limit);
}
