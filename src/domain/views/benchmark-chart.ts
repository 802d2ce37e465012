/**
 * Data for the benchmark chart: one small bar chart per benchmark that most compared models have
 * a score on, with a bar per model. A model without a score keeps its place on the axis and reads
 * "no score", so no model drops out of the chart for missing one benchmark.
 */
import type { BenchmarkRow } from './benchmarks';

/** At most this many benchmarks are drawn; the table holds every one. */
export const MAX_CHARTED_BENCHMARKS = 12;

/** A bar's label: a longer bar is worse on a lower-is-better benchmark, so the label says so. */
export const benchmarkLabel = (row: Pick<BenchmarkRow, 'name' | 'higherIsBetter'>): string =>
  row.higherIsBetter ? row.name : `${row.name}, lower is better`;

/**
 * How many compared models need a score for a benchmark to be drawn: half of them, rounded up,
 * and never fewer than two, since one bar compares with nothing. With two models that means the
 * benchmarks both have.
 */
export const minChartCoverage = (modelCount: number): number => Math.max(2, Math.ceil(modelCount / 2));

export interface ChartBar {
  modelId: string;
  name: string;
  /** The model's place among the compared models, for a color that holds from chart to chart. */
  index: number;
  /** The axis label: the name, and "no score" where no bar is drawn. */
  label: string;
  /** Null without a score: drawn as a gap, never as a zero. */
  value: number | null;
  /** The score as shown, or "no score". */
  text: string;
}

export interface ChartedBenchmark {
  benchmarkId: string;
  /** The chart's title: the name, its unit where it is not a percentage, and the direction. */
  title: string;
  higherIsBetter: boolean;
  /** How many of the compared models have a bar. */
  coverage: number;
  /** One per compared model, in the comparison's order. */
  bars: ChartBar[];
  /** The score axis runs from 0 to this: 100, or further where a score passes it. */
  axisMax: number;
}

export interface BenchmarkChartData {
  benchmarks: ChartedBenchmark[];
  /** Ids of the drawn benchmarks, so the table marks only those as charted. */
  chartedIds: string[];
  /** What the chart shows and leaves out, in sentences; or why there is no chart. */
  caption: string[];
  /** Plain-text alternative: one sentence per drawn benchmark. */
  summary: string[];
}

const modelCountText = (n: number) => `${n} compared model${n === 1 ? '' : 's'}`;

function namesText(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

function chartedBenchmark(row: BenchmarkRow, models: ReadonlyArray<{ id: string; name: string }>): ChartedBenchmark {
  const bars = row.cells.map((cell, index): ChartBar => {
    const name = models[index]?.name ?? cell.modelId;
    const picked = cell.scores[0];
    return {
      modelId: cell.modelId,
      name,
      index,
      label: picked ? name : `${name} (no score)`,
      value: picked ? picked.value : null,
      text: picked ? picked.text : 'no score',
    };
  });
  const top = Math.max(0, ...bars.map((b) => b.value ?? 0));
  return {
    benchmarkId: row.benchmarkId,
    title: `${row.name}${row.unit === '%' ? '' : ` (${row.unit})`}${row.higherIsBetter ? '' : ', lower is better'}`,
    higherIsBetter: row.higherIsBetter,
    coverage: row.coverage,
    bars,
    axisMax: Math.max(100, Math.ceil(top)),
  };
}

/**
 * The benchmarks at least `minChartCoverage` of the models have a score on, best covered first
 * (the rows' order), at most MAX_CHARTED_BENCHMARKS of them, each with every compared model.
 */
export function buildBenchmarkChart(
  rows: readonly BenchmarkRow[],
  models: ReadonlyArray<{ id: string; name: string }>,
): BenchmarkChartData {
  const n = models.length;
  const least = minChartCoverage(n);
  // Rows come best covered first; the sort keeps that promise for any caller, and is stable.
  const covered = rows.filter((r) => r.coverage >= least).sort((a, b) => b.coverage - a.coverage);
  const drawn = covered.slice(0, MAX_CHARTED_BENCHMARKS);
  const benchmarks = drawn.map((row) => chartedBenchmark(row, models));
  const which =
    least < n
      ? `at least ${least} of the ${modelCountText(n)}`
      : n === 2
        ? 'both compared models'
        : `all ${n} compared models`;

  const caption: string[] = [];
  if (n === 0) return { benchmarks, chartedIds: [], caption, summary: [] };
  if (benchmarks.length === 0) {
    caption.push(
      least >= n
        ? 'The compared models share no benchmark yet.'
        : `No benchmark has scores for ${which} yet, so there is no chart; the table lists every score.`,
    );
    return { benchmarks, chartedIds: [], caption, summary: [] };
  }
  const anyGap = benchmarks.some((b) => b.bars.some((bar) => bar.value === null));
  const gap = anyGap ? ' A model without a score has no bar and reads “no score”.' : '';
  if (covered.length > drawn.length)
    caption.push(
      `Scores on the ${drawn.length} best covered of the ${covered.length} benchmarks ${which} have; the table lists every one.${gap}`,
    );
  else
    caption.push(
      `Scores on ${drawn.length === 1 ? 'the benchmark' : `the ${drawn.length} benchmarks`} ${which} have, best covered first.${gap}`,
    );
  const unscored = models.filter((_, i) => benchmarks.every((b) => b.bars[i]?.value === null)).map((m) => m.name);
  if (unscored.length > 0)
    caption.push(`${namesText(unscored)} ${unscored.length === 1 ? 'has' : 'have'} no score on any charted benchmark.`);

  return {
    benchmarks,
    chartedIds: drawn.map((r) => r.benchmarkId),
    caption,
    summary: drawn.map((row, i) => {
      const values = (benchmarks[i]?.bars ?? []).map((bar) => `${bar.name} ${bar.text}`);
      return `${benchmarkLabel(row)}: ${values.join(', ')}${row.leader ? ` (${row.leader.text})` : ''}.`;
    }),
  };
}
