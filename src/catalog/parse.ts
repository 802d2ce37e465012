/**
 * Turns raw catalog JSON into domain objects. Nothing here throws: a file that cannot be used
 * at all gives a failed Result with a specific reason; a bad entry inside a usable file is
 * skipped and reported as a warning, so the rest of the catalog stays available.
 */
import * as v from 'valibot';
import { fail, ok, type Result } from '../domain/result';
import type { CatalogIndex, Model } from '../domain/types';
import {
  SCHEMA_VERSION,
  benchmarkSchema,
  indexEnvelopeSchema,
  modelSchema,
  modelSummarySchema,
  providerSchema,
  rateSchema,
  routeSchema,
  scoreSchema,
  sourceSchema,
} from './schema';

export interface DataWarning {
  /** Where the bad entry sits, e.g. "models[12] (kimi-k2.5)". */
  where: string;
  message: string;
}

export interface Parsed<T> {
  data: T;
  warnings: DataWarning[];
}

function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const path = v.getDotPath(issue);
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

function entryLabel(raw: unknown): string {
  if (raw && typeof raw === 'object') {
    const id = (raw as Record<string, unknown>).id ?? (raw as Record<string, unknown>).benchmarkId;
    if (typeof id === 'string') return ` (${id.slice(0, 80)})`;
  }
  return '';
}

/** Parses each entry of a list on its own, keeping the good ones and a warning per bad one. */
function parseEach<S extends v.GenericSchema>(
  schema: S,
  list: unknown[],
  where: string,
  warnings: DataWarning[],
): v.InferOutput<S>[] {
  const out: v.InferOutput<S>[] = [];
  list.forEach((raw, i) => {
    const result = v.safeParse(schema, raw);
    if (result.success) out.push(result.output);
    else warnings.push({ where: `${where}[${i}]${entryLabel(raw)}`, message: describeIssues(result.issues) });
  });
  return out;
}

function checkVersion(version: number): string | undefined {
  if (version === SCHEMA_VERSION) return undefined;
  return `The catalog has schema version ${version}, but this version of Versus reads version ${SCHEMA_VERSION}. Reload the page to get the matching app, or regenerate the catalog.`;
}

export function parseCatalogIndex(raw: unknown): Result<Parsed<CatalogIndex>> {
  const envelope = v.safeParse(indexEnvelopeSchema, raw);
  if (!envelope.success)
    return fail(`The catalog index is not in the expected shape: ${describeIssues(envelope.issues)}.`);
  const { meta } = envelope.output;
  const versionProblem = checkVersion(meta.schemaVersion);
  if (versionProblem) return fail(versionProblem);

  const warnings: DataWarning[] = [];
  const index: CatalogIndex = {
    meta,
    sources: parseEach(sourceSchema, envelope.output.sources, 'sources', warnings),
    providers: parseEach(providerSchema, envelope.output.providers, 'providers', warnings),
    benchmarks: parseEach(benchmarkSchema, envelope.output.benchmarks, 'benchmarks', warnings),
    rates: parseEach(rateSchema, envelope.output.rates, 'rates', warnings),
    models: parseEach(modelSummarySchema, envelope.output.models, 'models', warnings),
  };
  if (index.models.length === 0) return fail('The catalog index holds no usable model.');
  return ok({ data: index, warnings });
}

export function parseModel(raw: unknown, expectedId: string): Result<Parsed<Model>> {
  const parsed = v.safeParse(modelSchema, raw);
  if (!parsed.success)
    return fail(`The data of model "${expectedId}" is not usable: ${describeIssues(parsed.issues)}.`);
  if (parsed.output.id !== expectedId)
    return fail(`The file for model "${expectedId}" holds model "${parsed.output.id}" instead.`);
  const warnings: DataWarning[] = [];
  const where = `model ${expectedId}`;
  const routes = parseEach(routeSchema, parsed.output.routes, `${where} routes`, warnings);
  const scores = parseEach(scoreSchema, parsed.output.scores, `${where} scores`, warnings);
  return ok({ data: { ...parsed.output, routes, scores }, warnings });
}
