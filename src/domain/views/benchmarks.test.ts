import { describe, expect, it } from 'vitest';
import { fixtureIndex, fixtureModel, fixtureModels } from '../../mocks/fixture-catalog';
import { buildBenchmarkChart } from './benchmark-chart';
import { benchmarkSourceIds, buildBenchmarkRows, visibleBenchmarkRows } from './benchmarks';
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
  it('has one entry per shared benchmark with the picked values under safe keys, and a text summary', () => {
    const rows = buildBenchmarkRows([alpha, beta], fixtureIndex.benchmarks);
    const chart = buildBenchmarkChart(rows, [alpha, beta]);
    expect(chart.series.map((x) => x.key)).toEqual(['m0', 'm1']);
    expect(chart.rows).toEqual([{ benchmark: 'MMLU-Pro', m0: 84.5, m1: 81.8 }]);
    expect(chart.summary).toEqual(['MMLU-Pro: Alpha 1 84.5, Beta 2 81.8 (Alpha 1 ahead by 2.7).']);
  });
});
