/**
 * The whole import as one pure function: upstream source data and the curated layer in,
 * catalog index, model files and report data out. No file system, no clock.
 */
import { SCHEMA_VERSION } from '../../src/catalog/schema';
import { usdConverter } from '../../src/domain/cost/currency';
import type { Benchmark, CatalogIndex, Model, Provider, Route } from '../../src/domain/types';
import { benchmarkDefinitions, canonicalBenchmark, dedupeScores, settleDirections, unusableScore } from './benchmarks';
import { buildModel } from './build-model';
import type { LookupOutcome } from './merge-routes';
import { LAB_NAMES } from './creators';
import { EXTRA_PROVIDER_NAMES } from './provider-map';
import { matchKey, parseId } from './normalize-id';
import type { OutlierNote } from './outliers';
import { distinctNames } from './display-names';
import { identityReport, type IdentityReport } from './identity-report';
import { chooseIds, isOffer, resolveIdentities, type Entry, type Resolution } from './resolve-identity';
import { retiredIdsByModel, withRetiredAliases, withRetiredSummaryAliases } from './retired-ids';
import { withContributions } from './sources';
import { headlineRoute, summarize } from './summary';
import type { CuratedData, ModelRecord, Offer, SourceData } from './types';
import { byString, prune } from './util';

export interface CatalogReport {
  outliers: (OutlierNote & { modelId: string })[];
  disputes: { modelId: string; facts: string[]; priceClaims: number }[];
  ambiguous: string[];
  /** Models only one non-models.dev source knows: candidates for an alias. */
  unmatched: { modelId: string; source: string; ids: string[] }[];
  skipped: { source: string; key: string; reason: string }[];
  resolvedBy: Record<Resolution['how'], number>;
  /** Every pair of ids that could name one real model, with the decision taken. */
  identity: IdentityReport;
  /** What each price lookup (genai-prices) said about each route it was asked about. */
  lookups: (LookupOutcome & { modelId: string })[];
}

export interface BuiltCatalog {
  index: CatalogIndex;
  models: Model[];
  report: CatalogReport;
}

function mergeProviders(lists: readonly Provider[][], routes: readonly Route[]): Provider[] {
  const byId = new Map<string, Provider>();
  for (const list of lists) for (const p of list) if (!byId.has(p.id)) byId.set(p.id, p);
  for (const r of routes) {
    if (!byId.has(r.providerId))
      byId.set(r.providerId, { id: r.providerId, name: r.providerId, openaiCompatible: false, source: r.source });
  }
  const used = new Set(routes.map((r) => r.providerId));
  return [...byId.values()].filter((p) => used.has(p.id)).sort((a, b) => byString(a.id, b.id));
}

/** Providers only the curated layer's routes use, named from the provider table where known. */
function curatedProviders(curated: CuratedData): Provider[] {
  return curated.routes.map(({ route }) => {
    const extra = EXTRA_PROVIDER_NAMES[route.providerId];
    return {
      id: route.providerId,
      name: extra?.name ?? route.providerId,
      docUrl: extra?.docUrl,
      apiBaseUrl: extra?.apiBaseUrl,
      openaiCompatible: extra?.openaiCompatible ?? false,
      source: route.source,
    };
  });
}

export function buildCatalog(upstream: readonly SourceData[], curated: CuratedData): BuiltCatalog {
  const offers: Offer[] = upstream.flatMap((s) => s.offers);
  const records: ModelRecord[] = [...upstream.flatMap((s) => s.records), ...curated.records];
  const entries: Entry[] = [...records, ...offers];
  const aliases: Record<string, string> = { ...curated.aliases };
  for (const r of curated.records) aliases[r.upstreamKey.toLowerCase()] = r.upstreamKey;
  const { resolutions, ambiguous, sizeConflicts, pointers, resolveId } = resolveIdentities(
    entries,
    aliases,
    curated.distinct.map((d) => d.models),
  );
  const curatedIds = [...curated.records.map((r) => r.upstreamKey), ...Object.values(curated.aliases)];
  const ids = chooseIds(entries, resolutions, curatedIds);
  const idOf = (key: string) => ids.get(key) ?? key;

  const groups = new Map<string, { offers: Offer[]; records: ModelRecord[]; curatedRoutes: Route[] }>();
  const group = (id: string) => {
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { offers: [], records: [], curatedRoutes: [] }));
    return g;
  };
  const resolvedBy: CatalogReport['resolvedBy'] = { alias: 0, 'base-model': 0, id: 0, name: 0 };
  for (const entry of entries) {
    const r = resolutions.get(entry);
    if (!r || pointers.has(entry)) continue;
    resolvedBy[r.how] += 1;
    const g = group(idOf(r.modelId));
    if (isOffer(entry)) g.offers.push(entry);
    else g.records.push(entry);
  }
  for (const { modelId, route } of curated.routes) group(idOf(matchKey(modelId))).curatedRoutes.push(route);

  const rates = [...curated.rates].sort((a, b) => byString(a.currency, b.currency));
  const toUsd = usdConverter(rates);
  const knownNames: Record<string, string> = { ...LAB_NAMES };
  for (const s of upstream) for (const p of s.providers) knownNames[p.id] ??= p.name;
  const providerIds = new Set(upstream.flatMap((s) => s.providers.map((p) => p.id)));
  const publishers = new Map([...upstream.map((s) => s.source), ...curated.sources].map((s) => [s.id, s.publisher]));
  const publisherOf = (source: string) => publishers.get(source) ?? source;
  const sourceDates = new Map([...upstream.map((s) => s.source), ...curated.sources].map((s) => [s.id, s.date]));
  const lookups = upstream.flatMap((s) => (s.lookup ? [s.lookup] : []));
  const ctx = {
    toUsd,
    benchmarkIdMap: curated.benchmarkIdMap,
    knownNames,
    providerIds,
    publisherOf,
    lookups,
    // A lookup's model is the route's when it is the id asked for (in another spelling) or
    // resolves, as any source's id would, to the route's model.
    sameModel: (providerId: string, askedId: string, lookupId: string, modelId: string) =>
      parseId(askedId).key === parseId(lookupId).key || idOf(resolveId(providerId, lookupId)) === modelId,
    sourceDate: (source: string) => sourceDates.get(source),
  };

  const report: CatalogReport = {
    outliers: [],
    disputes: [],
    ambiguous,
    unmatched: [],
    skipped: [],
    resolvedBy,
    lookups: [],
    identity: { pairs: [], counts: { merged: 0, aliased: 0, distinct: 0, undecided: 0 } },
  };
  const models: Model[] = [];
  for (const id of [...groups.keys()].sort(byString)) {
    const g = groups.get(id);
    if (!g) continue;
    const built = buildModel({ id, ...g, resolutions }, ctx);
    models.push(prune(built.model));
    for (const o of built.outliers) report.outliers.push({ modelId: id, ...o });
    for (const l of built.lookups) report.lookups.push({ modelId: id, ...l });
    const priceClaims = built.model.routes.filter((r) => r.priceClaims).length;
    if (built.disputed.length || priceClaims) report.disputes.push({ modelId: id, facts: built.disputed, priceClaims });
    const sources = new Set([...g.offers.map((o) => o.source), ...g.records.map((r) => r.source)]);
    if (!sources.has('models.dev') && !sources.has('curated') && sources.size === 1)
      report.unmatched.push({
        modelId: id,
        source: [...sources][0] ?? '',
        ids: [...g.offers, ...g.records].map((e) => e.upstreamKey).slice(0, 5),
      });
  }
  // Identity: the report judges the names the sources gave; then names shared by distinct models
  // are told apart, and ids earlier catalogs had stay as aliases of the model holding them now.
  report.identity = identityReport({ entries, resolutions, idOf, models, distinct: curated.distinct, sizeConflicts });
  const retired = retiredIdsByModel(curated.retiredIds, models);
  for (const [i, m] of models.entries()) models[i] = { ...m, name: curated.names[m.id] ?? m.name };
  const renamed = distinctNames(models);
  for (const [i, m] of models.entries())
    models[i] = { ...withRetiredAliases(m, retired.get(m.id) ?? []), name: renamed.get(m.id) ?? m.name };
  for (const s of upstream) for (const k of s.skipped) report.skipped.push({ source: s.source.id, ...k });

  for (const s of upstream) for (const k of s.skippedScores ?? []) report.skipped.push({ source: s.source.id, ...k });

  const allRoutes = models.flatMap((m) => m.routes);
  const providers = mergeProviders([...upstream.map((s) => s.providers), curatedProviders(curated)], allRoutes);
  const names = new Map<string, string>();
  for (const r of records)
    for (const s of r.scores)
      names.set(canonicalBenchmark(s.benchmarkId, s.variant, curated.benchmarkIdMap).benchmarkId, s.benchmarkId);
  const define = (used: Set<string>, settled: readonly Benchmark[] = []): Benchmark[] =>
    benchmarkDefinitions(
      used,
      [...upstream.flatMap((s) => s.benchmarks), ...settled],
      curated.benchmarkDefinitions,
      names,
      curated.benchmarkIdMap,
    );
  const candidates = new Map(
    define(new Set(models.flatMap((m) => m.scores.map((s) => s.benchmarkId)))).map((b) => [b.id, b]),
  );
  for (const m of models) {
    m.scores = m.scores.filter((score) => {
      const reason = unusableScore(score, candidates.get(score.benchmarkId));
      if (reason) report.skipped.push({ source: score.source, key: `${m.id}/${score.benchmarkId}`, reason });
      return !reason;
    });
  }
  const settled = settleDirections(models, candidates);
  for (const m of models) m.scores = dedupeScores(m.scores);
  const benchmarks = define(new Set(models.flatMap((m) => m.scores.map((s) => s.benchmarkId))), settled);
  const lowerIsBetter = new Set(benchmarks.filter((b) => !b.higherIsBetter).map((b) => b.id));
  const sourceList = [
    ...upstream.map((s) => s.source),
    ...curated.sources.filter((s) => !upstream.some((u) => u.source.id === s.id)),
  ];
  const dates = sourceList.map((s) => s.date).sort(byString);
  // "Prices as of": the median date of the prices the catalog shows first, the models' headline routes.
  const shown = models.flatMap((m) => headlineRoute(m, toUsd)?.checked ?? []).sort(byString);
  const index: CatalogIndex = prune({
    meta: {
      schemaVersion: SCHEMA_VERSION,
      generatedAt: dates[dates.length - 1] ?? '1970-01-01',
      pricesAsOf: shown[Math.floor((shown.length - 1) / 2)],
      sourceDates: dates.length ? { from: dates[0] ?? '', to: dates[dates.length - 1] ?? '' } : undefined,
    },
    sources: withContributions(sourceList, models, providers),
    providers,
    benchmarks,
    rates,
    models: withRetiredSummaryAliases(
      models.map((m) => summarize(m, toUsd, lowerIsBetter)),
      retired,
    ),
  });
  return { index, models, report };
}
