import { describe, expect, it } from 'vitest';
import { fixtureIndex, fixtureModel, fixtureModels, fixtureRoute } from '../../mocks/fixture-catalog';
import { buildBenchmarkRows } from './benchmarks';
import { buildTradeoffs } from './tradeoffs';
import type { Model } from '../types';

const [alpha, beta, gamma] = fixtureModels as [Model, Model, Model];
const tradeoffs = (models: Model[]) =>
  buildTradeoffs({
    models,
    summaries: fixtureIndex.models,
    benchmarkRows: buildBenchmarkRows(models, fixtureIndex.benchmarks),
  });

describe('buildTradeoffs for two models', () => {
  const [a, b] = tradeoffs([alpha, beta]);

  it('gives each model the reasons the data supports, in the reference pages’ manner', () => {
    expect(a?.reasons).toEqual([
      'Alpha 1 leads on MMLU-Pro by 2.7 points.',
      'Alpha 1 has the cheaper output price per 1M tokens ($2 vs $8).',
      'Alpha 1 alone has reasoning.',
      'Alpha 1 is open-weight under Modified MIT.',
      'The catalog tags Alpha 1 for coding and agents.',
    ]);
    expect(b?.reasons).toEqual([
      'Beta 2 has the larger context window (1.05M vs 256K).',
      'The catalog tags Beta 2 for rag.',
    ]);
  });

  it('does not claim a capability is unique when the other model’s support is unknown', () => {
    const withUnknown = fixtureModel({ id: 'u', name: 'U', capabilities: {} });
    const [x] = tradeoffs([alpha, withUnknown]);
    expect(x?.reasons.join(' ')).not.toMatch(/alone has/);
  });
});

describe('buildTradeoffs: sentences', () => {
  const m = (over: Partial<Model> & { id: string }) => fixtureModel({ name: over.id.toUpperCase(), ...over });

  it.each<{ name: string; models: Model[]; expected: string }>([
    {
      name: 'a context window unknown for one of three',
      models: [
        m({ id: 'a', contextWindow: { value: 1e6, source: 's' } }),
        m({ id: 'b', contextWindow: { value: 128000, source: 's' } }),
        m({ id: 'c' }),
      ],
      expected: 'A has the largest context window (1M; next 128K; unknown for C).',
    },
    {
      name: 'more pay-as-you-go routes',
      models: [
        m({
          id: 'a',
          routes: [fixtureRoute({ providerId: 'p', prices: {} }), fixtureRoute({ providerId: 'q', prices: {} })],
        }),
        m({ id: 'b' }),
      ],
      expected: 'A has more pay-as-you-go provider routes (2 vs 0), for fallback and procurement.',
    },
    {
      name: 'open weights without a stated license',
      models: [m({ id: 'a', openWeights: { value: true, source: 's' } }), m({ id: 'b' })],
      expected: 'A is open-weight (license not stated).',
    },
  ])('$name', ({ models, expected }) => expect(tradeoffs(models)[0]?.reasons).toContain(expected));

  it('names the three largest leads and sums up the rest in one sentence', () => {
    const ids = ['b1', 'b2', 'b3', 'b4', 'b5'];
    const score = (id: string, value: number) => ({ benchmarkId: id, value, selfReported: false, source: 's' });
    const a = m({ id: 'a', scores: ids.map((id, i) => score(id, 50 + i)) });
    const b = m({ id: 'b', scores: ids.map((id) => score(id, 50 - 1)) });
    const benchmarks = ids.map((id) => ({ id, name: id.toUpperCase(), category: '', unit: '%', higherIsBetter: true }));
    const [ta] = buildTradeoffs({
      models: [a, b],
      summaries: [],
      benchmarkRows: buildBenchmarkRows([a, b], benchmarks),
    });
    expect(ta?.reasons).toEqual([
      'A leads on B5 by 5 points.',
      'A leads on B4 by 4 points.',
      'A leads on B3 by 3 points.',
      'A also leads on B2 and B1.',
    ]);
  });

  it('makes no context claim on a tie', () => {
    const models = [
      m({ id: 'a', contextWindow: { value: 1, source: 's' } }),
      m({ id: 'b', contextWindow: { value: 1, source: 's' } }),
    ];
    expect(tradeoffs(models).flatMap((t) => t.reasons)).toEqual([]);
  });

  it('says when only one model has a price', () => {
    const [, , g] = tradeoffs([alpha, beta, gamma]);
    expect(g?.reasons).toContain('Gamma Small is open-weight under Apache 2.0.');
    const [a2] = tradeoffs([alpha, gamma]);
    expect(a2?.reasons).toContain('Alpha 1 has a tracked pay-as-you-go price; Gamma Small has none.');
  });
});
