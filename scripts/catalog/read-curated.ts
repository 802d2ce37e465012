/**
 * Reads the curated layer kept in scripts/catalog/curated/: hand-checked sources, alias
 * overrides, models that look alike but are distinct, retired ids, display names, exchange
 * rates, benchmark definitions and model facts taken from vendor and reseller pages. Every file
 * is optional, so the pipeline runs before the layer exists; a file that exists but does not fit
 * its format stops the run with the reason.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import {
  benchmarkSchema,
  parameterRuleSchema,
  rateSchema,
  routeSchema,
  scoreSchema,
  sourceSchema,
} from '../../src/catalog/schema';
import type { CapabilityId, CapabilityValue, Claim, Link, Route } from '../../src/domain/types';
import type { CuratedData, FactKey, ModelRecord } from './types';
import { isRecord, isString } from './util';
import { FACT_KEYS } from './model-facts';

function readJson(dir: string, file: string): unknown {
  const path = join(dir, file);
  if (!existsSync(path)) return undefined;
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

function parse<S extends v.GenericSchema>(schema: S, value: unknown, where: string): v.InferOutput<S> {
  const result = v.safeParse(schema, value);
  if (result.success) return result.output;
  const issue = result.issues[0];
  throw new Error(`curated ${where}: ${issue ? `${v.getDotPath(issue) ?? ''} ${issue.message}` : 'invalid'}`);
}

const claimList = v.array(
  v.object({ value: v.unknown(), source: v.pipe(v.string(), v.minLength(1)), note: v.optional(v.string()) }),
);
const curatedModelSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9.-]*$/)),
  name: v.optional(v.string()),
  creatorId: v.optional(v.string()),
  creatorName: v.optional(v.string()),
  facts: v.optional(v.record(v.string(), claimList)),
  capabilities: v.optional(v.record(v.string(), claimList)),
  modes: v.optional(v.array(v.string())),
  tags: v.optional(v.array(v.string())),
  description: v.optional(v.string()),
  weights: v.optional(
    v.array(v.object({ precision: v.string(), gb: v.number(), source: v.string(), note: v.optional(v.string()) })),
  ),
  links: v.optional(v.array(v.object({ label: v.string(), url: v.string() }))),
  parameterRules: v.optional(v.array(v.unknown())),
  routes: v.optional(v.array(v.unknown())),
  scores: v.optional(v.array(v.unknown())),
});

const catalogId = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9.-]*$/));
/** Groups of catalog ids that are different models, each with the reason a reader can check. */
const distinctSchema = v.array(
  v.object({
    models: v.pipe(v.array(catalogId), v.minLength(2)),
    reason: v.pipe(v.string(), v.minLength(10)),
  }),
);
/** Ids a published catalog had -> the model now holding their routes, so old links still open. */
const retiredSchema = v.record(catalogId, catalogId);
/** Catalog id -> the display name to use where the sources' names would mislead. */
const namesSchema = v.record(catalogId, v.pipe(v.string(), v.minLength(1)));

function toRecord(
  raw: v.InferOutput<typeof curatedModelSchema>,
  index: number,
): { record: ModelRecord; routes: Route[] } {
  const where = `models.json[${index}] (${raw.id})`;
  const factClaims: ModelRecord['factClaims'] = {};
  for (const [key, claims] of Object.entries(raw.facts ?? {})) {
    if (!FACT_KEYS.includes(key as FactKey)) throw new Error(`curated ${where}: unknown fact "${key}"`);
    factClaims[key as FactKey] = claims;
  }
  const capabilityClaims: ModelRecord['capabilityClaims'] = {};
  for (const [key, claims] of Object.entries(raw.capabilities ?? {})) {
    for (const c of claims)
      if (c.value !== 'yes' && c.value !== 'no')
        throw new Error(`curated ${where}: capability ${key} must be yes or no`);
    capabilityClaims[key as CapabilityId] = claims as Claim<CapabilityValue>[];
  }
  const routes = (raw.routes ?? []).map((r, i) => parse(routeSchema, r, `${where} routes[${i}]`));
  const scores = (raw.scores ?? []).map((s, i) => parse(scoreSchema, s, `${where} scores[${i}]`));
  const parameterRules = (raw.parameterRules ?? []).map((r, i) =>
    parse(parameterRuleSchema, r, `${where} parameterRules[${i}]`),
  );
  const record: ModelRecord = {
    source: 'curated',
    upstreamKey: raw.id,
    ids: [raw.id],
    name: raw.name,
    creatorId: raw.creatorId,
    creatorName: raw.creatorName,
    description: raw.description,
    facts: {},
    capabilities: {},
    factClaims,
    capabilityClaims,
    scores,
    links: (raw.links ?? []).filter((l): l is Link => isString(l.label) && /^https?:\/\//.test(l.url)),
    weights: raw.weights ?? [],
    parameterRules,
    modes: raw.modes,
    tags: raw.tags,
    anchor: true,
  };
  return { record, routes };
}

export function readCurated(dir: string): CuratedData {
  const sources = ((readJson(dir, 'sources.json') as unknown[] | undefined) ?? []).map((s, i) =>
    parse(sourceSchema, s, `sources.json[${i}]`),
  );
  const aliasesRaw = readJson(dir, 'aliases.json') ?? {};
  if (!isRecord(aliasesRaw)) throw new Error('curated aliases.json must be an object of id -> canonical id');
  const aliases: Record<string, string> = {};
  for (const [from, to] of Object.entries(aliasesRaw)) if (isString(to)) aliases[from.toLowerCase()] = to;
  const distinct = parse(distinctSchema, readJson(dir, 'distinct.json') ?? [], 'distinct.json');
  const retiredIds = parse(retiredSchema, readJson(dir, 'retired-ids.json') ?? {}, 'retired-ids.json');
  const names = parse(namesSchema, readJson(dir, 'names.json') ?? {}, 'names.json');
  const rates = ((readJson(dir, 'rates.json') as unknown[] | undefined) ?? []).map((r, i) =>
    parse(rateSchema, r, `rates.json[${i}]`),
  );
  const bench = readJson(dir, 'benchmarks.json');
  const benchRecord = isRecord(bench) ? bench : {};
  const benchmarkDefinitions = (Array.isArray(benchRecord.definitions) ? benchRecord.definitions : []).map((b, i) =>
    parse(benchmarkSchema, b, `benchmarks.json definitions[${i}]`),
  );
  const benchmarkIdMap: Record<string, string> = {};
  if (isRecord(benchRecord.idMap))
    for (const [k, val] of Object.entries(benchRecord.idMap)) if (isString(val)) benchmarkIdMap[k] = val;

  const modelsRaw = readJson(dir, 'models.json') ?? [];
  if (!Array.isArray(modelsRaw)) throw new Error('curated models.json must be an array');
  const records: ModelRecord[] = [];
  const routes: CuratedData['routes'] = [];
  modelsRaw.forEach((raw, i) => {
    const parsed = toRecord(parse(curatedModelSchema, raw, `models.json[${i}]`), i);
    records.push(parsed.record);
    for (const route of parsed.routes) routes.push({ modelId: parsed.record.upstreamKey, route });
  });
  return {
    sources,
    aliases,
    distinct,
    retiredIds,
    names,
    rates,
    benchmarkDefinitions,
    benchmarkIdMap,
    records,
    routes,
  };
}
