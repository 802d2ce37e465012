/**
 * A lower-is-better benchmark through every view that ranks scores: FActScore and LongFact as
 * the catalog files them, hallucination rates, where the model with the lower figure leads.
 */
import { describe, expect, it } from 'vitest';
import { fixtureIndex, fixtureModel, fixtureModels } from '../../mocks/fixture-catalog';
import { buildBenchmarkChart } from './benchmark-chart';
import { buildBenchmarkRows } from './benchmarks';
import { bestScore } from '../export/common';
import { buildPriceScoreScatter } from './price-score-scatter';
import { buildScorecard } from './scorecard';
import { pickScore } from './score-pick';
import { buildTradeoffs } from './tradeoffs';
import type { Benchmark, Model, ModelSummary, Score } from '../types';

const factscore: Benchmark = {
  id: 'factscore',
  name: 'FActScore (hallucination rate)',
  category: 'knowledge',
  unit: '%',
  higherIsBetter: false,
};
const longfact: Benchmark = { ...factscore, id: 'longfact-objects', name: 'LongFact Objects (hallucination rate)' };
const benchmarks = [...fixtureIndex.benchmarks, factscore, longfact];

const score = (benchmarkId: string, value: number, over: Partial<Score> = {}): Score => ({
  benchmarkId,
  value,
  selfReported: true,
  source: 'fixture',
  date: '2025-08-07',
  ...over,
});

// Careful hallucinates on 1.0 % of claims, Loose on 3.4 %: Careful must lead, by 2.4 points.
const careful = fixtureModel({
  id: 'careful',
  name: 'Careful',
  scores: [score('factscore', 1.0), score('factscore', 1.8), score('longfact-objects', 0.8)],
});
const loose = fixtureModel({
  id: 'loose',
  name: 'Loose',
  scores: [score('factscore', 3.4), score('longfact-objects', 4.5)],
});
const models: Model[] = [loose, careful];
const rows = buildBenchmarkRows(models, benchmarks);
const row = (id: string) => rows.find((r) => r.benchmarkId === id);

describe('a lower-is-better benchmark', () => {
  it('picks each model’s lowest score of equal standing', () => {
    expect(
      pickScore(
        careful.scores.filter((s) => s.benchmarkId === 'factscore'),
        false,
      )?.value,
    ).toBe(1);
    expect(row('factscore')?.cells[1]?.scores.map((s) => [s.value, s.picked])).toEqual([
      [1, true],
      [1.8, false],
    ]);
    expect(bestScore(careful, factscore)?.value).toBe(1);
  });

  it('names the lower figure the leader, with the lead as the distance to the runner-up', () => {
    expect(row('factscore')?.leader).toEqual({
      modelId: 'careful',
      modelName: 'Careful',
      lead: 2.4,
      text: 'Careful ahead by 2.4',
    });
    expect(row('longfact-objects')?.leader?.modelId).toBe('careful');
    expect(row('factscore')?.higherIsBetter).toBe(false);
  });

  it('counts the leads in the scorecard and says which way they run in the trade-offs', () => {
    const scorecard = buildScorecard({ models, summaries: [], providers: [], benchmarkRows: rows });
    expect(scorecard.find((r) => r.id === 'shared-benchmarks')?.cells.map((c) => c.text)).toEqual([
      'Leads 0 of 2 shared',
      'Leads 2 of 2 shared',
    ]);
    const [forLoose, forCareful] = buildTradeoffs({ models, summaries: [], benchmarkRows: rows });
    expect(forLoose?.reasons.join(' ')).not.toMatch(/leads on/);
    expect(forCareful?.reasons).toEqual(
      expect.arrayContaining([
        'Careful leads on LongFact Objects (hallucination rate), lower by 3.7 points.',
        'Careful leads on FActScore (hallucination rate), lower by 2.4 points.',
      ]),
    );
  });

  it('labels its bars as lower-is-better in the chart and its text', () => {
    const chart = buildBenchmarkChart(rows, models);
    expect(chart.benchmarks.map((b) => b.title)).toEqual([
      'FActScore (hallucination rate), lower is better',
      'LongFact Objects (hallucination rate), lower is better',
    ]);
    // Careful's bar is its lowest rate of equal standing, 1.0, not its 1.8.
    expect(chart.benchmarks[0]?.bars.map((b) => b.value)).toEqual([3.4, 1]);
    expect(chart.summary[0]).toBe(
      'FActScore (hallucination rate), lower is better: Loose 3.4, Careful 1 (Careful ahead by 2.4).',
    );
  });

  it('puts the cheap low-error models on the Pareto frontier, not the cheap high-error ones', () => {
    const summary = (id: string, price: number, rate: number): ModelSummary => ({
      id,
      name: id,
      creatorId: 'lab',
      creatorName: 'Lab',
      aliases: [],
      capabilities: [],
      routeCount: 1,
      scores: { factscore: rate },
      cheapest: { input: price, output: price, providerId: 'p' },
    });
    const scatter = buildPriceScoreScatter(
      [
        summary('cheap-sloppy', 1, 9),
        summary('cheap-careful', 1, 2),
        summary('dear-best', 5, 1),
        summary('dear-worse', 6, 4),
      ],
      factscore,
      ['dear-worse'],
      { inputTokens: 800, outputTokens: 250, reasoningTokens: 0 },
    );
    expect(scatter.higherIsBetter).toBe(false);
    expect(scatter.frontier.map((p) => p.id)).toEqual(['cheap-careful', 'dear-best']);
    expect(scatter.points.find((p) => p.id === 'dear-worse')?.onFrontier).toBe(false);
  });

  it('leaves the fixture’s higher-is-better benchmarks as they were', () => {
    const fixtureRows = buildBenchmarkRows(fixtureModels.slice(0, 2), fixtureIndex.benchmarks);
    expect(fixtureRows[0]?.leader?.text).toBe('Alpha 1 ahead by 2.7');
    expect(buildBenchmarkChart(fixtureRows, fixtureModels.slice(0, 2)).benchmarks[0]?.title).toBe('MMLU-Pro');
  });
});
