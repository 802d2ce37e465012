/**
 * The price-versus-score Pareto frontier: the models nothing else beats on both price and score.
 * x is a price (lower is better), y a score (higher is better); units do not matter here.
 */

export interface ParetoPoint {
  id: string;
  x: number;
  y: number;
}

/** `a` dominates `b` when it is no dearer and no worse, and strictly better on one of the two. */
export function dominates(a: ParetoPoint, b: ParetoPoint): boolean {
  return a.x <= b.x && a.y >= b.y && (a.x < b.x || a.y > b.y);
}

/**
 * The non-dominated points, ordered by rising price (and so rising score), ready to draw as a
 * line. Points with non-finite coordinates are ignored. Identical points are all kept, as
 * neither dominates the other. O(n log n): sweep by price, keep each point that beats the best
 * score seen so far.
 */
export function paretoFrontier<P extends ParetoPoint>(points: readonly P[]): P[] {
  const sorted = points
    .filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y))
    .sort((a, b) => a.x - b.x || b.y - a.y);
  const frontier: P[] = [];
  for (const point of sorted) {
    const last = frontier[frontier.length - 1];
    if (!last || point.y > last.y || (point.y === last.y && point.x === last.x)) frontier.push(point);
  }
  return frontier;
}
