/**
 * Domain types of the catalog. These are what the schema in src/catalog parses raw JSON into,
 * and what the import pipeline in scripts/catalog writes. Prices are per 1M tokens in the
 * route's currency unless a name says otherwise; token counts are plain numbers of tokens.
 */

/** Id of an entry in the catalog's source list. */
export type SourceId = string;

/** One source's statement of a value. */
export interface Claim<T> {
  value: T;
  source: SourceId;
  /** Free text such as the page's own wording ("256K"). */
  note?: string;
  /** Date the source states the value for (YYYY-MM-DD), where it dates it. */
  date?: string;
}

/**
 * A model fact with its provenance. When sources disagree, `claims` holds every claim
 * (the chosen one included) and `rule` says why `value` was chosen; such a fact is disputed.
 */
export interface Fact<T> {
  value: T;
  source: SourceId;
  claims?: Claim<T>[];
  rule?: string;
}

export const CAPABILITY_IDS = [
  'vision',
  'multimodal',
  'reasoning',
  'function-calling',
  'tool-use',
  'structured-outputs',
  'code-execution',
  'computer-use',
  'prompt-caching',
  'batch-api',
  'web-search',
  'parallel-agents',
] as const;
export type CapabilityId = (typeof CAPABILITY_IDS)[number];

/** A capability is known to be present or absent; a missing entry means unknown. */
export type CapabilityValue = 'yes' | 'no';
export type CapabilityState = CapabilityValue | 'unknown';

export type Modality = 'text' | 'image' | 'audio' | 'video' | 'pdf';

export type BillingKind = 'payg' | 'free' | 'plan';
export type RouteStatus = 'active' | 'beta' | 'deprecated';

/** Prices per 1M tokens in the route's currency. A missing component is not offered or not known. */
export interface PriceSet {
  input?: number;
  output?: number;
  cacheRead?: number;
  /** Cache write with the default (5-minute) lifetime. */
  cacheWrite?: number;
  /** Cache write with a 1-hour lifetime, where the route sells it. */
  cacheWrite1h?: number;
  /** Reasoning (thinking) tokens; when absent they are billed as output. */
  reasoning?: number;
}

/**
 * A price a route had, or is to have, over a period a source dates: `until` ends a past
 * price, `from` alone starts an announced one.
 */
export interface PricePeriod {
  prices: PriceSet;
  from?: string;
  until?: string;
  source: SourceId;
}

/** Long-context tier: once the prompt exceeds `above` tokens the whole request uses these prices. */
export interface PriceTier {
  above: number;
  prices: PriceSet;
}

export interface Route {
  /** Unique within the model: `${providerId}/${providerModelId}`, plus `#variant` where needed. */
  id: string;
  providerId: string;
  providerModelId: string;
  billing: BillingKind;
  /** ISO 4217 code of every price on the route. */
  currency: string;
  prices: PriceSet;
  tiers?: PriceTier[];
  batch?: PriceSet;
  flex?: PriceSet;
  priority?: PriceSet;
  /** Fixed fee per request, in the route's currency. */
  perRequest?: number;
  /** Served context window and max output on this route, in tokens. */
  context?: number;
  maxOutput?: number;
  quantization?: string;
  /** Variant label such as "fast", "thinking" or "TEE": a mode of serving, not another model. */
  variant?: string;
  region?: string;
  status: RouteStatus;
  /** Markup over the provider's own price, as a fraction (0.35 = 35 %), where a reseller states it. */
  markup?: number;
  source: SourceId;
  /** Date of the price claim the route uses: the source's own date for it where it gives one, else the source's date. */
  checked: string;
  /** Set when this route's price sits far from the model's other routes. */
  outlier?: { medianOutput: number; factor: number };
  /** Other sources' prices for this same route, each with its date, kept where they differ beyond tolerance. */
  priceClaims?: Claim<PriceSet>[];
  /** Other independent sources that state the same input and output price: its corroboration. */
  confirmedBy?: SourceId[];
  /** Earlier (and announced) prices of this route, oldest first, where a source dates its changes. */
  history?: PricePeriod[];
}

export interface Benchmark {
  id: string;
  name: string;
  category: string;
  unit: string;
  higherIsBetter: boolean;
  description?: string;
  url?: string;
}

export interface Score {
  benchmarkId: string;
  /** Score on 0-100. */
  value: number;
  /** How the score was obtained where it matters: "with tools", "thinking", "pass@1"... */
  variant?: string;
  selfReported: boolean;
  source: SourceId;
  /** The page the score was taken from, where the source names one. */
  url?: string;
  date?: string;
}

export interface WeightSize {
  precision: string;
  /** Memory for the weights, in GB. */
  gb: number;
  source: SourceId;
  /** The source's own wording, with what else it says at this precision (the hardware it fits on, its speed). */
  note?: string;
}

/**
 * A rule a model's API puts on one request parameter, as a source states it: the friction of
 * moving requests between models that the prices and capabilities do not show.
 */
export interface ParameterRule {
  /** The request body's field as the API names it: "temperature", "top_p", "n", "thinking", "tool_choice", "max_tokens". */
  parameter: string;
  /**
   * fixed: the API uses `values[0]` and rejects any other value; one-of: only `values` are
   * accepted; default: `values[0]` applies when the field is not sent; settable / not-settable:
   * a request may or may not set the field (the source gives no range).
   */
  rule: 'fixed' | 'one-of' | 'default' | 'settable' | 'not-settable';
  values?: (number | string)[];
  /** When the rule holds ("thinking enabled", "thinking disabled"); always when absent. */
  when?: string;
  source: SourceId;
  /** The source's own wording. */
  note?: string;
  /** Date of the source's statement (YYYY-MM-DD). */
  date: string;
}

export interface Link {
  label: string;
  url: string;
}

export interface Model {
  id: string;
  name: string;
  creatorId: string;
  creatorName: string;
  family?: string;
  /** Every upstream id and common name the model goes by, for search and import matching. */
  aliases: string[];
  description?: string;
  releaseDate?: Fact<string>;
  knowledgeCutoff?: Fact<string>;
  contextWindow?: Fact<number>;
  maxOutput?: Fact<number>;
  parametersTotal?: Fact<number>;
  parametersActive?: Fact<number>;
  architecture?: Fact<string>;
  license?: Fact<string>;
  openWeights?: Fact<boolean>;
  commercialUse?: Fact<string>;
  inputModalities?: Fact<Modality[]>;
  outputModalities?: Fact<Modality[]>;
  modes: string[];
  tags: string[];
  capabilities: Partial<Record<CapabilityId, Fact<CapabilityValue>>>;
  weights: WeightSize[];
  /** API parameter rules, where a source states them. */
  parameterRules?: ParameterRule[];
  links: Link[];
  routes: Route[];
  scores: Score[];
}

export interface Provider {
  id: string;
  name: string;
  docUrl?: string;
  pricingUrl?: string;
  apiBaseUrl?: string;
  openaiCompatible: boolean;
  source: SourceId;
}

export interface Source {
  id: SourceId;
  title: string;
  /** Address of the source; absent for a captured page whose address was not recorded. */
  url?: string;
  publisher: string;
  /** Date of the data (YYYY-MM-DD). */
  date: string;
  license: string;
  /** Text the app must show wherever the source's data appears, where the license asks for it. */
  attribution?: string;
  /** What the source contributed to the catalog, in a sentence. */
  contributed: string;
}

export interface ExchangeRate {
  currency: string;
  /** Units of the currency per 1 USD. */
  perUsd: number;
  date: string;
  source: SourceId;
}

/** Compact record of a model for the picker and whole-catalog views. */
export interface ModelSummary {
  id: string;
  name: string;
  creatorId: string;
  creatorName: string;
  aliases: string[];
  contextWindow?: number;
  openWeights?: boolean;
  releaseDate?: string;
  /** Capabilities known to be present. */
  capabilities: CapabilityId[];
  /** Cheapest pay-as-you-go USD prices per 1M tokens (input and output of the route cheapest on output + input). */
  cheapest?: { input: number; output: number; providerId: string };
  routeCount: number;
  /** Benchmark id to best score (0-100), for whole-catalog charts. */
  scores: Record<string, number>;
}

export interface CatalogMeta {
  schemaVersion: number;
  generatedAt: string;
  /** Median date of the prices the catalog shows: the dates of the models' headline (cheapest) routes. */
  pricesAsOf?: string;
  /** Oldest and newest date of the catalog's sources. */
  sourceDates?: { from: string; to: string };
}

/** The part of the catalog needed for the first view. */
export interface CatalogIndex {
  meta: CatalogMeta;
  sources: Source[];
  providers: Provider[];
  benchmarks: Benchmark[];
  rates: ExchangeRate[];
  models: ModelSummary[];
}

/**
 * The facts a model states with a source and the claims that compete with it, in the order they
 * are shown and exported: the catalog pipeline builds each one, the JSON export copies them.
 */
export const MODEL_FACT_KEYS = [
  'releaseDate',
  'knowledgeCutoff',
  'contextWindow',
  'maxOutput',
  'parametersTotal',
  'parametersActive',
  'architecture',
  'license',
  'openWeights',
  'commercialUse',
  'inputModalities',
  'outputModalities',
] as const satisfies readonly (keyof Model)[];
