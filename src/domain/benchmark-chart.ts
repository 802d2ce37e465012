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
  /** One entry per shared benchmark: { benchmark: name, m0: value, m1: value }. */
  rows: Array<{ benchmark: string } & Record<string, number | string>>;
  /** Plain-text alternative: one sentence per benchmark. */
  summary: string[];
}

export function buildBenchmarkChart(
  rows: readonly BenchmarkRow[],
  models: ReadonlyArray<{ id: string; name: string }>,
): BenchmarkChartData {
  const series = models.map((m, i) => ({ key: `m${i}`, modelId: m.id, name: m.name }));
  const shared = rows.filter((r) => r.shared);
  return {
    series,
    rows: shared.map((row) => {
      const entry: { benchmark: string } & Record<string, number | string> = { benchmark: row.name };
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
      return `${row.name}: ${values.join(', ')}${row.leader ? ` (${row.leader.text})` : ''}.`;
    }),
  };
}
