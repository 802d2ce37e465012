/**
 * Builds a model's routes from its offers: a provider's offer of a model is one route. Listings
 * from any source, or from one source twice, with the same provider, region, variant, billing
 * kind and provider model id (case aside) are one offer. A listing of the same slot under
 * another id joins an offer another source lists, or one with the same prices (an alias and a
 * snapshot of one price); otherwise it is an offer of its own, with its own id. Price lookups
 * (genai-prices) are then asked for each offer's price. How the claims settle into the route's
 * price is route-claims.ts.
 */
import type { Route } from '../../src/domain/types';
import type { Resolution } from './resolve-identity';
import {
  PRICE_PRECEDENCE,
  PRICE_TOLERANCE,
  hasBasePrices,
  pricesDiffer,
  rank,
  settleClaims,
  type RouteClaim,
  type SettledRoute,
} from './route-claims';
import type { LookupPrice, Offer, PriceLookup } from './types';
import { byString } from './util';

export { PRICE_PRECEDENCE, PRICE_TOLERANCE, pricesDiffer };
/** Limits at least this large that equal the context window are filler, not a real output cap. */
export const FILLER_MAX_OUTPUT = 65536;

export interface RouteCandidate {
  route: Omit<Route, 'id'>;
  /** Upstream ids that fold into this route, for the model's aliases. */
  upstreamKeys: string[];
}

type Answer = LookupPrice | { skipped: string };

/** What a price lookup said about one route, for its report. */
export interface LookupOutcome {
  routeId: string;
  source: string;
  found: LookupPrice | { skipped: string };
  /** The price the lookup gave for a model other than the route's, not applied (`found` says why). */
  notApplied?: LookupPrice;
  /** The price the other sources' claims settle to without the lookup's. */
  without?: SettledRoute;
}

/** The served limits, with filler max output dropped. */
function cleanLimits<T extends { context?: number; maxOutput?: number }>(route: T): T {
  if (route.maxOutput !== undefined && route.maxOutput === route.context && route.maxOutput > FILLER_MAX_OUTPUT)
    return { ...route, maxOutput: undefined };
  return route;
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

const slotOf = (r: Omit<Route, 'id'>): string =>
  [r.providerId, r.region ?? '', r.variant ?? '', r.billing === 'payg' ? '0' : '1', r.billing].join('|');

type Group = RouteCandidate[];

const sourcesOf = (g: Group) => new Set(g.map((c) => c.route.source));
const disjoint = (a: Group, b: Group) => {
  const s = sourcesOf(a);
  return b.every((c) => !s.has(c.route.source));
};
const pricedAlike = (a: Group, b: Group, exact: boolean) =>
  a.some((x) =>
    b.some(
      (y) =>
        hasBasePrices(x.route.prices) &&
        hasBasePrices(y.route.prices) &&
        (exact
          ? x.route.prices.input === y.route.prices.input && x.route.prices.output === y.route.prices.output
          : !pricesDiffer(x.route.prices, y.route.prices)),
    ),
  );

/** The offers of one slot: listings grouped by id, then ids another source (or the same price) vouches for joined. */
function offersOf(candidates: readonly RouteCandidate[]): Group[] {
  const byId = new Map<string, Group>();
  for (const c of candidates) {
    const id = c.route.providerModelId.toLowerCase();
    byId.set(id, [...(byId.get(id) ?? []), c]);
  }
  const offers: Group[] = [];
  for (const group of byId.values()) {
    const target =
      offers.find((o) => disjoint(o, group) && pricedAlike(o, group, false)) ??
      offers.find((o) => pricedAlike(o, group, true)) ??
      offers.find((o) => disjoint(o, group));
    if (target) target.push(...group);
    else offers.push(group);
  }
  return offers;
}

const baseId = (r: Omit<Route, 'id'>): string =>
  `${r.providerId}/${r.providerModelId}${r.region ? `@${r.region}` : ''}${r.variant ? `#${r.variant}` : ''}`;

export interface MergeOptions {
  lookups?: readonly PriceLookup[];
  /** Publisher of each source, so two pages of one site confirm a price once. */
  publisherOf?: (source: string) => string;
  /**
   * Whether the model a lookup matched (by its own id for it) is the model these routes belong
   * to, by the catalog's identity rules. A lookup matches ids by its own rules, and an alias
   * whose meaning moved (`mistral-medium`) gets the price of the model it points to now.
   */
  isThisModel?: (providerId: string, askedId: string, lookupModelId: string) => boolean;
}

/** Merges candidates (any order) into routes with unique ids, sorted by provider then id. */
export function mergeRoutes(
  candidates: readonly RouteCandidate[],
  options: MergeOptions = {},
): { routes: Route[]; upstreamKeys: string[]; lookups: LookupOutcome[] } {
  const sorted = [...candidates].sort(
    (a, b) => rank(a.route.source) - rank(b.route.source) || byString(a.upstreamKeys[0] ?? '', b.upstreamKeys[0] ?? ''),
  );
  const slots = new Map<string, RouteCandidate[]>();
  for (const c of sorted) slots.set(slotOf(c.route), [...(slots.get(slotOf(c.route)) ?? []), c]);

  const offers = [...slots.keys()].sort(byString).flatMap((key) => offersOf(slots.get(key) ?? []));
  const claimsOf = offers.map((group): RouteClaim[] =>
    group.map((c, i) => ({ route: c.route, key: c.upstreamKeys[0] ?? '', primary: i === 0 })),
  );
  const found = offers.map((group) => {
    const primary = group[0]?.route;
    if (!primary) return [];
    return (options.lookups ?? []).flatMap((lookup): { source: string; answer: Answer; notApplied?: LookupPrice }[] => {
      for (const c of group) {
        const answer = lookup.find({ ...primary, providerModelId: c.route.providerModelId });
        if (!answer) continue;
        const asked = c.route.providerModelId;
        const matched = 'route' in answer && (answer.providerSpelling ?? answer.modelId);
        if ('route' in answer && matched && options.isThisModel?.(primary.providerId, asked, matched) === false) {
          const skipped = `not applied: ${lookup.source} prices ${answer.modelId} for this id`;
          return [{ source: lookup.source, answer: { skipped }, notApplied: answer }];
        }
        return [{ source: lookup.source, answer }];
      }
      return [];
    });
  });
  const imagePrices = found.flatMap((list) =>
    list.flatMap(({ answer }) => ('route' in answer && answer.imageOutput !== undefined ? [answer.imageOutput] : [])),
  );

  const routes: Route[] = [];
  const lookups: LookupOutcome[] = [];
  const used = new Set<string>();
  offers.forEach((group, i) => {
    const listed = claimsOf[i] ?? [];
    const answers = found[i] ?? [];
    const looked: RouteClaim[] = answers.flatMap(({ answer }) =>
      'route' in answer ? [{ route: answer.route, key: answer.modelId, history: answer.history }] : [],
    );
    const settled = settleClaims([...listed, ...looked], imagePrices, options.publisherOf);
    const base = baseId(settled.route);
    let id = used.has(base) ? `${base}#${settled.route.billing}` : base;
    for (let n = 2; used.has(id); n += 1) id = `${base}#${settled.route.billing}-${n}`;
    used.add(id);
    routes.push({ id, ...settled.route });
    for (const { source, answer, notApplied } of answers)
      lookups.push({
        routeId: id,
        source,
        found: answer,
        notApplied,
        without: listed.some((c) => hasBasePrices(c.route.prices))
          ? settleClaims(listed, imagePrices, options.publisherOf)
          : undefined,
      });
  });
  routes.sort((a, b) => byString(a.providerId, b.providerId) || byString(a.id, b.id));
  return { routes, upstreamKeys: candidates.flatMap((c) => c.upstreamKeys), lookups };
}
