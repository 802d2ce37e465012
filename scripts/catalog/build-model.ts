/**
 * Assembles one canonical Model from the offers and records identity resolution put together.
 */
import type { ToUsd } from '../../src/domain/cost/currency';
import type { Link, Model, Route, Score } from '../../src/domain/types';
import { normalizeScore, dedupeScores } from './benchmarks';
import { LAB_NAMES, labFromId, labFromKey, labName, normalizeLab, orgFromId, splitOrgName } from './creators';
import { candidateFor, mergeRoutes, type LookupOutcome, type RouteCandidate } from './merge-routes';
import { resolveModelFacts } from './model-facts';
import { flagOutliers, type OutlierNote } from './outliers';
import type { Resolution } from './resolve-identity';
import type { ModelRecord, Offer, PriceLookup } from './types';
import { byString, modal, uniqueSorted } from './util';

export const UPSTREAM_SOURCES = ['models.dev', 'litellm', 'llm-leaderboard'];

export interface ModelInput {
  id: string;
  offers: Offer[];
  records: ModelRecord[];
  curatedRoutes: Route[];
  resolutions: Map<Offer | ModelRecord, Resolution>;
}

export interface BuildContext {
  toUsd: ToUsd;
  benchmarkIdMap: Record<string, string>;
  /** Names of labs and providers the sources know, by id. */
  knownNames: Record<string, string>;
  providerIds: ReadonlySet<string>;
  /** Publisher of each source, so two pages of one site count once in a majority. */
  publisherOf: (source: string) => string;
  /** Sources that price the routes the others list (genai-prices). */
  lookups?: readonly PriceLookup[];
  /** Whether the id a lookup matched for a provider's id is that id, or resolves to the model given. */
  sameModel?: (providerId: string, askedId: string, lookupId: string, modelId: string) => boolean;
  /** Date of each source, for the claims a curated page quotes without one. */
  sourceDate?: (source: string) => string | undefined;
}

export interface BuiltModel {
  model: Model;
  outliers: OutlierNote[];
  disputed: string[];
  lookups: LookupOutcome[];
}

const MODE_VARIANTS: Record<string, string> = { thinking: 'thinking', think: 'thinking', fast: 'fast' };

function pickCreator(input: ModelInput, ctx: BuildContext): { id: string; name: string } {
  const curated = input.records.find((r) => r.source === 'curated' && r.creatorId);
  const stated = [
    curated?.creatorId,
    ...input.records.filter((r) => r.source === 'models.dev').map((r) => r.creatorId),
    modal(input.offers.map((o) => o.creatorId).filter((c) => c !== undefined)),
    ...input.records.filter((r) => r.source === 'llm-leaderboard').map((r) => r.creatorId),
    labFromKey(input.id),
    ...input.offers.map((o) => labFromId(o.route.providerModelId)),
    ...input.offers.map((o) => orgFromId(o.route.providerModelId, ctx.providerIds)),
    ...input.offers.map((o) => (o.name ? labFromKey(nameKeyOf(splitOrgName(o.name).name)) : undefined)),
  ];
  const found = normalizeLab(stated.find((s) => !!s));
  // Last resort: the maker as an aggregator names it ("AionLabs: …"), else the only host.
  const orgName = input.offers.map((o) => (o.name ? splitOrgName(o.name).org : undefined)).find((o) => !!o);
  const id =
    found ??
    (orgName ? toSlug(orgName) : undefined) ??
    input.offers[0]?.route.providerId ??
    input.curatedRoutes[0]?.providerId ??
    'unknown';
  const named =
    curated?.creatorName ??
    LAB_NAMES[id] ??
    input.records.find((r) => r.creatorName && normalizeLab(r.creatorId) === id)?.creatorName;
  return { id, name: named ?? (!found && orgName ? orgName : labName(id, ctx.knownNames)) };
}

const toSlug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
const nameKeyOf = (name: string): string => toSlug(name);

/** Display names without an aggregator's "Org: " prefix or a "(latest)" marker. */
const cleanName = (name: string): string =>
  splitOrgName(name)
    .name.replace(/\s*\((latest|beta)\)\s*$/i, '')
    .trim();

function pickName(input: ModelInput, creatorId: string): string {
  const bySource = (source: string) => input.records.find((r) => r.source === source && r.name)?.name;
  const own = input.offers.filter(
    (o) => o.source === 'models.dev' && normalizeLab(o.route.providerId) === creatorId && o.name && !o.route.variant,
  );
  const name =
    bySource('curated') ??
    bySource('models.dev') ??
    bySource('llm-leaderboard') ??
    modal(own.map((o) => o.name)) ??
    modal(input.offers.filter((o) => o.source === 'models.dev' && !o.route.variant).map((o) => o.name)) ??
    modal(input.offers.map((o) => o.name));
  return name ? cleanName(name) || input.id : input.id;
}

function collectLinks(records: readonly ModelRecord[]): Link[] {
  const seen = new Set<string>();
  const links: Link[] = [];
  for (const l of records.flatMap((r) => r.links)) {
    if (seen.has(l.url)) continue;
    seen.add(l.url);
    links.push(l);
  }
  return links;
}

/**
 * Every source's parameter rules, each once, in a fixed order; left out when no source states
 * one, so a model file only carries the field where there is something to say.
 */
function parameterRulesOf(records: readonly ModelRecord[]): Pick<Model, 'parameterRules'> {
  const seen = new Set<string>();
  const rules = records
    .flatMap((r) => r.parameterRules ?? [])
    .filter((rule) => {
      const key = JSON.stringify(rule);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    // A stable sort: one source's rules for a field keep the order the source gives them (Moonshot
    // names the thinking mode's temperature before the non-thinking one).
    .sort((a, b) => byString(a.parameter, b.parameter) || byString(a.source, b.source));
  return rules.length ? { parameterRules: rules } : {};
}

export function buildModel(input: ModelInput, ctx: BuildContext): BuiltModel {
  const candidates: RouteCandidate[] = input.offers.map((o) => candidateFor(o, input.resolutions.get(o)));
  for (const route of input.curatedRoutes) {
    const { id: _id, ...rest } = route;
    const priceClaims = rest.priceClaims?.map((c) => ({ ...c, date: c.date ?? ctx.sourceDate?.(c.source) }));
    candidates.push({
      route: { ...rest, priceClaims },
      upstreamKeys: [`${route.providerId}/${route.providerModelId}`],
    });
  }
  const { sameModel } = ctx;
  const merged = mergeRoutes(candidates, {
    lookups: ctx.lookups,
    publisherOf: ctx.publisherOf,
    isThisModel: sameModel && ((providerId, asked, found) => sameModel(providerId, asked, found, input.id)),
  });
  const { routes, notes } = flagOutliers(merged.routes, ctx.toUsd);
  const { facts, capabilities, disputed } = resolveModelFacts(
    input.records,
    input.offers,
    UPSTREAM_SOURCES,
    ctx.publisherOf,
  );
  const creator = pickCreator(input, ctx);
  const name = pickName(input, creator.id);
  const scores: Score[] = dedupeScores(
    input.records.flatMap((r) => r.scores).map((s) => normalizeScore(s, ctx.benchmarkIdMap)),
  );
  const modes = uniqueSorted([
    ...input.records.flatMap((r) => r.modes ?? []),
    ...routes.map((r) => MODE_VARIANTS[r.variant ?? '']).filter((m): m is string => !!m),
  ]);
  const aliases = uniqueSorted(
    [
      name,
      ...input.offers.flatMap((o) => [o.route.providerModelId, o.upstreamKey.split('#')[0] ?? o.upstreamKey, ...o.ids]),
      ...input.records.flatMap((r) => [r.upstreamKey, ...r.ids]),
      ...routes.map((r) => r.providerModelId),
    ].filter((a) => a && a !== input.id),
  );
  const model: Model = {
    id: input.id,
    name,
    creatorId: creator.id,
    creatorName: creator.name,
    family:
      modal(input.records.map((r) => r.family).filter((f) => f !== undefined)) ??
      modal(input.offers.map((o) => o.family).filter((f) => f !== undefined)),
    aliases,
    description:
      input.records.find((r) => r.source === 'curated' && r.description)?.description ??
      input.records.find((r) => r.description)?.description,
    ...facts,
    modes,
    tags: uniqueSorted(input.records.flatMap((r) => r.tags ?? [])),
    capabilities,
    weights: input.records.flatMap((r) => r.weights).sort((a, b) => byString(a.precision, b.precision)),
    ...parameterRulesOf(input.records),
    links: collectLinks(input.records),
    routes,
    scores,
  };
  return { model, outliers: notes, disputed, lookups: merged.lookups };
}
