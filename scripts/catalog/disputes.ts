/**
 * Turns the claims sources make about one model fact into a Fact. Claims that agree give a
 * plain fact. Claims that disagree give a disputed fact: every claim is kept, and the value
 * is chosen by majority among the sources, ties going to the source with the higher
 * precedence: models.dev (a maintained dataset), then the curated pages (captured pages of
 * uneven quality, some contradicting every other source), then litellm, then llm-leaderboard.
 * Dates agree when one is a prefix of the other ("2026-01" and "2026-01-27"); the more
 * precise one is then used. Token counts agree when one is the other's "K" reading: a page's
 * "256K" (256,000) and an API's exact 262,144 (256 x 1,024) are the same limit; the exact
 * figure is then used; likewise a figure written with fewer digits ("1.05M" for 1,047,576).
 * Sources of one publisher (two pages of one site) count once in the majority.
 */
import type { Claim, Fact } from '../../src/domain/types';
import { byString } from './util';

export const DISPUTE_RULE =
  'Sources disagree: the value most sources state is used; on a tie, models.dev beats the curated pages, which beat litellm, which beats llm-leaderboard.';

/** Curated sources (any id not an upstream dataset) rank after models.dev, in the order they were given. */
const RANK: Record<string, number> = { 'models.dev': 0, litellm: 2, 'llm-leaderboard': 3 };
const precedence = (source: string): number => RANK[source] ?? 1;

const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}(-\d{2}){0,2}$/.test(v);

function canonical(value: unknown): string {
  if (Array.isArray(value)) return JSON.stringify([...value].map(String).sort());
  if (typeof value === 'string') return value.trim().toLowerCase();
  return JSON.stringify(value);
}

/** `round` is a whole number of thousands whose binary reading is `exact`. */
const binaryReading = (round: number, exact: number): boolean =>
  round > 0 && round % 1000 === 0 && exact === (round / 1000) * 1024;

/** `round` is `exact` written with fewer digits: "1.05M" (1,050,000) for 1,047,576. At least two digits must remain. */
function roundedReading(round: number, exact: number): boolean {
  if (round <= 0 || round % 1000 !== 0 || round === exact) return false;
  const digits = String(round).replace(/0+$/, '').length;
  return digits >= 2 && Number(exact.toPrecision(digits)) === round;
}

const readingOf = (round: number, exact: number): boolean =>
  binaryReading(round, exact) || roundedReading(round, exact);

function agree(a: unknown, b: unknown): boolean {
  if (isDate(a) && isDate(b)) return a.startsWith(b) || b.startsWith(a);
  if (typeof a === 'number' && typeof b === 'number') return a === b || readingOf(a, b) || readingOf(b, a);
  return canonical(a) === canonical(b);
}

/** Among agreeing claims: the most precise date, else an exact count over its rounded reading, else the first. */
function morePrecise(current: unknown, candidate: unknown): boolean {
  if (isDate(candidate) && isDate(current)) return candidate.length > current.length;
  if (typeof candidate === 'number' && typeof current === 'number') return readingOf(current, candidate);
  return false;
}

/** Builds the fact, or undefined when no source states a value. `publisherOf` maps a source id to its publisher. */
export function resolveFact<T>(
  claims: readonly Claim<T>[],
  publisherOf: (source: string) => string = (s) => s,
): Fact<T> | undefined {
  const list = claims.filter((c) => c.value !== undefined && c.value !== null);
  if (list.length === 0) return undefined;
  // Group agreeing claims; each group's weight is its number of distinct publishers.
  const groups: { claims: Claim<T>[]; sources: Set<string> }[] = [];
  for (const claim of list) {
    const group = groups.find((g) => g.claims.every((c) => agree(c.value, claim.value)));
    if (group) {
      group.claims.push(claim);
      group.sources.add(publisherOf(claim.source));
    } else groups.push({ claims: [claim], sources: new Set([publisherOf(claim.source)]) });
  }
  const best = (g: (typeof groups)[number]) => Math.min(...g.claims.map((c) => precedence(c.source)));
  groups.sort((a, b) => b.sources.size - a.sources.size || best(a) - best(b));
  const winner = groups[0];
  if (!winner) return undefined;
  const ordered = [...winner.claims].sort((a, b) => precedence(a.source) - precedence(b.source));
  const chosen = ordered.reduce((acc, c) => (morePrecise(acc.value, c.value) ? c : acc));
  if (groups.length === 1) return { value: chosen.value, source: chosen.source };
  const all = [...list].sort((a, b) => precedence(a.source) - precedence(b.source) || byString(a.source, b.source));
  return { value: chosen.value, source: chosen.source, claims: dedupe(all), rule: DISPUTE_RULE };
}

function dedupe<T>(claims: Claim<T>[]): Claim<T>[] {
  const seen = new Set<string>();
  return claims.filter((c) => {
    const key = `${c.source}|${canonical(c.value)}|${c.note ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export const isDisputed = (fact: Fact<unknown> | undefined): boolean => !!fact?.claims && fact.claims.length > 1;
