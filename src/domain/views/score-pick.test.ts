import { describe, expect, it } from 'vitest';
import { pickScore } from './score-pick';
import type { Score } from '../types';

const score = (over: Partial<Score>): Score => ({
  benchmarkId: 'b',
  value: 50,
  selfReported: false,
  source: 's',
  ...over,
});

describe('pickScore', () => {
  it.each<{ name: string; scores: Score[]; expected: number | undefined; higherIsBetter?: boolean }>([
    { name: 'nothing to pick', scores: [], expected: undefined },
    {
      name: 'independent over self-reported, even if lower',
      scores: [score({ value: 90, selfReported: true }), score({ value: 80 })],
      expected: 80,
    },
    {
      name: 'then the newest',
      scores: [score({ value: 90, date: '2025-01-01' }), score({ value: 70, date: '2026-01-01' })],
      expected: 70,
    },
    {
      name: 'an undated score counts as oldest',
      scores: [score({ value: 90 }), score({ value: 70, date: '2020-01-01' })],
      expected: 70,
    },
    {
      name: 'then the highest',
      scores: [score({ value: 60, date: '2026-01-01' }), score({ value: 70, date: '2026-01-01' })],
      expected: 70,
    },
    {
      name: 'then the lowest where lower is better',
      scores: [score({ value: 60 }), score({ value: 70 })],
      expected: 60,
      higherIsBetter: false,
    },
  ])('$name', ({ scores, expected, higherIsBetter }) =>
    expect(pickScore(scores, higherIsBetter)?.value).toBe(expected),
  );

  it('does not reorder its input', () => {
    const scores = [score({ value: 1, selfReported: true }), score({ value: 2 })];
    pickScore(scores);
    expect(scores.map((s) => s.value)).toEqual([1, 2]);
  });
});
