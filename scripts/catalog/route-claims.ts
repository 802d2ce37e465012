/**
 * The prices several sources (or one source twice) state for one provider's offer of a model,
 * settled into the route's price. Each listing is a claim dated by its source (`checked`):
 *
 * - A claim that cannot be the base price is set aside with a note: one whose input and output
 *   are another claim's long-context tier (Gemini 1.5's >128K prices taken for its base), or
 *   whose output is an image-output price a source states for the model (Gemini Flash Image's
 *   60 per 1M image tokens taken for its text output).
 * - Of the others with an input and an output price, the newest claim wins; on the same date,
 *   the higher PRICE_PRECEDENCE, then the listing whose id the route carries.
 * - Components the winner lacks (batch, flex, priority, 1-hour cache writes, tiers, fees) come
 *   from claims whose base prices agree with it; claims that differ beyond PRICE_TOLERANCE stay
 *   as `priceClaims` with their source, date and note; claims from other publishers that state
 *   the same input and output are the route's `confirmedBy`.
 */
import type { Claim, PricePeriod, PriceSet, Route } from '../../src/domain/types';
import { byString } from './util';

export const PRICE_TOLERANCE = 0.02;
/** Who wins a tie on the date, and whose listing gives the route its id, limits and status. */
export const PRICE_PRECEDENCE = ['curated', 'models.dev', 'litellm', 'genai-prices', 'llm-leaderboard'];

/** Curated sources have ids of their own and rank with the curated layer. */
export const rank = (source: string): number => {
  const i = PRICE_PRECEDENCE.indexOf(source);
  return i === -1 ? 0 : i;
};

export interface RouteClaim {
  route: Omit<Route, 'id'>;
  /** Upstream key of the listing, for a stable order. */
  key: string;
  /** Set on the listing whose id, limits and status the route takes. */
  primary?: boolean;
  history?: PricePeriod[];
}

function differs(a: number | undefined, b: number | undefined, tolerance: number): boolean {
  if (a === undefined || b === undefined || a === b) return false;
  return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b)) > tolerance;
}

/** Whether two price sets disagree on a component both state. */
export function pricesDiffer(a: PriceSet, b: PriceSet, tolerance = PRICE_TOLERANCE): boolean {
  return (
    differs(a.input, b.input, tolerance) ||
    differs(a.output, b.output, tolerance) ||
    differs(a.cacheRead, b.cacheRead, tolerance) ||
    differs(a.cacheWrite, b.cacheWrite, tolerance)
  );
}

export const hasBasePrices = (p: PriceSet): boolean => p.input !== undefined && p.output !== undefined;

/** Same input and output price, within the tolerance: the claim corroborates the other. */
export const sameBasePrices = (a: PriceSet, b: PriceSet, tolerance = PRICE_TOLERANCE): boolean =>
  hasBasePrices(a) &&
  hasBasePrices(b) &&
  !differs(a.input, b.input, tolerance) &&
  !differs(a.output, b.output, tolerance);

const PRICE_KEYS = ['input', 'output', 'cacheRead', 'cacheWrite', 'cacheWrite1h', 'reasoning'] as const;

/** The prices in one key order, whichever source's keys came first. */
function inKeyOrder(prices: PriceSet): PriceSet {
  const out: PriceSet = {};
  for (const key of PRICE_KEYS) if (prices[key] !== undefined) out[key] = prices[key];
  return out;
}

const tokens = (n: number): string => (n >= 1000 ? `${Math.round(n / 1000)}K` : String(n));

export interface SetAside {
  why: 'tier' | 'image';
  note: string;
}

/** Why a claim cannot be the route's base price, if it cannot. */
function setAside(claim: RouteClaim, all: readonly RouteClaim[], imagePrices: readonly number[]): SetAside | undefined {
  const { prices } = claim.route;
  for (const other of all) {
    if (other === claim || sameBasePrices(prices, other.route.prices)) continue;
    const tier = other.route.tiers?.find((t) => sameBasePrices(prices, t.prices));
    if (tier)
      return {
        why: 'tier',
        note: `the long-context price above ${tokens(tier.above)} input tokens (per ${other.route.source})`,
      };
  }
  const image = imagePrices.find((p) => prices.output !== undefined && !differs(prices.output, p, PRICE_TOLERANCE));
  if (image !== undefined)
    return { why: 'image', note: `its output price is the image-output price (${image} per 1M image tokens)` };
  return undefined;
}

/** Newest first; on a date, the higher precedence, then a listing under the id the route carries. */
const newerFirst =
  (id: string) =>
  (a: RouteClaim, b: RouteClaim): number =>
    byString(b.route.checked, a.route.checked) ||
    rank(a.route.source) - rank(b.route.source) ||
    Number(b.route.providerModelId === id) - Number(a.route.providerModelId === id) ||
    byString(a.key, b.key);

export interface SettledRoute {
  route: Omit<Route, 'id'>;
  /** The claim the route's price comes from. */
  winner: RouteClaim;
  /** Claims that cannot be the base price, with why. */
  setAside: Map<RouteClaim, SetAside>;
}

/**
 * Settles one offer's claims. `imagePrices` are the image-output prices any source states for
 * the model; `publisherOf` tells which sources are one publisher, so they confirm a price once.
 */
export function settleClaims(
  claims: readonly RouteClaim[],
  imagePrices: readonly number[],
  publisherOf: (source: string) => string = (s) => s,
): SettledRoute {
  const primary = claims.find((c) => c.primary) ?? claims[0];
  if (!primary) throw new Error('an offer without a listing');
  const notes = new Map<RouteClaim, SetAside>();
  for (const c of claims) {
    const why = setAside(c, claims, imagePrices);
    if (why) notes.set(c, why);
  }
  const ordered = [...claims].sort(newerFirst(primary.route.providerModelId));
  const winner = ordered.find((c) => hasBasePrices(c.route.prices) && !notes.has(c)) ?? primary;
  const w = winner.route;
  // No claim left that can be the base price: an image price is no output price at all.
  const prices: PriceSet = { ...w.prices };
  if (notes.get(winner)?.why === 'image') delete prices.output;
  const agreeing = ordered.filter((c) => c !== winner && !notes.has(c) && !pricesDiffer(w.prices, c.route.prices));
  for (const c of agreeing)
    for (const [k, v] of Object.entries(c.route.prices) as [keyof PriceSet, number | undefined][])
      if (prices[k] === undefined && v !== undefined) prices[k] = v;
  const from = <K extends keyof Omit<Route, 'id'>>(key: K) =>
    w[key] ?? agreeing.map((c) => c.route[key]).find((v) => v !== undefined);
  const others = ordered.filter((c) => c !== winner);
  const pick = <K extends keyof Omit<Route, 'id'>>(key: K) =>
    primary.route[key] ?? others.map((c) => c.route[key]).find((v) => v !== undefined);

  const priceClaims: Claim<PriceSet>[] = [];
  const seen = new Set<string>();
  const add = (claim: Claim<PriceSet>) => {
    const key = `${claim.source} ${JSON.stringify(claim.value)}`;
    if (seen.has(key)) return;
    seen.add(key);
    priceClaims.push(claim);
  };
  // Claims a listing carries itself (a curated page quoting another page) stay with the route.
  for (const c of ordered) for (const claim of c.route.priceClaims ?? []) add(claim);
  for (const c of ordered) {
    const note = notes.get(c)?.note;
    if (c === winner ? !note : !note && !pricesDiffer(w.prices, c.route.prices)) continue;
    add({ value: c.route.prices, source: c.route.source, date: c.route.checked, ...(note ? { note } : {}) });
  }
  const own = publisherOf(w.source);
  const confirmedBy = new Set<string>();
  const stated = [
    ...others.filter((c) => !notes.has(c)).map((c) => ({ source: c.route.source, value: c.route.prices })),
    ...ordered.flatMap((c) => c.route.priceClaims ?? []),
  ];
  const publishers = new Set([own]);
  for (const s of stated) {
    const publisher = publisherOf(s.source);
    if (publishers.has(publisher) || !sameBasePrices(prices, s.value)) continue;
    publishers.add(publisher);
    confirmedBy.add(s.source);
  }
  const history = claims.flatMap((c) => c.history ?? []);
  const route: Omit<Route, 'id'> = {
    ...primary.route,
    prices: inKeyOrder(prices),
    tiers: from('tiers'),
    batch: from('batch'),
    flex: from('flex'),
    priority: from('priority'),
    perRequest: w.perRequest ?? others.map((c) => c.route.perRequest).find((v) => v !== undefined),
    context: pick('context'),
    maxOutput: pick('maxOutput'),
    quantization: pick('quantization'),
    source: w.source,
    checked: w.checked,
    outlier: undefined,
    priceClaims: priceClaims.length ? priceClaims : undefined,
    confirmedBy: confirmedBy.size ? [...confirmedBy].sort(byString) : undefined,
    history: history.length ? history : undefined,
  };
  return { route, winner, setAside: notes };
}
