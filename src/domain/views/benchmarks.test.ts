import { describe, expect, it } from 'vitest';
import { fixtureIndex, fixtureModel, fixtureModels } from '../../mocks/fixture-catalog';
import { buildBenchmarkChart, MAX_CHARTED_BENCHMARKS, minChartCoverage } from './benchmark-chart';
import {
  benchmarkSourceIds,
  buildBenchmarkRows,
  LONG_TABLE_ROWS,
  tableStartsOpen,
  visibleBenchmarkRows,
} from './benchmarks';
import type { Score } from '../types';

const [alpha, beta] = fixtureModels as [(typeof fixtureModels)[0], (typeof fixtureModels)[0]];
const s = (benchmarkId: string, value: number, over: Partial<Score> = {}): Score => ({
  benchmarkId,
  value,
  selfReported: false,
  source: 'x',
  ...over,
});

describe('buildBenchmarkRows', () => {
  const rows = buildBenchmarkRows([alpha, beta], fixtureIndex.benchmarks);

  it('lists every benchmark any model has, shared first, then by name', () => {
    expect(rows.map((r) => [r.name, r.shared])).toEqual([
      ['MMLU-Pro', true],
      ['GPQA Diamond', false],
      ['SWE-bench Verified', false],
    ]);
  });

  it('keeps all scores of a model, the picked one first', () => {
    const cell = rows[0]?.cells[0];
    expect(cell?.scores.map((x) => [x.value, x.selfReported, x.picked])).toEqual([
      [84.5, false, true],
      [87.1, true, false],
    ]);
    expect(cell?.scores[0]?.variant).toBe('thinking');
  });

  it('names the leader and the lead over the runner-up, rounded as shown', () => {
    expect(rows[0]?.leader).toEqual({
      modelId: 'alpha-1',
      modelName: 'Alpha 1',
      lead: 2.7,
      text: 'Alpha 1 ahead by 2.7',
    });
    expect(rows[1]?.leader).toBeUndefined();
  });

  it.each<{ name: string; a: Score[]; b: Score[]; higherIsBetter: boolean; text: string | undefined }>([
    { name: 'a tie', a: [s('t', 70)], b: [s('t', 70)], higherIsBetter: true, text: 'Tied at 70' },
    { name: 'lower is better', a: [s('t', 10)], b: [s('t', 12.5)], higherIsBetter: true, text: 'B ahead by 2.5' },
    {
      name: 'lower is better, flipped',
      a: [s('t', 10)],
      b: [s('t', 12.5)],
      higherIsBetter: false,
      text: 'A ahead by 2.5',
    },
    {
      name: 'a float difference reads cleanly',
      a: [s('t', 81.8)],
      b: [s('t', 79.1)],
      higherIsBetter: true,
      text: 'A ahead by 2.7',
    },
  ])('leader: $name', ({ a, b, higherIsBetter, text }) => {
    const models = [fixtureModel({ id: 'a', name: 'A', scores: a }), fixtureModel({ id: 'b', name: 'B', scores: b })];
    const [row] = buildBenchmarkRows(models, [{ id: 't', name: 'T', category: '', unit: '%', higherIsBetter }]);
    expect(row?.leader?.text).toBe(text);
  });

  it('shows an unlisted benchmark under its id', () => {
    const models = [fixtureModel({ id: 'a', name: 'A', scores: [s('mystery', 1)] })];
    expect(buildBenchmarkRows(models, [])[0]?.name).toBe('mystery');
  });

  it('filters to shared rows and collects the sources used', () => {
    expect(visibleBenchmarkRows(rows, true).map((r) => r.benchmarkId)).toEqual(['mmlu-pro']);
    expect(visibleBenchmarkRows(rows, false)).toHaveLength(3);
    expect(benchmarkSourceIds(rows).sort()).toEqual(['fixture', 'llm-leaderboard', 'vendor-docs']);
  });
});

describe('buildBenchmarkChart', () => {
  it('draws a shared benchmark with the picked values, and a text summary', () => {
    const rows = buildBenchmarkRows([alpha, beta], fixtureIndex.benchmarks);
    const chart = buildBenchmarkChart(rows, [alpha, beta]);
    expect(chart.chartedIds).toEqual(['mmlu-pro']);
    expect(chart.benchmarks[0]?.bars.map((b) => [b.label, b.value, b.index])).toEqual([
      ['Alpha 1', 84.5, 0],
      ['Beta 2', 81.8, 1],
    ]);
    expect(chart.caption).toEqual(['Scores on the benchmark both compared models have, best covered first.']);
    expect(chart.summary).toEqual(['MMLU-Pro: Alpha 1 84.5, Beta 2 81.8 (Alpha 1 ahead by 2.7).']);
  });

  it('says there is no chart when two models share no benchmark', () => {
    const lone = fixtureModel({ id: 'lone', name: 'Lone', scores: [s('swe-bench-verified', 50)] });
    const chart = buildBenchmarkChart(buildBenchmarkRows([alpha, lone], fixtureIndex.benchmarks), [alpha, lone]);
    expect(chart.benchmarks).toEqual([]);
    expect(chart.caption).toEqual(['The compared models share no benchmark yet.']);
  });

  it.each([
    [2, 2],
    [3, 2],
    [4, 2],
    [5, 3],
    [8, 4],
  ])('%d models chart benchmarks at least %d of them have', (n, least) => expect(minChartCoverage(n)).toBe(least));

  // Eight models, as a reader compares them: no benchmark has all eight, several have most.
  const ids = ['b1', 'b2', 'b3', 'b4'];
  const eight = Array.from({ length: 8 }, (_, i) =>
    fixtureModel({
      id: `m${i}`,
      name: `M${i}`,
      // b1: models 0-5; b2: 0-3; b3: 0-2; b4: 7 only. M6 has no score on a charted benchmark.
      scores: [
        ...(i <= 5 ? [s('b1', 50 + i)] : []),
        ...(i <= 3 ? [s('b2', 60 + i)] : []),
        ...(i <= 2 ? [s('b3', 70 + i)] : []),
        ...(i === 7 ? [s('b4', 10)] : []),
      ],
    }),
  );
  const listed = ids.map((id) => ({ id, name: id.toUpperCase(), category: '', unit: '%', higherIsBetter: true }));
  const eightRows = buildBenchmarkRows(eight, listed);
  const eightChart = buildBenchmarkChart(eightRows, eight);

  it('charts the benchmarks most of eight models have, best covered first, and every model on each', () => {
    expect(eightRows.map((r) => [r.benchmarkId, r.coverage])).toEqual([
      ['b1', 6],
      ['b2', 4],
      ['b3', 3],
      ['b4', 1],
    ]);
    expect(eightChart.chartedIds).toEqual(['b1', 'b2']);
    for (const b of eightChart.benchmarks) expect(b.bars.map((bar) => bar.modelId)).toEqual(eight.map((m) => m.id));
  });

  it('leaves a gap, never a zero, where a model has no score, and names it on the axis', () => {
    const b2 = eightChart.benchmarks[1];
    expect(b2?.bars.map((b) => b.value)).toEqual([60, 61, 62, 63, null, null, null, null]);
    expect(b2?.bars[4]).toMatchObject({ label: 'M4 (no score)', text: 'no score' });
    expect(b2?.coverage).toBe(4);
    expect(eightChart.summary[1]).toBe(
      'B2: M0 60, M1 61, M2 62, M3 63, M4 no score, M5 no score, M6 no score, M7 no score (M3 ahead by 1).',
    );
  });

  it('says which models have no bar at all, and what the chart covers', () => {
    expect(eightChart.caption).toEqual([
      'Scores on the 2 benchmarks at least 4 of the 8 compared models have, best covered first. A model without a score has no bar and reads “no score”.',
      'M6 and M7 have no score on any charted benchmark.',
    ]);
  });

  it('explains an empty chart for many models', () => {
    const sparse = eight.map((m, i) => ({ ...m, scores: i < 3 ? [s('b1', 50)] : [] }));
    const chart = buildBenchmarkChart(buildBenchmarkRows(sparse, listed), sparse);
    expect(chart.benchmarks).toEqual([]);
    expect(chart.caption).toEqual([
      'No benchmark has scores for at least 4 of the 8 compared models yet, so there is no chart; the table lists every score.',
    ]);
  });

  it(`draws at most ${MAX_CHARTED_BENCHMARKS} benchmarks and says how many more the table has`, () => {
    const many = Array.from({ length: MAX_CHARTED_BENCHMARKS + 3 }, (_, i) => `x${String(i).padStart(2, '0')}`);
    const models = [alpha, beta].map((m) => ({ ...m, scores: many.map((id) => s(id, 40)) }));
    const chart = buildBenchmarkChart(buildBenchmarkRows(models, []), models);
    expect(chart.chartedIds).toEqual(many.slice(0, MAX_CHARTED_BENCHMARKS));
    expect(chart.caption[0]).toBe(
      `Scores on the ${MAX_CHARTED_BENCHMARKS} best covered of the ${many.length} benchmarks both compared models have; the table lists every one.`,
    );
  });

  it('runs the score axis to 100, or past it for a larger score', () => {
    expect(eightChart.benchmarks[0]?.axisMax).toBe(100);
    const big = [alpha, beta].map((m) => ({ ...m, scores: [s('elo', 1234.5)] }));
    expect(buildBenchmarkChart(buildBenchmarkRows(big, []), big).benchmarks[0]?.axisMax).toBe(1235);
  });
});

describe('tableStartsOpen', () => {
  it('opens a table of up to LONG_TABLE_ROWS rows and folds a longer one', () => {
    expect(tableStartsOpen(LONG_TABLE_ROWS)).toBe(true);
    expect(tableStartsOpen(LONG_TABLE_ROWS + 1)).toBe(false);
  });
});
