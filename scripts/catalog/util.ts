/** Small pure helpers shared by the pipeline's steps. */

/** Upstream prices are floats such as 6e-7 per token; this keeps 0.6 from printing as 0.6000000000000001. */
export function cleanNumber(value: number): number {
  return Number(value.toPrecision(10));
}

/** USD per token to USD per 1M tokens. */
export const perMillion = (perToken: number): number => cleanNumber(perToken * 1e6);

export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
export const isString = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Deterministic string order independent of the machine's locale. */
export const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function sortedEntries<T>(record: Record<string, T>): [string, T][] {
  return Object.entries(record).sort(([a], [b]) => byString(a, b));
}

/** Drops keys whose value is undefined, recursively, so written JSON has no holes and stays stable. */
export function prune<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => prune(item)) as T;
  if (isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) if (item !== undefined) out[key] = prune(item);
    return out as T;
  }
  return value;
}

/** The most frequent value (by JSON form); ties go to the first in JSON string order, for stable output. */
export function modal<T>(values: readonly T[]): T | undefined {
  const counts = new Map<string, { value: T; count: number }>();
  for (const value of values) {
    if (value === undefined) continue;
    const key = JSON.stringify(value);
    const entry = counts.get(key);
    if (entry) entry.count += 1;
    else counts.set(key, { value, count: 1 });
  }
  let best: { key: string; value: T; count: number } | undefined;
  for (const [key, entry] of counts) {
    if (!best || entry.count > best.count || (entry.count === best.count && key < best.key)) best = { key, ...entry };
  }
  return best?.value;
}

/** A date string cut to YYYY, YYYY-MM or YYYY-MM-DD, or undefined when it is not a date. */
export function toDate(value: unknown): string | undefined {
  if (!isString(value)) return undefined;
  const match = /^(\d{4})(-\d{2})?(-\d{2})?/.exec(value.trim());
  return match ? match[0] : undefined;
}

export function uniqueSorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(byString);
}
