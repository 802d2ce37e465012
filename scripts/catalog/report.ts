/** The importer's report: what the catalog holds and what needs a person's eye. */
import { gzipSync } from 'node:zlib';
import type { CatalogIndex, Model } from '../../src/domain/types';
import type { CatalogReport } from './build-catalog';
import { agreementShare, compareLookups, summarizeAgreement } from './genai-report';

export interface ReportCounts {
  models: number;
  routes: number;
  payg: number;
  free: number;
  plan: number;
  providers: number;
  scores: number;
  benchmarks: number;
  sources: number;
  disputedModels: number;
  outliers: number;
  indexBytes: number;
  indexGzipBytes: number;
}

export function countCatalog(index: CatalogIndex, models: readonly Model[], indexJson: string): ReportCounts {
  const routes = models.flatMap((m) => m.routes);
  return {
    models: models.length,
    routes: routes.length,
    payg: routes.filter((r) => r.billing === 'payg').length,
    free: routes.filter((r) => r.billing === 'free').length,
    plan: routes.filter((r) => r.billing === 'plan').length,
    providers: index.providers.length,
    scores: models.reduce((n, m) => n + m.scores.length, 0),
    benchmarks: index.benchmarks.length,
    sources: index.sources.length,
    disputedModels: models.filter((m) =>
      Object.values(m).some((f) => typeof f === 'object' && f !== null && 'claims' in f),
    ).length,
    outliers: routes.filter((r) => r.outlier).length,
    indexBytes: Buffer.byteLength(indexJson),
    indexGzipBytes: gzipSync(indexJson, { level: 9 }).length,
  };
}

const list = <T>(items: readonly T[], show: (item: T) => string, limit: number): string[] => [
  ...items.slice(0, limit).map((i) => `  ${show(i)}`),
  ...(items.length > limit ? [`  … and ${items.length - limit} more`] : []),
];

export function formatReport(counts: ReportCounts, report: CatalogReport, verbose: boolean): string {
  const limit = verbose ? Number.POSITIVE_INFINITY : 25;
  const skippedBy = new Map<string, number>();
  for (const s of report.skipped)
    skippedBy.set(`${s.source}: ${s.reason}`, (skippedBy.get(`${s.source}: ${s.reason}`) ?? 0) + 1);
  return [
    'Catalog import report',
    `  models ${counts.models}, routes ${counts.routes} (payg ${counts.payg}, free ${counts.free}, plan ${counts.plan}), providers ${counts.providers}`,
    `  scores ${counts.scores}, benchmarks ${counts.benchmarks}, sources ${counts.sources}`,
    `  index.json ${(counts.indexBytes / 1024).toFixed(1)} kB, ${(counts.indexGzipBytes / 1024).toFixed(1)} kB gzip`,
    `  identity: ${Object.entries(report.resolvedBy)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}`,
    `  identity pairs: ${Object.entries(report.identity.counts)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')} (--report identity lists them)`,
    genaiLine(report),
    `Price outliers (${report.outliers.length}):`,
    ...list(
      report.outliers,
      (o) =>
        `${o.modelId} ${o.routeId}: ${o.price} ${o.value ?? '?'} ${o.currency}, ${o.factor} x the median (median output ${o.medianOutput} USD)`,
      limit,
    ),
    `Disputed models (${report.disputes.length}):`,
    ...list(
      report.disputes,
      (d) =>
        `${d.modelId}: ${d.facts.join(', ') || '-'}${d.priceClaims ? `; ${d.priceClaims} routes with price claims` : ''}`,
      limit,
    ),
    `Ambiguous ids (${report.ambiguous.length}):`,
    ...list(report.ambiguous, (a) => a, limit),
    `Unmatched ids, known to one non-models.dev source only (${report.unmatched.length}):`,
    ...list(report.unmatched, (u) => `${u.modelId} [${u.source}] ${u.ids.join(', ')}`, limit),
    `Skipped upstream entries (${report.skipped.length}):`,
    ...list(
      [...skippedBy.entries()].sort((a, b) => b[1] - a[1]),
      ([reason, n]) => `${n} x ${reason}`,
      limit,
    ),
  ].join('\n');
}

/** How far genai-prices agrees with the other sources on the routes both price. */
function genaiLine(report: CatalogReport): string {
  const s = summarizeAgreement(report.lookups, compareLookups(report.lookups));
  const causes = [...s.causes].map(([k, n]) => `${k} ${n}`).join(', ');
  return `  genai-prices: ${s.compared} routes also priced by another source, ${agreementShare(s)} agree within 1 %${causes ? ` (disagreements: ${causes})` : ''}; scripts/catalog/reports/genai-prices.md lists them`;
}
