/**
 * Schemas of the catalog files. The app parses every fetched file with them, and the import
 * pipeline validates what it writes with the same ones, so the two cannot drift apart. The
 * catalog's published JSON Schemas are generated from them too (scripts/catalog/json-schema.ts),
 * descriptions included: keep those short, they ship with the app.
 */
import * as v from 'valibot';
import {
  CAPABILITY_IDS,
  type Benchmark,
  type ExchangeRate,
  type Model,
  type ModelSummary,
  type ParameterRule,
  type PriceSet,
  type Provider,
  type Route,
  type Score,
  type Source,
} from '../domain/types';

export const SCHEMA_VERSION = 1;

const date = v.pipe(
  v.string(),
  v.regex(/^\d{4}(-\d{2}){0,2}$/, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD'),
  v.description('ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD'),
);
const url = v.pipe(v.string(), v.url());
const nonEmpty = v.pipe(v.string(), v.minLength(1));
/** A finite number at or above zero: prices and token counts. */
const amount = v.pipe(v.number(), v.finite(), v.minValue(0));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const tokens = v.pipe(count, v.description('Tokens'));
const currency = v.pipe(v.string(), v.regex(/^[A-Z]{3}$/), v.description('ISO 4217 currency code'));

const claim = <T extends v.GenericSchema>(value: T) =>
  v.object({ value, source: nonEmpty, note: v.optional(v.string()), date: v.optional(date) });

const fact = <T extends v.GenericSchema>(value: T) =>
  v.pipe(
    v.object({
      value,
      source: nonEmpty,
      claims: v.optional(v.array(claim(value))),
      rule: v.optional(v.string()),
    }),
    v.description('A value and its source; where sources disagree, claims holds every claim and rule says why'),
  );

const modality = v.picklist(['text', 'image', 'audio', 'video', 'pdf']);
const capabilityId = v.picklist(CAPABILITY_IDS);

export const priceSetSchema = v.pipe(
  v.object({
    input: v.optional(amount),
    output: v.optional(amount),
    cacheRead: v.optional(amount),
    cacheWrite: v.optional(amount),
    cacheWrite1h: v.optional(amount),
    reasoning: v.optional(amount),
  }),
  v.description('Prices per 1M tokens in the route currency; a missing one is not sold or not known'),
);

export const routeSchema = v.object({
  id: nonEmpty,
  providerId: nonEmpty,
  providerModelId: nonEmpty,
  billing: v.picklist(['payg', 'free', 'plan']),
  currency,
  prices: priceSetSchema,
  tiers: v.optional(
    v.pipe(
      v.array(v.object({ above: tokens, prices: priceSetSchema })),
      v.description('Past `above` prompt tokens the whole request takes these prices'),
    ),
  ),
  batch: v.optional(priceSetSchema),
  flex: v.optional(priceSetSchema),
  priority: v.optional(priceSetSchema),
  perRequest: v.optional(amount),
  context: v.optional(tokens),
  maxOutput: v.optional(tokens),
  quantization: v.optional(v.string()),
  variant: v.optional(v.string()),
  region: v.optional(v.string()),
  status: v.picklist(['active', 'beta', 'deprecated']),
  markup: v.optional(amount),
  source: nonEmpty,
  checked: date,
  outlier: v.optional(v.object({ medianOutput: amount, factor: amount })),
  priceClaims: v.optional(v.array(claim(priceSetSchema))),
  confirmedBy: v.optional(
    v.pipe(v.array(nonEmpty), v.description('Other independent sources stating the same input and output price')),
  ),
  history: v.optional(
    v.pipe(
      v.array(v.object({ prices: priceSetSchema, from: v.optional(date), until: v.optional(date), source: nonEmpty })),
      v.description('Earlier and announced prices of the route, oldest first'),
    ),
  ),
});

export const scoreSchema = v.object({
  benchmarkId: nonEmpty,
  value: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(100), v.description('0-100')),
  variant: v.optional(v.string()),
  selfReported: v.boolean(),
  source: nonEmpty,
  url: v.optional(url),
  date: v.optional(date),
});

export const parameterRuleSchema = v.object({
  parameter: nonEmpty,
  rule: v.picklist(['fixed', 'one-of', 'default', 'settable', 'not-settable']),
  values: v.optional(v.array(v.union([v.pipe(v.number(), v.finite()), v.string()]))),
  when: v.optional(v.string()),
  source: nonEmpty,
  note: v.optional(v.string()),
  date,
});

export const modelSchema = v.object({
  id: nonEmpty,
  name: nonEmpty,
  creatorId: nonEmpty,
  creatorName: nonEmpty,
  family: v.optional(v.string()),
  aliases: v.array(v.string()),
  description: v.optional(v.string()),
  releaseDate: v.optional(fact(date)),
  knowledgeCutoff: v.optional(fact(date)),
  contextWindow: v.optional(fact(tokens)),
  maxOutput: v.optional(fact(tokens)),
  parametersTotal: v.optional(fact(amount)),
  parametersActive: v.optional(fact(amount)),
  architecture: v.optional(fact(v.string())),
  license: v.optional(fact(v.string())),
  openWeights: v.optional(fact(v.boolean())),
  commercialUse: v.optional(fact(v.string())),
  inputModalities: v.optional(fact(v.array(modality))),
  outputModalities: v.optional(fact(v.array(modality))),
  modes: v.array(v.string()),
  tags: v.array(v.string()),
  capabilities: v.record(capabilityId, fact(v.picklist(['yes', 'no']))),
  weights: v.array(v.object({ precision: nonEmpty, gb: amount, source: nonEmpty, note: v.optional(v.string()) })),
  parameterRules: v.optional(v.array(parameterRuleSchema)),
  links: v.array(v.object({ label: nonEmpty, url })),
  routes: v.array(v.unknown()),
  scores: v.array(v.unknown()),
});

export const providerSchema = v.object({
  id: nonEmpty,
  name: nonEmpty,
  docUrl: v.optional(url),
  pricingUrl: v.optional(url),
  apiBaseUrl: v.optional(v.string()),
  openaiCompatible: v.boolean(),
  source: nonEmpty,
});

export const sourceSchema = v.object({
  id: nonEmpty,
  title: nonEmpty,
  url: v.optional(url),
  publisher: nonEmpty,
  date,
  license: nonEmpty,
  attribution: v.optional(v.string()),
  contributed: v.string(),
});

export const benchmarkSchema = v.object({
  id: nonEmpty,
  name: nonEmpty,
  category: v.string(),
  unit: v.string(),
  higherIsBetter: v.boolean(),
  description: v.optional(v.string()),
  url: v.optional(url),
});

export const rateSchema = v.object({
  currency,
  perUsd: v.pipe(v.number(), v.finite(), v.gtValue(0), v.description('Units of the currency per 1 USD')),
  date,
  source: nonEmpty,
});

export const modelSummarySchema = v.object({
  id: nonEmpty,
  name: nonEmpty,
  creatorId: nonEmpty,
  creatorName: nonEmpty,
  aliases: v.array(v.string()),
  contextWindow: v.optional(tokens),
  openWeights: v.optional(v.boolean()),
  releaseDate: v.optional(date),
  capabilities: v.array(capabilityId),
  cheapest: v.optional(
    v.pipe(
      v.object({ input: amount, output: amount, providerId: nonEmpty }),
      v.description('Cheapest pay-as-you-go route at the default traffic, USD per 1M tokens'),
    ),
  ),
  routeCount: count,
  scores: v.record(v.string(), v.pipe(v.number(), v.finite())),
});

/**
 * The envelope of the index file. Entries of the lists are left unknown here and parsed one by
 * one, so that one bad entry is skipped and reported instead of failing the whole catalog.
 */
export const indexEnvelopeSchema = v.object({
  meta: v.object({
    schemaVersion: v.number(),
    generatedAt: v.string(),
    pricesAsOf: v.optional(date),
    sourceDates: v.optional(v.object({ from: date, to: date })),
  }),
  sources: v.array(v.unknown()),
  providers: v.array(v.unknown()),
  benchmarks: v.array(v.unknown()),
  rates: v.array(v.unknown()),
  models: v.array(v.unknown()),
});

/** True when A and B accept each other's values and name the same fields. */
type Same<A, B> = [A, keyof A] extends [B, keyof B] ? ([B, keyof B] extends [A, keyof A] ? true : false) : false;
type Holds<T extends true> = T;
/**
 * The domain's catalog types (src/domain/types.ts) are what these schemas produce: this list fails
 * to compile when one changes without the other, so the parsed output needs no cast to be used.
 */
export type SchemasMatchDomainTypes = [
  Holds<Same<v.InferOutput<typeof priceSetSchema>, PriceSet>>,
  Holds<Same<v.InferOutput<typeof routeSchema>, Route>>,
  Holds<Same<v.InferOutput<typeof scoreSchema>, Score>>,
  Holds<Same<v.InferOutput<typeof parameterRuleSchema>, ParameterRule>>,
  Holds<Same<Omit<v.InferOutput<typeof modelSchema>, 'routes' | 'scores'>, Omit<Model, 'routes' | 'scores'>>>,
  Holds<Same<v.InferOutput<typeof providerSchema>, Provider>>,
  Holds<Same<v.InferOutput<typeof sourceSchema>, Source>>,
  Holds<Same<v.InferOutput<typeof benchmarkSchema>, Benchmark>>,
  Holds<Same<v.InferOutput<typeof rateSchema>, ExchangeRate>>,
  Holds<Same<v.InferOutput<typeof modelSummarySchema>, ModelSummary>>,
];
