/** The whole-catalog scatter of price against one benchmark's score, with the Pareto frontier. */
import { MAX_MODELS } from '../comparison';
import { blendedListPrice, type TokenMix } from '../cost/blended';
import { paretoFrontier } from './pareto';
import { pointsText, usdPerMillionText } from '../format/quantity-text';
import { compareText } from '../search/text-order';
import type { Benchmark, ModelSummary } from '../types';

/**
 * Shown under the chart: how x is made. The blended price itself is defined once, under the cost
 * table (src/domain/cost/blended.ts); this says what differs for the whole catalog.
 */
export const SCATTER_PRICE_RULE =
  "Price is the blended price of your traffic, as defined under Monthly cost, from each model's cheapest pay-as-you-go input and output prices (for the compared models, their headline route's under your provider choice); cache, batch and per-request fees are left out.";

export interface ScatterPoint {
  id: string;
  name: string;
  /** Blended USD per 1M tokens. */
  x: number;
  /** Score, 0-100. */
  y: number;
  chosen: boolean;
  onFrontier: boolean;
  /** "Alpha 1: $0.83 per 1M, 81.8" for lists. */
  text: string;
  /** "$0.83 per 1M, MMLU-Pro 81.8": the tooltip's line under the model's name. */
  detail: string;
}

export interface PriceScoreScatter {
  benchmarkId: string;
  benchmarkName: string;
  /** The benchmark's direction: on a lower-is-better one the frontier runs to low scores. */
  higherIsBetter: boolean;
  points: ScatterPoint[];
  /** Frontier points by rising price, for the line. */
  frontier: ScatterPoint[];
  /** Chosen models that cannot be plotted, with why. */
  missing: Array<{ id: string; name: string; reason: string }>;
  /** Log scale needs every price above zero; it spreads the cheap end where most models sit. */
  logPrice: boolean;
  /** Round price ticks (1-2-5 steps) spanning every point, and the axis domain they define. */
  priceTicks: number[];
}

/**
 * Ticks at 1, 2 and 5 times powers of ten from the one at or below the cheapest price to the one
 * at or above the dearest, so a log axis reads in round prices. Empty without positive prices.
 */
export function logPriceTicks(prices: readonly number[]): number[] {
  const positive = prices.filter((p) => p > 0 && Number.isFinite(p));
  if (positive.length === 0) return [];
  const min = Math.min(...positive);
  const max = Math.max(...positive);
  const steps = [1, 2, 5];
  const ticks: number[] = [];
  for (let exp = Math.floor(Math.log10(min)); exp <= Math.ceil(Math.log10(max)); exp += 1) {
    // Rounded through a string so 0.1 * 3 style float noise never reaches the axis labels.
    for (const step of steps) ticks.push(Number((step * 10 ** exp).toPrecision(3)));
  }
  const below = ticks.filter((t) => t <= min).at(-1) ?? ticks[0] ?? min;
  const above = ticks.find((t) => t >= max) ?? max;
  return ticks.filter((t) => t >= below && t <= above);
}

/** Benchmarks with at least two priced, scored models, most covered first: those worth plotting. */
export function scatterBenchmarks(summaries: readonly ModelSummary[], benchmarks: readonly Benchmark[]): Benchmark[] {
  // One pass over the scores, not one over the catalog per benchmark: hundreds of benchmarks
  // times a thousand-odd models is a long task while the page opens.
  const counts = new Map<string, number>();
  for (const m of summaries) {
    if (!m.cheapest) continue;
    for (const id of Object.keys(m.scores)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return benchmarks
    .map((b) => ({ b, n: counts.get(b.id) ?? 0 }))
    .filter((e) => e.n >= 2)
    .sort((a, b) => b.n - a.n || compareText(a.b.name, b.b.name))
    .map((e) => e.b);
}

export function buildPriceScoreScatter(
  summaries: readonly ModelSummary[],
  benchmark: Benchmark,
  chosenIds: readonly string[],
  mix: TokenMix,
): PriceScoreScatter {
  const chosen = new Set(chosenIds);
  const base = summaries.flatMap((m) => {
    const score = m.scores[benchmark.id];
    const x = m.cheapest ? blendedListPrice(m.cheapest, mix) : undefined;
    if (x === undefined || score === undefined) return [];
    return [{ id: m.id, name: m.name, x, y: score, chosen: chosen.has(m.id) }];
  });
  // The frontier assumes higher scores are better; for a lower-is-better benchmark flip y.
  const sign = benchmark.higherIsBetter ? 1 : -1;
  const frontierIds = new Set(paretoFrontier(base.map((p) => ({ id: p.id, x: p.x, y: sign * p.y }))).map((p) => p.id));
  const points = base.map((p) => ({
    ...p,
    onFrontier: frontierIds.has(p.id),
    text: `${p.name}: ${usdPerMillionText(p.x)} per 1M, ${pointsText(p.y)}`,
    detail: `${usdPerMillionText(p.x)} per 1M, ${benchmark.name} ${pointsText(p.y)}`,
  }));
  const frontier = points.filter((p) => p.onFrontier).sort((a, b) => a.x - b.x || sign * (a.y - b.y));
  const missing = chosenIds.flatMap((id) => {
    if (points.some((p) => p.id === id)) return [];
    const m = summaries.find((s) => s.id === id);
    if (!m) return [];
    const reason = !m.cheapest
      ? 'no pay-as-you-go price'
      : m.scores[benchmark.id] === undefined
        ? `no ${benchmark.name} score`
        : 'no tokens in the traffic to price';
    return [{ id, name: m.name, reason }];
  });
  return {
    benchmarkId: benchmark.id,
    benchmarkName: benchmark.name,
    higherIsBetter: benchmark.higherIsBetter,
    points,
    frontier,
    missing,
    logPrice: points.length > 0 && points.every((p) => p.x > 0),
    priceTicks: logPriceTicks(points.map((p) => p.x)),
  };
}

/**
 * What adding a model from the scatter does, in words for a live region: the comparison takes
 * at most MAX_MODELS, so past that the reader learns to remove one first instead of nothing
 * happening.
 */
export function addFromScatter(
  chosenIds: readonly string[],
  model: { id: string; name: string },
): { add: boolean; message: string } {
  if (chosenIds.includes(model.id)) return { add: false, message: `${model.name} is already compared.` };
  if (chosenIds.length >= MAX_MODELS)
    return {
      add: false,
      message: `The comparison holds at most ${MAX_MODELS} models: remove one to add ${model.name}.`,
    };
  return { add: true, message: `${model.name} added to the comparison.` };
}
