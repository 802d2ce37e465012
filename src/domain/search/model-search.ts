/**
 * Search over model summaries for the picker. People type model names loosely ("kimi 2.5",
 * "gpt4.1", "opus 4.6"), so matching ignores case, punctuation and the spaces or hyphens
 * between a name's parts; every word of the query must match somewhere in the model's name,
 * creator or aliases. Haystacks are made once per model, on the first search, so a keystroke only scans strings.
 */
import type { ModelSummary } from '../types';

export interface SearchEntry {
  model: ModelSummary;
  /** Normalized name, e.g. "kimi k2.5". */
  name: string;
  /**
   * The strings a query is matched against, made on the first search that reaches this entry:
   * the page opens with every picker's entries but no query, and making them for a thousand-odd
   * models up front would hold up the first view.
   */
  haystack?: Haystack;
}

interface Haystack {
  /** Name without separators, e.g. "kimik2.5". */
  compactName: string;
  /** Name, id, creator and aliases, normalized and compacted, joined by "|". */
  all: string;
  /** The id and aliases compacted: an exact one is the model asked for (`claude-opus-41`, an id a catalog retired). */
  exact: ReadonlySet<string>;
}

/** Lowercases and turns every run of characters other than letters, digits and dots into one space. */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, ' ')
    .trim();
}

const compact = (normalized: string) => normalized.replace(/ /g, '');

/** Normalized names hold only a-z, digits, dots and spaces, so code-point order is the alphabetical one, and cheaper. */
const byName = (a: SearchEntry, b: SearchEntry) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** The most widely served models first: the order of an empty query. */
const byReach = (a: SearchEntry, b: SearchEntry) => b.model.routeCount - a.model.routeCount || byName(a, b);

/**
 * Entries ready for searchModels, most widely served first, so an empty query (every combobox
 * on mount, "Add model") takes the first few rather than sorting the catalog each time.
 */
export function prepareSearch(models: readonly ModelSummary[]): SearchEntry[] {
  return prepareEntries(models).sort(byReach);
}

function prepareEntries(models: readonly ModelSummary[]): SearchEntry[] {
  return models.map((model) => ({ model, name: normalize(model.name) }));
}

function haystackOf(entry: SearchEntry): Haystack {
  if (entry.haystack) return entry.haystack;
  const { model } = entry;
  const parts = [entry.name, ...[model.id, model.creatorName, ...model.aliases].map(normalize)];
  const exact = new Set([model.id, ...model.aliases].map((id) => compact(normalize(id))));
  entry.haystack = { compactName: compact(entry.name), all: [...parts, ...parts.map(compact)].join('|'), exact };
  return entry.haystack;
}

function rank(entry: SearchEntry, query: string, compactQuery: string, words: string[]): number | undefined {
  const { all, compactName, exact } = haystackOf(entry);
  if (!words.every((word) => all.includes(word))) {
    // "gpt4.1" has one word but the name has two parts: try the query without separators.
    if (!all.includes(compactQuery)) return undefined;
  }
  let score = 0;
  // An id is the most exact thing one can type: it goes before a name that reads the same.
  if (exact.has(compactQuery)) score += 1100;
  else if (entry.name === query || compactName === compactQuery) score += 1000;
  else if (entry.name.startsWith(query) || compactName.startsWith(compactQuery)) score += 500;
  else if (compactName.includes(compactQuery)) score += 250;
  else if (words.every((word) => entry.name.includes(word))) score += 100;
  // Shorter names are closer to what was typed ("gpt-4.1" before "gpt-4.1-mini").
  score -= entry.name.length;
  // Widely served models are the likelier intent among equals.
  score += Math.min(entry.model.routeCount, 50) / 10;
  return score;
}

/**
 * Models matching `query`, best first, at most `limit`. An empty query lists the most widely
 * served models first. `entries` come from prepareSearch (a filtered copy keeps its order).
 */
export function searchModels(entries: readonly SearchEntry[], query: string, limit = 50): ModelSummary[] {
  const normalized = normalize(query);
  if (!normalized) return entries.slice(0, limit).map((e) => e.model);
  return searchIn(entries, normalized, limit).models;
}

/**
 * searchModels for one text field, typed into a key at a time. A query that extends the last
 * one can only match a subset of what the last one matched (every word, or the query without
 * separators, is then a longer string to find), so only those entries are scanned again: the
 * first letter scans the catalog, the following ones a shrinking part of it.
 */
export function createSearch(entries: readonly SearchEntry[]): (query: string, limit?: number) => ModelSummary[] {
  let last: { query: string; matches: readonly SearchEntry[] } | undefined;
  return (query, limit = 50) => {
    const normalized = normalize(query);
    if (!normalized) {
      last = undefined;
      return entries.slice(0, limit).map((e) => e.model);
    }
    const pool = last && normalized.startsWith(last.query) ? last.matches : entries;
    const { models, matches } = searchIn(pool, normalized, limit);
    last = { query: normalized, matches };
    return models;
  };
}

/** The best `limit` of `pool` for a normalized, non-empty query, and every entry it matches. */
function searchIn(pool: readonly SearchEntry[], normalized: string, limit: number) {
  const words = normalized.split(' ');
  const compactQuery = compact(normalized);
  const matches: SearchEntry[] = [];
  // Keeps only the best `limit` hits, in order, as they come: a one-letter query matches most
  // of a large catalog, and sorting every hit would cost a frame at 20,000 models.
  const best: Hit[] = [];
  for (const entry of pool) {
    const score = rank(entry, normalized, compactQuery, words);
    if (score === undefined) continue;
    matches.push(entry);
    const worst = best[limit - 1];
    // Most hits of a short query rank below the kept ones; they are dropped before any allocation.
    if (worst && (worst.score > score || (worst.score === score && byName(entry, worst.entry) >= 0))) continue;
    const hit = { entry, score };
    let low = 0;
    let high = best.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (compareHits(best[middle]!, hit) <= 0) low = middle + 1;
      else high = middle;
    }
    best.splice(low, 0, hit);
    if (best.length > limit) best.pop();
  }
  return { models: best.map((hit) => hit.entry.model), matches };
}

/** Haystacks made between two asks of `more()`: well under a millisecond of work. */
export const HAYSTACK_SLICE = 50;

/** Makes the haystacks of `entries` from `start` while `more()` holds; returns where it stopped. */
export function makeHaystacks(entries: readonly SearchEntry[], start: number, more: () => boolean): number {
  let at = start;
  while (at < entries.length && more()) {
    const end = Math.min(entries.length, at + HAYSTACK_SLICE);
    for (; at < end; at += 1) haystackOf(entries[at]!);
  }
  return at;
}

interface Hit {
  entry: SearchEntry;
  score: number;
}

/** Best first; equal hits keep the entries' order (later ones go after), as a stable sort would. */
const compareHits = (a: Hit, b: Hit) => b.score - a.score || byName(a.entry, b.entry);
