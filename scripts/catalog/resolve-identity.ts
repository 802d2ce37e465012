/**
 * Entity resolution: which canonical model each offer and record belongs to. In order:
 * 1. the curated alias map (provider/id, id or upstream key);
 * 2. models.dev's `base_model`;
 * 3. the entry's normalized id (normalize-id.ts), where a dated snapshot folds into its
 *    date-less id when that is the only snapshot known, and a variant suffix (`-free`,
 *    `-thinking`, `-tee`…) is dropped only when the id without it is a model of its own and
 *    the id with it is not a model some source lists on its own (an anchor);
 * 4. a name match, for an id nothing else shares, when the name resolves to an anchor.
 */
import { matchKey, nameKey, parseId, SILENT_SUFFIXES, splitDate, splitVariantSuffix, toModelId } from './normalize-id';
import type { ModelRecord, Offer } from './types';
import { byString } from './util';

export type Entry = Offer | ModelRecord;
export const isOffer = (e: Entry): e is Offer => 'route' in e;

export interface Resolution {
  modelId: string;
  /** Serving variant found in the id (`thinking`, `tee`, `free`…). */
  variant?: string;
  quantization?: string;
  region?: string;
  how: 'alias' | 'base-model' | 'id' | 'name';
}

export interface IdentityResult {
  resolutions: Map<Entry, Resolution>;
  /** Entries whose id and base_model point at different anchored models: base_model won. */
  ambiguous: string[];
}

/** Lowercase lookups into the curated alias map. */
function aliasFor(entry: Entry, aliases: Record<string, string>): string | undefined {
  const keys = [entry.upstreamKey, ...entry.ids];
  if (isOffer(entry)) keys.unshift(`${entry.route.providerId}/${entry.route.providerModelId}`);
  for (const key of keys) {
    const hit = aliases[key.toLowerCase()];
    if (hit) return hit;
  }
  return undefined;
}

/** Labs that name models with a variant word: xAI's `grok-4-fast` is a model, not a mode of Grok 4. */
const KEEP_WHOLE = [/^grok.*-fast$/];
/** Open-weights names carry a size (`70b`, `e4b`, `22m`); only there is `-instruct` the default served weights. */
const SIZED = /\d+(\.\d+)?[bm](-|$)/;

class KeySpace {
  readonly known = new Set<string>();
  readonly anchors = new Set<string>();
  private readonly dates = new Map<string, Set<string>>();
  /** matchKey -> provider -> "input/output", to tell a date-less alias from a distinct snapshot. */
  private readonly prices = new Map<string, Set<string>>();

  add(key: string, anchor: boolean, offer?: Offer): void {
    const m = matchKey(key);
    this.known.add(m);
    if (anchor) this.anchors.add(m);
    // Only providers' per-token prices tell snapshots apart; unpriced and plan listings say
    // nothing, and the leaderboard files offers under its own model ids.
    if (!offer || offer.source === 'llm-leaderboard' || offer.route.billing !== 'payg') return;
    const { prices } = offer.route;
    if (prices.input === undefined || prices.output === undefined) return;
    const listed = this.prices.get(m) ?? new Set<string>();
    listed.add(
      `${offer.route.providerId}|${offer.route.region ?? ''}|${offer.route.prices.input}/${offer.route.prices.output}`,
    );
    this.prices.set(m, listed);
    const dated = splitDate(key);
    if (dated) {
      const base = matchKey(dated.base);
      const set = this.dates.get(base) ?? new Set<string>();
      set.add(m);
      this.dates.set(base, set);
    }
  }

  /**
   * A dated snapshot folds into its date-less id when that id exists and either it is the
   * only priced snapshot, or it has no price of its own, or a provider sells both at the same price while no other snapshot
   * shares that price (the date-less id is then an alias of this one snapshot). Snapshots
   * priced differently, or several at one price, stay models of their own.
   */
  private foldsDate(dated: string, base: string): boolean {
    if (!this.known.has(base)) return false;
    const siblings = [...(this.dates.get(base) ?? [])].filter((d) => d !== dated);
    if (siblings.length === 0) return true;
    const mine = this.prices.get(dated);
    if (!mine) return true;
    const theirs = this.prices.get(base);
    return [...mine].some((listing) => theirs?.has(listing) && !siblings.some((d) => this.prices.get(d)?.has(listing)));
  }

  /** Whether dropping suffixes from `key` reaches a known model. */
  private reaches(key: string, depth: number): boolean {
    if (this.known.has(key)) return true;
    const split = splitVariantSuffix(key);
    return depth > 0 && !!split && this.reaches(matchKey(split.base), depth - 1);
  }

  /** Follows the date and variant rules down to the key a model is filed under. */
  resolve(key: string): { key: string; variant?: string; quantization?: string } {
    let current = matchKey(key);
    let variant: string | undefined;
    let quantization: string | undefined;
    for (let guard = 0; guard < 6; guard += 1) {
      const dated = splitDate(current);
      if (dated && this.foldsDate(current, matchKey(dated.base))) {
        current = matchKey(dated.base);
        continue;
      }
      const split = splitVariantSuffix(current);
      if (split?.variant && KEEP_WHOLE.some((re) => re.test(current) && current.endsWith(`-${split.variant}`))) break;
      const silentWord =
        !!split && !split.variant && !split.quantization && SILENT_SUFFIXES.has(current.slice(split.base.length + 1));
      if (silentWord && !SIZED.test(split.base) && !current.endsWith('-latest')) break;
      if (this.anchors.has(current) && !silentWord) break;
      if (split && this.reaches(matchKey(split.base), 2)) {
        current = matchKey(split.base);
        variant = variant ?? split.variant;
        quantization = quantization ?? split.quantization;
        continue;
      }
      break;
    }
    return { key: current, variant, quantization };
  }
}

export function resolveIdentities(entries: readonly Entry[], aliases: Record<string, string>): IdentityResult {
  const space = new KeySpace();
  const parsed = new Map<Entry, ReturnType<typeof parseId>>();
  for (const entry of entries) {
    const p = parseId(entry.ids[0] ?? entry.upstreamKey);
    parsed.set(entry, p);
    space.add(p.key, !isOffer(entry) && entry.anchor, isOffer(entry) ? entry : undefined);
    if (entry.baseModel) space.add(parseId(entry.baseModel).key, true);
  }
  for (const target of Object.values(aliases)) space.add(target, true);

  const resolutions = new Map<Entry, Resolution>();
  const ambiguous: string[] = [];
  const counts = new Map<string, number>();
  for (const entry of entries) {
    const p = parsed.get(entry);
    if (!p) continue;
    const alias = aliasFor(entry, aliases);
    const own = space.resolve(p.key);
    let how: Resolution['how'] = 'id';
    let key = own.key;
    if (alias) {
      key = matchKey(alias);
      how = 'alias';
    } else if (entry.baseModel) {
      const base = space.resolve(parseId(entry.baseModel).key).key;
      if (base !== own.key && space.anchors.has(own.key) && isOffer(entry))
        ambiguous.push(`${entry.upstreamKey}: id says ${own.key}, base_model says ${base}`);
      key = base;
      how = 'base-model';
    }
    resolutions.set(entry, {
      modelId: key,
      variant: p.variant ?? own.variant,
      quantization: p.quantization ?? own.quantization,
      region: p.region,
      how,
    });
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }

  // Name match for ids nothing else shares: `k2p5` named "Kimi K2.5" joins kimi-k2.5.
  for (const entry of entries) {
    const r = resolutions.get(entry);
    if (!r || r.how !== 'id' || (counts.get(r.modelId) ?? 0) > 1 || space.anchors.has(r.modelId) || !entry.name)
      continue;
    const byName = space.resolve(nameKey(entry.name));
    if (byName.key !== r.modelId && space.anchors.has(byName.key)) {
      resolutions.set(entry, { ...r, modelId: byName.key, variant: r.variant ?? byName.variant, how: 'name' });
    }
  }
  return { resolutions, ambiguous: ambiguous.sort(byString) };
}

/**
 * The display id of each group: a curated id, else the spelling of an anchor record, else the
 * most common spelling among members (ties: shortest, then alphabetical). Returns matchKey -> id.
 */
export function chooseIds(
  entries: readonly Entry[],
  resolutions: Map<Entry, Resolution>,
  curatedIds: readonly string[],
): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  const vote = (group: string, spelling: string, weight: number) => {
    const map = votes.get(group) ?? new Map<string, number>();
    map.set(spelling, (map.get(spelling) ?? 0) + weight);
    votes.set(group, map);
  };
  for (const entry of entries) {
    const r = resolutions.get(entry);
    if (!r) continue;
    const own = parseId(entry.ids[0] ?? entry.upstreamKey).key;
    const candidates = [own, splitVariantSuffix(own)?.base, splitDate(own)?.base].filter((k): k is string => !!k);
    const spelling = candidates.find((k) => matchKey(k) === r.modelId);
    if (spelling) vote(r.modelId, spelling, isOffer(entry) ? 1 : entry.source === 'models.dev' ? 2000 : 1000);
    if (entry.baseModel) vote(r.modelId, parseId(entry.baseModel).key, 1500);
  }
  for (const id of curatedIds) vote(matchKey(id), id, 1e9);
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (const group of [...votes.keys()].sort(byString)) {
    const ranked = [...(votes.get(group) ?? new Map<string, number>()).entries()].sort(
      ([a, x], [b, y]) => y - x || a.length - b.length || byString(a, b),
    );
    let id = toModelId(ranked.find(([spelling]) => matchKey(spelling) === group)?.[0] ?? group);
    while (taken.has(id)) id = `${id}-x`;
    taken.add(id);
    ids.set(group, id);
  }
  return ids;
}
