/**
 * Builds a model's routes from its offers. Offers from different sources for the same provider,
 * region and variant are one route. Which source's prices a route carries follows a fixed
 * precedence (PRICE_PRECEDENCE): the curated layer (read from the provider's own page), then
 * models.dev (one entry per provider listing, with tiers and cache prices), then litellm, then
 * llm-leaderboard (the oldest data). Components the chosen source lacks (batch, flex, priority,
 * 1-hour cache writes, tiers) are filled from the others when their base prices agree; prices
 * that differ beyond PRICE_TOLERANCE are kept in `priceClaims`.
 */
import type { Claim, PriceSet, Route } from '../../src/domain/types';
import type { Resolution } from './resolve-identity';
import type { Offer } from './types';
import { byString } from './util';

export const PRICE_TOLERANCE = 0.02;
export const PRICE_PRECEDENCE = ['curated', 'models.dev', 'litellm', 'llm-leaderboard'];
/** Limits at least this large that equal the context window are filler, not a real output cap. */
export const FILLER_MAX_OUTPUT = 65536;

const rank = (source: string): number => {
  const i = PRICE_PRECEDENCE.indexOf(source);
  return i === -1 ? 0 : i; // curated sources have their own ids and rank with the curated layer
};

export interface RouteCandidate {
  route: Omit<Route, 'id'>;
  /** Upstream ids that fold into this route, for the model's aliases. */
  upstreamKeys: string[];
}

function differs(a: number | undefined, b: number | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  if (a === b) return false;
  return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b)) > PRICE_TOLERANCE;
}

export function pricesDiffer(a: PriceSet, b: PriceSet): boolean {
  return (
    differs(a.input, b.input) ||
    differs(a.output, b.output) ||
    differs(a.cacheRead, b.cacheRead) ||
    differs(a.cacheWrite, b.cacheWrite)
  );
}

const samePrices = (a: PriceSet, b: PriceSet): boolean => a.input === b.input && a.output === b.output;

/** The served limits, with filler max output dropped. */
function cleanLimits<T extends { context?: number; maxOutput?: number }>(route: T): T {
  if (route.maxOutput !== undefined && route.maxOutput === route.context && route.maxOutput > FILLER_MAX_OUTPUT)
    return { ...route, maxOutput: undefined };
  return route;
}

function fill(winner: Omit<Route, 'id'>, other: Omit<Route, 'id'>): Omit<Route, 'id'> {
  const compatible = !pricesDiffer(winner.prices, other.prices);
  const prices: PriceSet = { ...winner.prices };
  if (compatible)
    for (const [k, v] of Object.entries(other.prices) as [keyof PriceSet, number | undefined][])
      if (prices[k] === undefined && v !== undefined) prices[k] = v;
  const claims: Claim<PriceSet>[] = [...(winner.priceClaims ?? [])];
  if (!compatible && winner.billing === other.billing) claims.push({ value: other.prices, source: other.source });
  return {
    ...winner,
    prices,
    tiers: winner.tiers ?? (compatible ? other.tiers : undefined),
    batch: winner.batch ?? (compatible ? other.batch : undefined),
    flex: winner.flex ?? (compatible ? other.flex : undefined),
    priority: winner.priority ?? (compatible ? other.priority : undefined),
    perRequest: winner.perRequest ?? other.perRequest,
    context: winner.context ?? other.context,
    maxOutput: winner.maxOutput ?? other.maxOutput,
    quantization: winner.quantization ?? other.quantization,
    priceClaims: claims.length ? claims : undefined,
  };
}

/** Attaches the variant, region and quantization identity resolution found in the id. */
export function candidateFor(offer: Offer, resolution: Resolution | undefined): RouteCandidate {
  const route: Omit<Route, 'id'> = {
    ...offer.route,
    variant: offer.route.variant ?? resolution?.variant,
    region: offer.route.region ?? resolution?.region,
    quantization: offer.route.quantization ?? resolution?.quantization,
  };
  return { route: cleanLimits(route), upstreamKeys: [offer.upstreamKey] };
}

const slotOf = (r: Omit<Route, 'id'>): string => [r.providerId, r.region ?? '', r.variant ?? '', r.billing].join('|');

/** Merges candidates (any order) into routes with unique ids, sorted by provider then id. */
export function mergeRoutes(candidates: readonly RouteCandidate[]): { routes: Route[]; upstreamKeys: string[] } {
  const sorted = [...candidates].sort(
    (a, b) => rank(a.route.source) - rank(b.route.source) || byString(a.upstreamKeys[0] ?? '', b.upstreamKeys[0] ?? ''),
  );
  const slots = new Map<string, { route: Omit<Route, 'id'>; sources: Set<string> }[]>();
  for (const c of sorted) {
    const slot = slots.get(slotOf(c.route)) ?? [];
    slots.set(slotOf(c.route), slot);
    const sameSource = slot.find((s) => s.sources.has(c.route.source) && samePrices(s.route.prices, c.route.prices));
    if (sameSource) continue;
    const open = slot.filter((s) => !s.sources.has(c.route.source));
    const target =
      open.find((s) => s.route.providerModelId.toLowerCase() === c.route.providerModelId.toLowerCase()) ??
      open.find((s) => !pricesDiffer(s.route.prices, c.route.prices)) ??
      open[0];
    if (target) {
      target.route = fill(target.route, c.route);
      target.sources.add(c.route.source);
    } else slot.push({ route: c.route, sources: new Set([c.route.source]) });
  }
  const routes: Route[] = [];
  const used = new Set<string>();
  for (const key of [...slots.keys()].sort(byString)) {
    for (const { route } of slots.get(key) ?? []) {
      const base = `${route.providerId}/${route.providerModelId}${route.region ? `@${route.region}` : ''}${route.variant ? `#${route.variant}` : ''}`;
      let id = base;
      for (let n = 2; used.has(id); n += 1) id = `${base}~${n}`;
      used.add(id);
      routes.push({ id, ...route });
    }
  }
  routes.sort((a, b) => byString(a.providerId, b.providerId) || byString(a.id, b.id));
  return { routes, upstreamKeys: candidates.flatMap((c) => c.upstreamKeys) };
}
