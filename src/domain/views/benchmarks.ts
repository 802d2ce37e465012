/** The benchmark comparison: every score of the chosen models, grouped by benchmark, with leaders. */
import { pointsText } from '../format/quantity-text';
import { compareScores } from './score-pick';
import type { Benchmark, Model, Score } from '../types';
import { compareText } from '../search/text-order';

export interface ScoreView {
  value: number;
  text: string;
  variant?: string;
  selfReported: boolean;
  source: string;
  url?: string;
  date?: string;
  /** The score that stands for the model (first under the pick rule). */
  picked: boolean;
}

export interface BenchmarkCell {
  modelId: string;
  /** Best-first under the pick rule; empty when the model has no score here. */
  scores: ScoreView[];
}

export interface BenchmarkLeader {
  modelId: string;
  modelName: string;
  /** Distance to the runner-up, in points; 0 for a tie. */
  lead: number;
  /** "GPT-4.1 ahead by 2.7" or "Tied at 81.8". */
  text: string;
}

export interface BenchmarkRow {
  benchmarkId: string;
  name: string;
  unit: string;
  higherIsBetter: boolean;
  cells: BenchmarkCell[];
  /** How many of the chosen models have a score here. */
  coverage: number;
  /** Every chosen model has a score here. */
  shared: boolean;
  /** Among the models with a score; absent when fewer than two have one. */
  leader?: BenchmarkLeader;
}

function scoreView(score: Score, picked: boolean): ScoreView {
  return {
    value: score.value,
    text: pointsText(score.value),
    selfReported: score.selfReported,
    source: score.source,
    picked,
    ...(score.variant ? { variant: score.variant } : {}),
    ...(score.url ? { url: score.url } : {}),
    ...(score.date ? { date: score.date } : {}),
  };
}

function leaderOf(
  models: readonly Model[],
  cells: BenchmarkCell[],
  higherIsBetter: boolean,
): BenchmarkLeader | undefined {
  const entries = cells.flatMap((cell, i) => {
    const picked = cell.scores[0];
    const model = models[i];
    return picked && model ? [{ model, value: picked.value }] : [];
  });
  if (entries.length < 2) return undefined;
  entries.sort((a, b) => (higherIsBetter ? b.value - a.value : a.value - b.value));
  const [first, second] = entries as [(typeof entries)[0], (typeof entries)[0]];
  // Rounded to the shown precision so the lead matches the figures the reader sees.
  const lead = Math.round(Math.abs(first.value - second.value) * 10) / 10;
  return {
    modelId: first.model.id,
    modelName: first.model.name,
    lead,
    text: lead === 0 ? `Tied at ${pointsText(first.value)}` : `${first.model.name} ahead by ${pointsText(lead)}`,
  };
}

const fallbackBenchmark = (id: string): Benchmark => ({ id, name: id, category: '', unit: '%', higherIsBetter: true });

/**
 * One row per benchmark any chosen model has a score on, the best covered first (shared ones
 * lead), then by name.
 * Names and direction come from the catalog's benchmark list; an unlisted id shows as itself.
 */
export function buildBenchmarkRows(models: readonly Model[], benchmarks: readonly Benchmark[]): BenchmarkRow[] {
  const byId = new Map(benchmarks.map((b) => [b.id, b]));
  const ids = [...new Set(models.flatMap((m) => m.scores.map((s) => s.benchmarkId)))];
  const rows = ids.map((id): BenchmarkRow => {
    const benchmark = byId.get(id) ?? fallbackBenchmark(id);
    const cells = models.map((model) => {
      const sorted = model.scores
        .filter((s) => s.benchmarkId === id)
        .sort((a, b) => compareScores(a, b, benchmark.higherIsBetter));
      return { modelId: model.id, scores: sorted.map((s, i) => scoreView(s, i === 0)) };
    });
    const leader = leaderOf(models, cells, benchmark.higherIsBetter);
    const coverage = cells.filter((c) => c.scores.length > 0).length;
    return {
      benchmarkId: id,
      name: benchmark.name,
      unit: benchmark.unit,
      higherIsBetter: benchmark.higherIsBetter,
      cells,
      coverage,
      shared: models.length > 0 && coverage === models.length,
      ...(leader ? { leader } : {}),
    };
  });
  return rows.sort((a, b) => b.coverage - a.coverage || compareText(a.name, b.name));
}

/** Past this many rows the score table starts folded away: eight models over ninety benchmarks is a page of "No score". */
export const LONG_TABLE_ROWS = 10;

export const tableStartsOpen = (rowCount: number): boolean => rowCount <= LONG_TABLE_ROWS;

export function visibleBenchmarkRows(rows: readonly BenchmarkRow[], sharedOnly: boolean): BenchmarkRow[] {
  return sharedOnly ? rows.filter((r) => r.shared) : [...rows];
}

/** Source ids behind the given rows, for attribution notices. */
export function benchmarkSourceIds(rows: readonly BenchmarkRow[]): string[] {
  return [...new Set(rows.flatMap((r) => r.cells.flatMap((c) => c.scores.map((s) => s.source))))];
}
