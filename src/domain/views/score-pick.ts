/** Which of a model's several scores on one benchmark stands for the model in charts and leads. */
import type { Score } from '../types';

/** Shown beside the chart so readers know which score was plotted. */
export const SCORE_PICK_RULE =
  'Where a model has several scores for one benchmark, the chart uses an independent score over a self-reported one, then the newest, then the best.';

/**
 * Orders scores best-first under SCORE_PICK_RULE. Independent measurements beat a lab's own
 * claim because they share one harness across models; newer beats older because harnesses and
 * model snapshots change; the best value breaks the last tie so a model is not understated.
 * Scores without a date count as the oldest.
 */
export function compareScores(a: Score, b: Score, higherIsBetter = true): number {
  if (a.selfReported !== b.selfReported) return a.selfReported ? 1 : -1;
  const dateA = a.date ?? '';
  const dateB = b.date ?? '';
  if (dateA !== dateB) return dateA < dateB ? 1 : -1;
  return higherIsBetter ? b.value - a.value : a.value - b.value;
}

export function pickScore(scores: readonly Score[], higherIsBetter = true): Score | undefined {
  return [...scores].sort((a, b) => compareScores(a, b, higherIsBetter))[0];
}
