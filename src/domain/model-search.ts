/**
 * Search over model summaries for the picker. People type model names loosely ("kimi 2.5",
 * "gpt4.1", "opus 4.6"), so matching ignores case, punctuation and the spaces or hyphens
 * between a name's parts; every word of the query must match somewhere in the model's name,
 * creator or aliases. Haystacks are prepared once per catalog so a keystroke only scans strings.
 */
import type { ModelSummary } from './types';

export interface SearchEntry {
  model: ModelSummary;
  /** Normalized name, e.g. "kimi k2.5". */
  name: string;
  /** Name without separators, e.g. "kimik2.5". */
  compactName: string;
  /** Name, creator and aliases, normalized and compacted, joined by "|". */
  all: string;
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
  return models.map((model) => {
    const name = normalize(model.name);
    const parts = [model.name, model.id, model.creatorName, ...model.aliases].map(normalize);
    return {
      model,
      name,
      compactName: compact(name),
      all: [...parts, ...parts.map(compact)].join('|'),
    };
  });
}

function rank(entry: SearchEntry, query: string, compactQuery: string, words: string[]): number | undefined {
  if (!words.every((word) => entry.all.includes(word))) {
    // "gpt4.1" has one word but the name has two parts: try the query without separators.
    if (!entry.all.includes(compactQuery)) return undefined;
  }
  let score = 0;
  if (entry.name === query || entry.compactName === compactQuery) score += 1000;
  else if (entry.name.startsWith(query) || entry.compactName.startsWith(compactQuery)) score += 500;
  else if (entry.compactName.includes(compactQuery)) score += 250;
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
  const words = normalized.split(' ');
  const compactQuery = compact(normalized);
  // Keeps only the best `limit` hits, in order, as they come: a one-letter query matches most
  // of a large catalog, and sorting every hit would cost a frame at 20,000 models.
  const best: Hit[] = [];
  for (const entry of entries) {
    const score = rank(entry, normalized, compactQuery, words);
    if (score === undefined) continue;
    const hit = { entry, score };
    if (best.length === limit && compareHits(hit, best[limit - 1]!) >= 0) continue;
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
  return best.map((hit) => hit.entry.model);
}

interface Hit {
  entry: SearchEntry;
  score: number;
}

/** Best first; equal hits keep the entries' order (later ones go after), as a stable sort would. */
const compareHits = (a: Hit, b: Hit) => b.score - a.score || byName(a.entry, b.entry);
