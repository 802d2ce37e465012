import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_MODELS } from '../comparison';
import { addFromScatter, buildPriceScoreScatter, logPriceTicks, scatterBenchmarks } from './price-score-scatter';
import type { Benchmark, ModelSummary } from '../types';

const bench: Benchmark = { id: 'mmlu', name: 'MMLU', category: '', unit: '%', higherIsBetter: true };
const summary = (id: string, price: [number, number] | undefined, scores: Record<string, number>): ModelSummary => ({
  id,
  name: id.toUpperCase(),
  creatorId: 'c',
  creatorName: 'C',
  aliases: [],
  capabilities: [],
  routeCount: 1,
  scores,
  ...(price ? { cheapest: { input: price[0], output: price[1], providerId: 'p' } } : {}),
});

/** Three input tokens to one output token: the blended price is (3 × input + output) / 4. */
const THREE_TO_ONE = { inputTokens: 3, outputTokens: 1, reasoningTokens: 0 };

describe('buildPriceScoreScatter', () => {
  const summaries = [
    summary('a', [0.44, 2], { mmlu: 80 }),
    summary('b', [2, 8], { mmlu: 85 }),
    summary('c', [3, 12], { mmlu: 82 }),
    summary('d', undefined, { mmlu: 90 }),
    summary('e', [1, 1], {}),
  ];
  const scatter = buildPriceScoreScatter(summaries, bench, ['a', 'd', 'e'], THREE_TO_ONE);

  it('plots every priced and scored model, highlighting the chosen', () => {
    expect(scatter.points.map((p) => [p.id, Number(p.x.toFixed(4)), p.y, p.chosen, p.onFrontier])).toEqual([
      ['a', 0.83, 80, true, true],
      ['b', 3.5, 85, false, true],
      ['c', 5.25, 82, false, false],
    ]);
    expect(scatter.points[0]?.text).toBe('A: $0.83 per 1M, 80');
    expect(scatter.points[1]?.detail).toBe('$3.50 per 1M, MMLU 85');
  });

  it('draws the frontier by rising price', () => expect(scatter.frontier.map((p) => p.id)).toEqual(['a', 'b']));

  it('says why a chosen model is not plotted', () => {
    expect(scatter.missing).toEqual([
      { id: 'd', name: 'D', reason: 'no pay-as-you-go price' },
      { id: 'e', name: 'E', reason: 'no MMLU score' },
    ]);
  });

  it('uses a log price axis only when every price is above zero', () => {
    expect(scatter.logPrice).toBe(true);
    expect(buildPriceScoreScatter([summary('z', [0, 0], { mmlu: 1 })], bench, [], THREE_TO_ONE).logPrice).toBe(false);
  });

  it("prices each model at the user's token mix, as the cost table's blended price does", () => {
    const b = summary('b', [2, 8], { mmlu: 85 });
    const atDefault = buildPriceScoreScatter([b], bench, [], {
      inputTokens: 800,
      outputTokens: 250,
      reasoningTokens: 0,
    });
    expect(atDefault.points[0]?.text).toBe('B: $3.43 per 1M, 85');
    const outputHeavy = buildPriceScoreScatter([b], bench, [], {
      inputTokens: 100,
      outputTokens: 300,
      reasoningTokens: 0,
    });
    expect(outputHeavy.points[0]?.x).toBeCloseTo((100 * 2 + 300 * 8) / 400, 12);
  });

  it('leaves out every point, and says why, for traffic without tokens', () => {
    const none = buildPriceScoreScatter(summaries, bench, ['a'], {
      inputTokens: 0,
      outputTokens: 0,
      reasoningTokens: 0,
    });
    expect(none.points).toEqual([]);
    expect(none.missing).toContainEqual({ id: 'a', name: 'A', reason: 'no tokens in the traffic to price' });
  });

  it('flips the frontier for a lower-is-better benchmark', () => {
    const errors = { ...bench, higherIsBetter: false };
    const s = buildPriceScoreScatter(
      [summary('a', [1, 1], { mmlu: 10 }), summary('b', [2, 2], { mmlu: 5 }), summary('c', [3, 3], { mmlu: 7 })],
      errors,
      [],
      THREE_TO_ONE,
    );
    expect(s.frontier.map((p) => p.id)).toEqual(['a', 'b']);
  });
});

describe('logPriceTicks', () => {
  it.each<[number[], number[]]>([
    [[], []],
    [[0], []],
    [
      [0.83, 3.5, 5.25],
      [0.5, 1, 2, 5, 10],
    ],
    [[1], [1]],
    [
      [0.03, 0.3],
      [0.02, 0.05, 0.1, 0.2, 0.5],
    ],
  ])('%j -> %j', (prices, expected) => expect(logPriceTicks(prices)).toEqual(expected));
});

describe('scatterBenchmarks', () => {
  it('keeps benchmarks with two or more plottable models, most covered first', () => {
    const other: Benchmark = { ...bench, id: 'gpqa', name: 'GPQA' };
    const rare: Benchmark = { ...bench, id: 'rare', name: 'Rare' };
    const summaries = [
      summary('a', [1, 1], { mmlu: 1, gpqa: 1, rare: 1 }),
      summary('b', [1, 1], { mmlu: 1, gpqa: 1 }),
      summary('c', [1, 1], { gpqa: 1 }),
    ];
    expect(scatterBenchmarks(summaries, [bench, other, rare]).map((b) => b.id)).toEqual(['gpqa', 'mmlu']);
  });

  it('counts only priced models, and breaks ties by name', () => {
    const other: Benchmark = { ...bench, id: 'gpqa', name: 'GPQA' };
    const summaries = [
      summary('a', [1, 1], { mmlu: 1, gpqa: 1 }),
      summary('b', [1, 1], { mmlu: 1 }),
      summary('c', undefined, { gpqa: 1 }),
      summary('d', [1, 1], { gpqa: 1 }),
    ];
    expect(scatterBenchmarks(summaries, [bench, other]).map((b) => b.id)).toEqual(['gpqa', 'mmlu']);
    expect(scatterBenchmarks(summaries.slice(0, 3), [bench, other]).map((b) => b.id)).toEqual(['mmlu']);
  });

  it('matches counting each benchmark over the whole catalog', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const benchmarks = ids.map((id) => ({ ...bench, id, name: `Bench ${id}` }));
    const model = fc.record({
      priced: fc.boolean(),
      scored: fc.subarray(ids),
    });
    fc.assert(
      fc.property(fc.array(model, { maxLength: 12 }), (drawn) => {
        const summaries = drawn.map((m, i) =>
          summary(`m${i}`, m.priced ? [1, 1] : undefined, Object.fromEntries(m.scored.map((id) => [id, 50]))),
        );
        const count = (id: string) => summaries.filter((m) => m.cheapest && m.scores[id] !== undefined).length;
        const expected = benchmarks
          .filter((b) => count(b.id) >= 2)
          .sort((a, b) => count(b.id) - count(a.id) || a.name.localeCompare(b.name))
          .map((b) => b.id);
        expect(scatterBenchmarks(summaries, benchmarks).map((b) => b.id)).toEqual(expected);
      }),
    );
  });
});

describe('addFromScatter', () => {
  const model = { id: 'new', name: 'New' };

  it('adds a model that is not compared yet', () =>
    expect(addFromScatter(['a', 'b'], model)).toEqual({ add: true, message: 'New added to the comparison.' }));

  it('does not add a compared model twice', () =>
    expect(addFromScatter(['a', 'new'], model)).toEqual({ add: false, message: 'New is already compared.' }));

  it('refuses past the cap and says how to make room', () => {
    const full = Array.from({ length: MAX_MODELS }, (_, i) => `m${i}`);
    expect(addFromScatter(full, model)).toEqual({
      add: false,
      message: `The comparison holds at most ${MAX_MODELS} models: remove one to add New.`,
    });
    expect(addFromScatter(full.slice(1), model).add).toBe(true);
  });
});
