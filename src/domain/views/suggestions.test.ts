import { describe, expect, it } from 'vitest';
import { DEFAULT_TRAFFIC } from '../traffic/profile';
import type { Benchmark, ModelSummary } from '../types';
import { buildSuggestions } from './suggestions';

const summary = (over: Partial<ModelSummary> & Pick<ModelSummary, 'id' | 'creatorId'>): ModelSummary => ({
  name: over.id.toUpperCase(),
  creatorName: over.creatorId === 'lab' ? 'Lab' : 'Other',
  aliases: [],
  capabilities: [],
  routeCount: 3,
  releaseDate: '2026-01-01',
  scores: {},
  ...over,
});
const price = (input: number, output: number) => ({ input, output, providerId: 'p' });

const benchmarks: Benchmark[] = [
  { id: 'up', name: 'Up', category: 'c', unit: '%', higherIsBetter: true },
  { id: 'up2', name: 'Up 2', category: 'c', unit: '%', higherIsBetter: true },
  { id: 'down', name: 'Down', category: 'c', unit: '%', higherIsBetter: false },
];

const mine = summary({ id: 'mine', creatorId: 'lab', cheapest: price(2, 8), scores: { up: 50, up2: 50, down: 10 } });
const rival = summary({ id: 'rival', creatorId: 'other', cheapest: price(1, 1) });
// Request prices at the default traffic (800 in, 250 out): mine 3,600 µ$; below it 3,025, 1,000 and 200.
const nextCheaper = summary({ id: 'next-cheaper', creatorId: 'lab', cheapest: price(1.25, 8.1) });
const muchCheaper = summary({ id: 'much-cheaper', creatorId: 'lab', cheapest: price(0.5, 2.4) });
const tiny = summary({
  id: 'tiny',
  creatorId: 'lab',
  cheapest: price(0.1, 0.48),
  scores: { up: 40, up2: 60, down: 5 },
});
const stronger = summary({
  id: 'stronger',
  creatorId: 'lab',
  cheapest: price(5, 20),
  scores: { up: 60, up2: 55, down: 12 },
});
const strongest = summary({
  id: 'strongest',
  creatorId: 'lab',
  cheapest: price(10, 40),
  scores: { up: 70, up2: 70, down: 2 },
});

const run = (summaries: ModelSummary[], modelIds = ['mine', 'rival'], traffic = DEFAULT_TRAFFIC) =>
  buildSuggestions({ modelIds, summaries, benchmarks, traffic });

describe('buildSuggestions', () => {
  it('swaps a model for its lab’s next cheaper one at the traffic, keeping the comparison’s order', () => {
    const [first] = run([mine, rival, muchCheaper, nextCheaper]);
    expect(first).toEqual({
      modelIds: ['next-cheaper', 'rival'],
      title: 'NEXT-CHEAPER vs RIVAL',
      reason: "NEXT-CHEAPER is Lab's next cheaper model at your traffic",
    });
  });

  it('follows the traffic: with long outputs the ranking by request price changes', () => {
    // At 100 input and 10,000 output tokens, next-cheaper ($8.10 output) costs more than mine.
    const longOutput = { ...DEFAULT_TRAFFIC, inputTokens: 100, outputTokens: 10_000 };
    expect(run([mine, rival, muchCheaper, nextCheaper], ['mine', 'rival'], longOutput)[0]?.modelIds).toEqual([
      'much-cheaper',
      'rival',
    ]);
  });

  it('calls a model better when it leads on most shared benchmarks, minding lower-is-better ones, and picks the cheapest such', () => {
    const out = run([mine, rival, tiny, stronger, strongest]);
    // tiny is ahead only on up2 and down (2 of 3, a majority) and is the cheapest: it is both steps.
    expect(out.map((s) => s.modelIds[0])).toEqual(['tiny']);
    expect(out[0]?.reason).toBe("TINY is Lab's next cheaper model at your traffic");
    const noTiny = run([mine, rival, stronger, strongest]);
    // stronger leads on up and up2 but trails on the lower-is-better "down": 2 of 3, still a majority.
    expect(noTiny).toEqual([
      {
        modelIds: ['stronger', 'rival'],
        title: 'STRONGER vs RIVAL',
        reason: 'STRONGER beats MINE on 2 of 3 benchmarks both are scored on',
      },
    ]);
  });

  it('passes over one-provider, much older and unpriced models, and never repeats the current comparison', () => {
    const oneRoute = summary({ id: 'one-route', creatorId: 'lab', cheapest: price(1.5, 8), routeCount: 1 });
    const old = summary({ id: 'old', creatorId: 'lab', cheapest: price(1.5, 8), releaseDate: '2024-06-01' });
    const unpriced = summary({ id: 'unpriced', creatorId: 'lab', scores: { up: 90, up2: 90, down: 1 } });
    expect(run([mine, rival, oneRoute, old, unpriced])).toEqual([]);
  });

  it('caps the list', () => {
    const many = Array.from({ length: 8 }, (_, i) =>
      summary({ id: `m${i}`, creatorId: `lab${i}`, cheapest: price(1, 1) }),
    );
    const cheaper = many.map((m, i) => summary({ id: `c${i}`, creatorId: m.creatorId, cheapest: price(0.5, 0.5) }));
    const out = buildSuggestions({
      modelIds: many.map((m) => m.id),
      summaries: [...many, ...cheaper],
      benchmarks,
      traffic: DEFAULT_TRAFFIC,
      limit: 4,
    });
    expect(out).toHaveLength(4);
    expect(new Set(out.map((s) => s.modelIds.join())).size).toBe(4);
  });
});
