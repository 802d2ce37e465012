/**
 * The identity report (`npm run catalog -- --report identity`): every pair of ids that could
 * name one real model, with the decision taken and why.
 *
 * - Spellings merged into a model: an upstream id that would be a catalog id of its own, joined
 *   by a rule of resolve-identity.ts, models.dev's `base_model`, its display name or a curated
 *   alias.
 * - Catalog models that look alike: the same creator and the same id once lab prefixes, version
 *   stamps (`-2407`, `-2024-05-13`, `-v2`) and `-preview`/`-latest`/`-instruct` are set aside,
 *   or the same display name. Each pair is distinct by curated/distinct.json (with its reason),
 *   distinct by rule (their version stamps differ; a provider sells them at different prices;
 *   the plain id is another snapshot), or undecided. The committed catalog has no undecided pair.
 */
import type { Model } from '../../src/domain/types';
import { matchKey, parseId, toModelId } from './normalize-id';
import type { Entry, Resolution } from './resolve-identity';
import type { DistinctModels } from './types';
import { byString } from './util';

export type Decision = 'merged' | 'aliased' | 'distinct' | 'undecided';

export interface IdentityPair {
  a: string;
  b: string;
  decision: Decision;
  why: string;
}

export interface IdentityReport {
  pairs: IdentityPair[];
  counts: Record<Decision, number>;
}

/** Spelling rules of normalize-id.ts that make one model of two ids a reader would call different. */
const NOTABLE_SPELLING = new Set(['one-off spelling', 'Vertex version tag', 'Ollama size tag']);

const STAMP = /-(\d{4}-\d{2}-\d{2}|\d{8}|\d{6}|\d{4}|\d{2}-\d{2}|\d{2}-\d{4}|00\d|v\d+(?:\.\d+)?)$/;
const STATUS = /-(preview|latest|exp|beta|instruct|it)$/;
const LAB_WORD =
  /^(zai|z-ai|cohere|nvidia|arcee|aion-labs|open|labs|qwen|doubao|mistralai|meta|google|openai|amazon|anthropic|deepseek|xai|microsoft|ibm)-/;

/** An id without lab prefix, version stamps and status words, and what was set aside. */
export function lookalikeKey(id: string): { key: string; stamps: string[]; words: string[] } {
  let key = id.replace(LAB_WORD, '');
  const stamps: string[] = [];
  const words: string[] = [];
  for (let guard = 0; guard < 6; guard += 1) {
    const stamp = STAMP.exec(key);
    const status = STATUS.exec(key);
    if (stamp?.[1]) {
      stamps.unshift(stamp[1]);
      key = key.slice(0, -stamp[0].length);
    } else if (status?.[1]) {
      words.unshift(status[1]);
      key = key.slice(0, -status[0].length);
    } else break;
  }
  return { key: matchKey(key), stamps, words };
}

/** Display names compared without case, spaces or punctuation. */
export const nameKeyOf = (name: string): string =>
  name
    .toLowerCase()
    .replace(/\+/g, 'plus')
    .replace(/[^a-z0-9.()]+/g, '');

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** payg prices by provider and region. */
function priceList(model: Model): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of model.routes) {
    if (r.billing !== 'payg' || r.variant || r.prices.input === undefined || r.prices.output === undefined) continue;
    const where = `${r.providerId}${r.region ? ` ${r.region}` : ''}`;
    if (!out.has(where)) out.set(where, `${r.prices.input}/${r.prices.output}`);
  }
  return out;
}

function pricedApart(a: Model, b: Model): string | undefined {
  const mine = priceList(a);
  const theirs = priceList(b);
  for (const [where, price] of [...mine].sort(([x], [y]) => byString(x, y))) {
    const other = theirs.get(where);
    if (other !== undefined && other !== price) return `${where} sells them at ${price} and ${other}`;
  }
  return undefined;
}

/** The price most of a model's pay-as-you-go routes charge. */
function usualPrice(model: Model): string | undefined {
  const counts = new Map<string, number>();
  for (const price of priceList(model).values()) counts.set(price, (counts.get(price) ?? 0) + 1);
  return [...counts].sort(([p, a], [q, b]) => b - a || byString(p, q))[0]?.[0];
}

const PRERELEASE = ['preview', 'beta', 'exp'];

/** Why two look-alike models are distinct by rule, or undefined. */
function ruleDecision(a: Model, b: Model): string | undefined {
  const x = lookalikeKey(a.id);
  const y = lookalikeKey(b.id);
  if (x.stamps.length > 0 && y.stamps.length > 0 && x.stamps.join('-') !== y.stamps.join('-'))
    return `different versions (${x.stamps.join('-')} and ${y.stamps.join('-')})`;
  const priced = pricedApart(a, b);
  if (priced) return `priced differently: ${priced}`;
  // The complement of resolve-identity's rule that folds a pre-release priced as its release.
  const early = (k: typeof x) => k.words.some((w) => PRERELEASE.includes(w));
  if (early(x) !== early(y) && x.stamps.join() === y.stamps.join()) {
    const [p, q] = [usualPrice(a), usualPrice(b)];
    if (p && q && p !== q) return `a pre-release priced unlike its release (${p} and ${q})`;
  }
  // The plain id already holds another dated snapshot: `gpt-4o` is the 2024-08-06 model.
  const [plain, dated] = x.stamps.length === 0 ? [a, b] : y.stamps.length === 0 ? [b, a] : [];
  if (plain && dated) {
    const stamp = lookalikeKey(dated.id).stamps.join('-');
    const other = plain.aliases
      .map((alias) => lookalikeKey(toModelId(parseId(alias).key)))
      .find((k) => k.key === lookalikeKey(plain.id).key && k.stamps.length > 0 && k.stamps.join('-') !== stamp);
    if (other) return `${plain.id} is the ${other.stamps.join('-')} snapshot, ${dated.id} another`;
  }
  return undefined;
}

export interface IdentityInput {
  entries: readonly Entry[];
  resolutions: Map<Entry, Resolution>;
  idOf: (key: string) => string;
  /** The catalog's models, with the names the sources give them (before any is told apart). */
  models: readonly Model[];
  distinct: readonly DistinctModels[];
  sizeConflicts: readonly string[];
}

function mergedPairs(input: IdentityInput): IdentityPair[] {
  const pairs = new Map<string, IdentityPair>();
  const add = (a: string, b: string, decision: Decision, why: string) => {
    if (a === b || matchKey(a) === matchKey(b)) return;
    const key = `${a}|${b}`;
    if (!pairs.has(key)) pairs.set(key, { a, b, decision, why });
  };
  for (const entry of input.entries) {
    const r = input.resolutions.get(entry);
    if (!r) continue;
    const raw = entry.ids[0] ?? entry.upstreamKey;
    const p = parseId(raw);
    const model = input.idOf(r.modelId);
    const own = toModelId(p.key);
    const decision = r.how === 'alias' ? 'aliased' : 'merged';
    const rules = r.rules.filter((rule) => !p.rules.includes(rule));
    const why = rules.length > 0 ? rules.join(', ') : r.how === 'alias' ? 'curated alias' : 'normalized id';
    if (matchKey(own) !== r.modelId) add(own, model, decision, why);
    const notable = p.rules.filter((rule) => NOTABLE_SPELLING.has(rule));
    const literal = toModelId(raw.toLowerCase().split('/').pop() ?? raw);
    if (notable.length > 0 && literal !== own) add(literal, model, 'merged', notable.join(', '));
  }
  for (const conflict of input.sizeConflicts) {
    const [key = conflict, rest = ''] = conflict.split(': ');
    pairs.set(conflict, { a: key, b: rest.replace(/^.*kept off /, ''), decision: 'distinct', why: rest });
  }
  return [...pairs.values()];
}

function lookalikePairs(input: IdentityInput): IdentityPair[] {
  const curated = new Map<string, string>();
  for (const group of input.distinct)
    for (const a of group.models) for (const b of group.models) if (a !== b) curated.set(pairKey(a, b), group.reason);
  const byId = new Map(input.models.map((m) => [m.id, m]));
  const candidates = new Map<string, string>();
  const groupBy = (key: (m: Model) => string, kind: string) => {
    const groups = new Map<string, Model[]>();
    for (const m of input.models) groups.set(key(m), [...(groups.get(key(m)) ?? []), m]);
    for (const members of groups.values())
      for (const [i, a] of members.entries())
        for (const b of members.slice(i + 1)) {
          const k = pairKey(a.id, b.id);
          candidates.set(k, candidates.has(k) ? 'same name' : kind);
        }
  };
  groupBy((m) => `${m.creatorId}|${lookalikeKey(m.id).key}`, 'look-alike ids');
  groupBy((m) => nameKeyOf(m.name), 'same name');
  const pairs: IdentityPair[] = [];
  for (const [key, kind] of candidates) {
    const [a = '', b = ''] = key.split('|');
    const x = byId.get(a);
    const y = byId.get(b);
    if (!x || !y) continue;
    const reason = curated.get(key);
    // A shared name needs a curated reason: a reader sees the two names, not the rule.
    const rule = kind === 'same name' ? undefined : ruleDecision(x, y);
    if (reason) pairs.push({ a, b, decision: 'distinct', why: `curated: ${reason}` });
    else if (rule) pairs.push({ a, b, decision: 'distinct', why: rule });
    else pairs.push({ a, b, decision: 'undecided', why: kind });
  }
  return pairs;
}

export function identityReport(input: IdentityInput): IdentityReport {
  const order: Decision[] = ['undecided', 'distinct', 'aliased', 'merged'];
  const pairs = [...lookalikePairs(input), ...mergedPairs(input)].sort(
    (p, q) => order.indexOf(p.decision) - order.indexOf(q.decision) || byString(p.b, q.b) || byString(p.a, q.a),
  );
  const counts: Record<Decision, number> = { merged: 0, aliased: 0, distinct: 0, undecided: 0 };
  for (const p of pairs) counts[p.decision] += 1;
  return { pairs, counts };
}

export function formatIdentityReport(report: IdentityReport): string {
  const { counts } = report;
  return [
    `Identity pairs: ${counts.undecided} undecided, ${counts.distinct} distinct, ${counts.aliased} aliased, ${counts.merged} merged`,
    ...report.pairs.map((p) => `  ${p.decision.padEnd(9)} ${p.a} ~ ${p.b}: ${p.why}`),
  ].join('\n');
}
