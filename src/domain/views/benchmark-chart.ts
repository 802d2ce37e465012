/** Data for the grouped bar chart of the benchmarks the chosen models share. */
import type { BenchmarkRow } from './benchmarks';

export interface ChartSeries {
  /** Safe data key ("m0", "m1"...): model ids may hold dots, which chart libraries read as paths. */
  key: string;
  modelId: string;
  name: string;
}

export interface BenchmarkChartData {
  series: ChartSeries[];
  /** One entry per shared benchmark: { benchmark: label, m0: value, m1: value }. */
  rows: Array<{ benchmark: string } & Record<string, number | string>>;
  /** Plain-text alternative: one sentence per benchmark. */
  summary: string[];
}

/** A bar's label: a longer bar is worse on a lower-is-better benchmark, so the label says so. */
export const benchmarkLabel = (row: Pick<BenchmarkRow, 'name' | 'higherIsBetter'>): string =>
  row.higherIsBetter ? row.name : `${row.name}, lower is better`;

export function buildBenchmarkChart(
  rows: readonly BenchmarkRow[],
  models: ReadonlyArray<{ id: string; name: string }>,
): BenchmarkChartData {
  const series = models.map((m, i) => ({ key: `m${i}`, modelId: m.id, name: m.name }));
  const shared = rows.filter((r) => r.shared);
  return {
    series,
    rows: shared.map((row) => {
      const entry: { benchmark: string } & Record<string, number | string> = { benchmark: benchmarkLabel(row) };
      row.cells.forEach((cell, i) => {
        const picked = cell.scores[0];
        if (picked) entry[`m${i}`] = picked.value;
      });
      return entry;
    }),
    summary: shared.map((row) => {
      const values = row.cells.map(
        (cell, i) => `${series[i]?.name ?? cell.modelId} ${cell.scores[0]?.text ?? 'no score'}`,
      );
      return `${benchmarkLabel(row)}: ${values.join(', ')}${row.leader ? ` (${row.leader.text})` : ''}.`;
    }),
  };
}
