/**
 * Percentiles of Event Timing durations. Chromium reports an event only when it took at least
 * 16 ms (the API's lowest threshold), so a set of events is the reported durations plus a count
 * of unreported, faster ones; a percentile that falls among those is "under 16 ms".
 */
export const EVENT_TIMING_THRESHOLD_MS = 16;

export interface Durations {
  /** Events that happened, reported or not. */
  count: number;
  /** Durations of the reported events, each at least the threshold. */
  reported: readonly number[];
}

/** The q-th percentile (0 < q ≤ 1, nearest rank); undefined means under the threshold. */
export function percentile({ count, reported }: Durations, q: number): number | undefined {
  if (count === 0) throw new Error('No events were measured.');
  const fast = Math.max(count - reported.length, 0);
  const rank = Math.ceil(q * Math.max(count, reported.length));
  if (rank <= fast) return undefined;
  return [...reported].sort((a, b) => a - b)[rank - fast - 1];
}

/** The figure checked against a budget: a percentile under the threshold counts as just under it. */
export const budgetValue = (ms: number | undefined) => ms ?? EVENT_TIMING_THRESHOLD_MS - 1;

export const formatMs = (ms: number | undefined) =>
  ms === undefined ? `< ${EVENT_TIMING_THRESHOLD_MS} ms` : `${Math.round(ms)} ms`;
