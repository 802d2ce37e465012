import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dominates, paretoFrontier, type ParetoPoint } from './pareto';

const p = (id: string, x: number, y: number): ParetoPoint => ({ id, x, y });
const ids = (points: ParetoPoint[]) => points.map((q) => q.id);

describe('paretoFrontier: cases', () => {
  it.each<{ name: string; points: ParetoPoint[]; expected: string[] }>([
    { name: 'empty', points: [], expected: [] },
    { name: 'one point', points: [p('a', 1, 1)], expected: ['a'] },
    { name: 'cheaper and better dominates', points: [p('a', 1, 90), p('b', 2, 80)], expected: ['a'] },
    { name: 'a trade-off keeps both, by price', points: [p('b', 2, 90), p('a', 1, 80)], expected: ['a', 'b'] },
    { name: 'same price, lower score is dominated', points: [p('a', 1, 80), p('b', 1, 90)], expected: ['b'] },
    { name: 'same score, dearer is dominated', points: [p('a', 1, 80), p('b', 2, 80)], expected: ['a'] },
    { name: 'identical points are both kept', points: [p('a', 1, 80), p('b', 1, 80)], expected: ['a', 'b'] },
    {
      name: 'non-finite points are ignored',
      points: [p('a', Number.NaN, 99), p('b', 1, Infinity), p('c', 2, 1)],
      expected: ['c'],
    },
    {
      name: 'a staircase',
      points: [p('a', 0.5, 60), p('b', 1, 75), p('c', 1.5, 70), p('d', 3, 85), p('e', 4, 84)],
      expected: ['a', 'b', 'd'],
    },
  ])('$name', ({ points, expected }) => expect(ids(paretoFrontier(points))).toEqual(expected));
});

const point = fc.record({
  id: fc.uuid(),
  // Small integer grids make ties and duplicates common, where frontier code tends to break.
  x: fc.integer({ min: 0, max: 20 }),
  y: fc.integer({ min: 0, max: 20 }),
});

describe('paretoFrontier: properties', () => {
  it('no frontier point is dominated by any point', () => {
    fc.assert(
      fc.property(fc.array(point, { maxLength: 60 }), (points) => {
        const frontier = paretoFrontier(points);
        return frontier.every((f) => !points.some((q) => dominates(q, f)));
      }),
    );
  });

  it('every point off the frontier is dominated by a frontier point', () => {
    fc.assert(
      fc.property(fc.array(point, { maxLength: 60 }), (points) => {
        const frontier = paretoFrontier(points);
        const on = new Set(frontier);
        return points.filter((q) => !on.has(q)).every((q) => frontier.some((f) => dominates(f, q)));
      }),
    );
  });

  it('is ordered by rising price and rising score, and does not depend on input order', () => {
    fc.assert(
      fc.property(fc.array(point, { maxLength: 40 }), (points) => {
        const frontier = paretoFrontier(points);
        const sorted = frontier.every(
          (f, i) => i === 0 || (f.x >= (frontier[i - 1]?.x ?? 0) && f.y >= (frontier[i - 1]?.y ?? 0)),
        );
        const reversed = new Set(paretoFrontier([...points].reverse()));
        return sorted && frontier.length === reversed.size && frontier.every((f) => reversed.has(f));
      }),
    );
  });
});
