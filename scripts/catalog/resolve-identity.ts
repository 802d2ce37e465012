/**
 * Entity resolution: which canonical model each offer and record belongs to. In order:
 * 1. the curated alias map (provider/id, id or upstream key);
 * 2. models.dev's `base_model`;
 * 3. the entry's normalized id (normalize-id.ts), where a dated snapshot folds into its
 *    date-less id when that is the only snapshot known, a lab prefix (`zai-glm-4.7`) or an API
 *    version (`nova-pro-v1`) drops when the rest is a model, a preview folds into its GA id when
 *    both sell at one price, and a variant suffix (`-free`, `-thinking`, `-tee`…) is dropped only
 *    when the id without it is a model of its own and the id with it is not a model some source
 *    lists on its own (an anchor);
 * 4. a name match, for an id nothing else shares, when the name resolves to an anchor.
 * A curated bare id (`mistral-large-2512`) then moves everything resolved to it; a `-latest` id
 * joins the one model its provider sells at the same price; and an entry whose id names a
 * parameter size the model does not have (`deepseek-r1-distill-qwen-32b` under DeepSeek R1) is
 * kept on its own id. Pairs curated as distinct are never folded into each other.
 */
import {
  matchKey,
  nameKey,
  parseId,
  SILENT_SUFFIXES,
  sizesOf,
  splitApiVersion,
  splitDate,
  splitLabPrefix,
  splitPreview,
  splitVariantSuffix,
  toModelId,
} from './normalize-id';
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
  /** The rules that took the entry from its own id to the model, for the identity report. */
  rules: string[];
}

export interface IdentityResult {
  resolutions: Map<Entry, Resolution>;
  /** Entries whose id and base_model point at different anchored models: base_model won. */
  ambiguous: string[];
  /** Entries kept off a model because their id names a parameter size the model does not have. */
  sizeConflicts: string[];
  /**
   * `-latest` records (models.dev's `mistral/codestral-latest`) that follow their lab's offer to
   * a versioned model: they describe whichever version was current, so their name and facts are
   * no claim about that model and are left out.
   */
  pointers: Set<Entry>;
  /**
   * The model key a provider's listing of this id alone would resolve to, by the alias map and
   * the id rules above (no name or base_model to go on): how an id a price lookup names
   * (genai-prices' own model id) is placed among the catalog's models.
   */
  resolveId(providerId: string, id: string): string;
}

/**
 * Lowercase lookups into the curated alias map: `<source>:<upstream key>` for one source's entry
 * (`litellm:mistral/mistral-medium`), `<provider>/<model id>`, the upstream key or an id.
 */
function aliasFor(entry: Entry, aliases: Record<string, string>): string | undefined {
  const keys = [`${entry.source}:${entry.upstreamKey}`, entry.upstreamKey, ...entry.ids];
  if (isOffer(entry)) keys.splice(1, 0, `${entry.route.providerId}/${entry.route.providerModelId}`);
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
/** A size named in an id agrees with a parameter count within this ratio (`gpt-oss-120b` has 116.8B). */
const SIZE_TOLERANCE = 1.25;

/** Pairs of match keys curated as different models. */
class Apart {
  private readonly pairs = new Set<string>();
  constructor(groups: readonly (readonly string[])[]) {
    for (const ids of groups)
      for (const a of ids) for (const b of ids) if (a !== b) this.pairs.add(`${matchKey(a)}|${matchKey(b)}`);
  }
  has(a: string, b: string): boolean {
    return this.pairs.has(`${a}|${b}`);
  }
}

/** provider|region -> the "input/output" prices it lists. */
type PriceMap = Map<string, Set<string>>;

class KeySpace {
  readonly known = new Set<string>();
  readonly anchors = new Set<string>();
  /** A spelling of each match key, to read the sizes it names. */
  readonly spelling = new Map<string, string>();
  private readonly dates = new Map<string, Set<string>>();
  /** matchKey -> provider listings, to tell a date-less alias from a distinct snapshot. */
  private readonly prices = new Map<string, PriceMap>();

  constructor(private readonly apart: Apart) {}

  add(key: string, anchor: boolean, offer?: Offer): void {
    const m = matchKey(key);
    this.known.add(m);
    if (!this.spelling.has(m)) this.spelling.set(m, key);
    if (anchor) this.anchors.add(m);
    // Only providers' per-token prices tell snapshots apart; unpriced and plan listings say
    // nothing, and the leaderboard files offers under its own model ids.
    if (!offer || offer.source === 'llm-leaderboard' || offer.route.billing !== 'payg') return;
    const { prices } = offer.route;
    if (prices.input === undefined || prices.output === undefined) return;
    const listed: PriceMap = this.prices.get(m) ?? new Map<string, Set<string>>();
    const where = `${offer.route.providerId}|${offer.route.region ?? ''}`;
    listed.set(where, (listed.get(where) ?? new Set<string>()).add(`${prices.input}/${prices.output}`));
    this.prices.set(m, listed);
    const dated = splitDate(key);
    if (dated) {
      const base = matchKey(dated.base);
      const set = this.dates.get(base) ?? new Set<string>();
      set.add(m);
      this.dates.set(base, set);
    }
  }

  private sells(key: string, where: string, price: string): boolean {
    return this.prices.get(key)?.get(where)?.has(price) ?? false;
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
    return [...mine].some(([where, prices]) =>
      [...prices].some((price) => this.sells(base, where, price) && !siblings.some((d) => this.sells(d, where, price))),
    );
  }

  /**
   * A preview is its GA model when both sell at one price: every provider listing both lists
   * them at the same price, or, where none lists both, their most common prices agree.
   */
  private samePrice(a: string, b: string): boolean {
    const mine = this.prices.get(a);
    const theirs = this.prices.get(b);
    if (!mine || !theirs) return false;
    const common = [...mine.keys()].filter((where) => theirs.has(where));
    if (common.length > 0)
      return common.every((where) => [...(mine.get(where) ?? [])].some((p) => theirs.get(where)?.has(p)));
    const usual = (map: PriceMap) => {
      const counts = new Map<string, number>();
      for (const set of map.values()) for (const p of set) counts.set(p, (counts.get(p) ?? 0) + 1);
      return [...counts].sort(([x, a], [y, b]) => b - a || byString(x, y))[0]?.[0];
    };
    return usual(mine) === usual(theirs);
  }

  /** Whether dropping suffixes from `key` reaches a known model. */
  reaches(key: string, depth = 2): boolean {
    if (this.known.has(key)) return true;
    const split = splitVariantSuffix(key);
    return depth > 0 && !!split && this.reaches(matchKey(split.base), depth - 1);
  }

  /** Whether `-v2` or later of a model exists, so that `-v1` is not simply the model. */
  private hasLaterVersion(base: string): boolean {
    for (let v = 2; v <= 9; v += 1) if (this.known.has(matchKey(`${base}-v${v}`))) return true;
    return false;
  }

  /** The first spelling rules, on the normalized id: a size from a tag, a lab prefix, an API version. */
  private respell(key: string, withoutSize: string | undefined, rules: string[]): string {
    let spelled = key;
    if (withoutSize !== undefined && !this.reaches(matchKey(key)) && this.reaches(matchKey(withoutSize))) {
      spelled = withoutSize;
      rules.push('size tag of a model named without one');
    }
    const lab = splitLabPrefix(spelled);
    if (lab && this.movable(spelled, lab) && this.reaches(matchKey(lab))) {
      spelled = lab;
      rules.push('lab prefix');
    }
    const api = splitApiVersion(spelled);
    if (api && this.movable(spelled, api) && this.reaches(matchKey(api)) && !this.hasLaterVersion(api)) {
      spelled = api;
      rules.push('API version -v1');
    }
    return spelled;
  }

  /** A key may fold into another unless it is a model of its own or the two are curated as distinct. */
  private movable(from: string, to: string): boolean {
    const a = matchKey(from);
    return !this.anchors.has(a) && !this.apart.has(a, matchKey(to));
  }

  /** Follows the spelling, date, preview and variant rules down to the key a model is filed under. */
  resolve(
    key: string,
    withoutSize?: string,
  ): { key: string; variant?: string; quantization?: string; rules: string[] } {
    const rules: string[] = [];
    let current = matchKey(this.respell(key, withoutSize, rules));
    let variant: string | undefined;
    let quantization: string | undefined;
    for (let guard = 0; guard < 8; guard += 1) {
      const dated = splitDate(current);
      if (dated && this.foldsDate(current, matchKey(dated.base)) && !this.apart.has(current, matchKey(dated.base))) {
        current = matchKey(dated.base);
        rules.push('dated snapshot of the plain id');
        continue;
      }
      const preview = splitPreview(current);
      if (
        preview &&
        this.known.has(matchKey(preview)) &&
        this.samePrice(current, matchKey(preview)) &&
        !this.apart.has(current, matchKey(preview))
      ) {
        current = matchKey(preview);
        rules.push('pre-release priced as its release');
        continue;
      }
      const split = splitVariantSuffix(current);
      if (split?.variant && KEEP_WHOLE.some((re) => re.test(current) && current.endsWith(`-${split.variant}`))) break;
      const word = split ? current.slice(split.base.length + 1) : '';
      const silentWord = !!split && !split.variant && !split.quantization && SILENT_SUFFIXES.has(word);
      if (silentWord && !SIZED.test(split.base) && !current.endsWith('-latest')) break;
      if (this.anchors.has(current) && !silentWord) break;
      if (split && this.reaches(matchKey(split.base)) && !this.apart.has(current, matchKey(split.base))) {
        current = matchKey(split.base);
        variant = variant ?? split.variant;
        quantization = quantization ?? split.quantization;
        rules.push(
          split.quantization ? 'quantization suffix' : split.variant ? 'serving variant suffix' : `-${word} suffix`,
        );
        continue;
      }
      break;
    }
    return { key: current, variant, quantization, rules };
  }

  /** The sizes a model's key names, in billions. */
  sizes(key: string): number[] {
    return sizesOf(this.spelling.get(key) ?? key);
  }
}

/** Whether a size named in an id fits a model: one of its named sizes, else its parameter count. */
function sizeFits(named: number[], ownSizes: number[], params: number[]): boolean {
  if (named.length === 0) return true;
  if (ownSizes.length > 0) return named.some((s) => ownSizes.includes(s));
  if (params.length === 0) return true;
  return named.some((s) => params.some((p) => s * 1e9 <= p * SIZE_TOLERANCE && s * 1e9 * SIZE_TOLERANCE >= p));
}

const samePrice = (a: Offer, b: Offer): boolean =>
  a.route.prices.input !== undefined &&
  a.route.prices.input === b.route.prices.input &&
  a.route.prices.output === b.route.prices.output;

/**
 * A `-latest` id points at whichever version its lab calls current, so it is the model that the
 * same provider sells at the same price under a versioned id, when that is one model. Otherwise
 * it stays with the plain name.
 */
function followLatest(
  offers: readonly Offer[],
  resolutions: Map<Entry, Resolution>,
  latestOf: Map<Entry, string>,
  ownKey: (offer: Offer) => string,
) {
  const byProvider = new Map<string, Offer[]>();
  for (const o of offers) {
    const where = `${o.route.providerId}|${o.route.region ?? ''}`;
    byProvider.set(where, [...(byProvider.get(where) ?? []), o]);
  }
  for (const offer of offers) {
    const base = latestOf.get(offer);
    const r = resolutions.get(offer);
    // An entry the alias map names is settled; a bare id's alias is a default a price may overrule.
    if (base === undefined || !r || r.rules.includes('curated alias') || offer.route.billing !== 'payg') continue;
    const targets = new Set<string>();
    for (const other of byProvider.get(`${offer.route.providerId}|${offer.route.region ?? ''}`) ?? []) {
      const theirs = resolutions.get(other);
      if (other === offer || other.source === 'llm-leaderboard' || !theirs || other.route.billing !== 'payg') continue;
      // Another pointer (`kimi-latest-128k`) is no version to follow.
      if (latestOf.has(other) || theirs.modelId.includes('latest')) continue;
      if (ownKey(other).startsWith(base) && samePrice(offer, other)) targets.add(theirs.modelId);
    }
    const [target] = targets;
    if (targets.size === 1 && target !== undefined && target !== r.modelId)
      resolutions.set(offer, { ...r, modelId: target, rules: [...r.rules, 'latest alias priced as a version'] });
  }
}

export function resolveIdentities(
  entries: readonly Entry[],
  aliases: Record<string, string>,
  distinct: readonly (readonly string[])[] = [],
): IdentityResult {
  const apart = new Apart(distinct);
  const space = new KeySpace(apart);
  const parsed = new Map<Entry, ReturnType<typeof parseId>>();
  for (const entry of entries) {
    const p = parseId(entry.ids[0] ?? entry.upstreamKey);
    parsed.set(entry, p);
    // An Ollama tag makes no model known: `gpt-oss:120b` is gpt-oss-120b where that is known,
    // and `deepseek-v3.1:671b` DeepSeek V3.1, which no other source names with its size.
    if (!p.withoutSize) space.add(p.key, !isOffer(entry) && entry.anchor, isOffer(entry) ? entry : undefined);
    if (entry.baseModel) space.add(parseId(entry.baseModel).key, true);
  }
  for (const target of Object.values(aliases)) space.add(target, true);
  // A bare id in the alias map moves every entry that resolves to it (`mistral-large-2512`).
  const keyAliases = new Map<string, string>();
  for (const [from, to] of Object.entries(aliases))
    if (!from.includes('/')) keyAliases.set(matchKey(parseId(from).key), matchKey(to));
  const aliased = (key: string) => keyAliases.get(key) ?? key;

  const resolutions = new Map<Entry, Resolution>();
  const ambiguous: string[] = [];
  const counts = new Map<string, number>();
  const latestOf = new Map<Entry, string>();
  for (const entry of entries) {
    const p = parsed.get(entry);
    if (!p) continue;
    const alias = aliasFor(entry, aliases);
    const own = space.resolve(p.key, p.withoutSize);
    let how: Resolution['how'] = 'id';
    let key = own.key;
    let rules = [...p.rules, ...own.rules];
    if (alias) {
      key = matchKey(alias);
      how = 'alias';
      rules = ['curated alias'];
    } else if (entry.baseModel) {
      // A base_model the alias map names goes where the map says (`mistral/mistral-large-latest`).
      const named = aliases[entry.baseModel.toLowerCase()];
      const base = named ? matchKey(named) : space.resolve(parseId(entry.baseModel).key).key;
      if (base !== own.key && space.anchors.has(own.key) && isOffer(entry))
        ambiguous.push(`${entry.upstreamKey}: id says ${own.key}, base_model says ${base}`);
      if (base !== own.key) rules = ['models.dev base_model'];
      key = base;
      how = 'base-model';
    }
    if (how !== 'alias' && aliased(key) !== key) {
      key = aliased(key);
      how = 'alias';
      rules = [...rules, 'curated alias of the id'];
    }
    if (isOffer(entry) && /-latest$/.test(matchKey(p.key))) latestOf.set(entry, matchKey(p.key).slice(0, -7));
    resolutions.set(entry, {
      modelId: key,
      variant: p.variant ?? own.variant,
      quantization: p.quantization ?? own.quantization,
      region: p.region,
      how,
      rules,
    });
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }

  // Name match for ids nothing else shares: `k2p5` named "Kimi K2.5" joins kimi-k2.5.
  for (const entry of entries) {
    const r = resolutions.get(entry);
    if (!r || r.how !== 'id' || (counts.get(r.modelId) ?? 0) > 1 || space.anchors.has(r.modelId) || !entry.name)
      continue;
    const byName = space.resolve(nameKey(entry.name));
    const target = aliased(byName.key);
    if (target !== r.modelId && space.anchors.has(byName.key) && !apart.has(r.modelId, target)) {
      resolutions.set(entry, {
        ...r,
        modelId: target,
        variant: r.variant ?? byName.variant,
        how: 'name',
        rules: ['display name'],
      });
    }
  }

  followLatest(entries.filter(isOffer), resolutions, latestOf, (o) => matchKey(parsed.get(o)?.key ?? ''));
  const pointers = new Set<Entry>();
  const offerByKey = new Map(entries.filter(isOffer).map((o) => [`${o.source}|${o.upstreamKey}`, o]));
  for (const entry of entries) {
    const key = matchKey(parsed.get(entry)?.key ?? '');
    const r = resolutions.get(entry);
    if (isOffer(entry) || !r || !key.endsWith('-latest')) continue;
    const offer = offerByKey.get(`${entry.source}|${entry.upstreamKey}`);
    const target = (offer && resolutions.get(offer)?.modelId) ?? r.modelId;
    if (target === key.slice(0, -7)) continue;
    resolutions.set(entry, {
      ...r,
      modelId: target,
      rules: [...r.rules, 'latest record of a versioned model (its name and facts set aside)'],
    });
    pointers.add(entry);
  }

  // An id naming a size the model does not have stays on its own id.
  const params = new Map<string, number[]>();
  for (const entry of entries) {
    const r = resolutions.get(entry);
    const total = entry.facts.parametersTotal;
    if (!r || isOffer(entry) || total === undefined) continue;
    params.set(r.modelId, [...(params.get(r.modelId) ?? []), total]);
  }
  // Ollama tags of several sizes under one name (`ministral-3:3b`, `ministral-3:8b`) are several models.
  const taggedSizes = new Map<string, Set<string>>();
  for (const entry of entries) {
    const r = resolutions.get(entry);
    const p = parsed.get(entry);
    if (!r || !p?.withoutSize || r.modelId !== matchKey(p.withoutSize)) continue;
    taggedSizes.set(r.modelId, (taggedSizes.get(r.modelId) ?? new Set<string>()).add(p.key));
  }
  const sizeConflicts: string[] = [];
  for (const entry of entries) {
    const r = resolutions.get(entry);
    const p = parsed.get(entry);
    if (!r || !p || r.how === 'alias') continue;
    const named = sizesOf(p.key);
    const severalTagged = (taggedSizes.get(r.modelId)?.size ?? 0) > 1 && !!p.withoutSize;
    if (!severalTagged && sizeFits(named, space.sizes(r.modelId), params.get(r.modelId) ?? [])) continue;
    const own = matchKey(p.key);
    sizeConflicts.push(`${entry.upstreamKey}: names ${named.join('/')}B, kept off ${r.modelId}`);
    const target = aliased(own);
    resolutions.set(entry, {
      ...r,
      modelId: target,
      how: target === own ? 'id' : 'alias',
      rules: [...p.rules, 'size differs from the model'],
    });
  }
  const resolveId = (providerId: string, id: string): string => {
    const alias = aliases[`${providerId}/${id}`.toLowerCase()] ?? aliases[id.toLowerCase()];
    if (alias) return matchKey(alias);
    const p = parseId(id);
    return aliased(space.resolve(p.key, p.withoutSize).key);
  };
  return {
    resolutions,
    ambiguous: ambiguous.sort(byString),
    sizeConflicts: sizeConflicts.sort(byString),
    pointers,
    resolveId,
  };
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
    const { key: own, withoutSize } = parseId(entry.ids[0] ?? entry.upstreamKey);
    const derived = (k: string) => [k, splitPreview(k), splitVariantSuffix(k)?.base, splitDate(k)?.base];
    // A spelling made by a rule (an Ollama tag's size put in the id, a prefix or version
    // dropped) counts half, so it never renames a model its own spellings name.
    const direct = withoutSize ? undefined : derived(own).find((k) => k !== undefined && matchKey(k) === r.modelId);
    const respelled = [withoutSize ? own : undefined, withoutSize, splitLabPrefix(own), splitApiVersion(own)]
      .flatMap((k) => (k ? derived(k) : []))
      .find((k) => k !== undefined && matchKey(k) === r.modelId);
    const weight = isOffer(entry) ? 1 : entry.source === 'models.dev' ? 2000 : 1000;
    if (direct) vote(r.modelId, direct, weight);
    else if (respelled) vote(r.modelId, respelled, weight / 2);
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
