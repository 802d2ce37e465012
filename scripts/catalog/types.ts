/**
 * Intermediate shapes of the import pipeline: every upstream reader turns its file into
 * offers (one provider's listing of one model) and model records (provider-independent
 * facts), so identity resolution and merging never look at raw upstream JSON.
 */
import type {
  Benchmark,
  CapabilityId,
  CapabilityValue,
  Claim,
  Link,
  Modality,
  PricePeriod,
  Provider,
  Route,
  Score,
  Source,
  ExchangeRate,
  ParameterRule,
  WeightSize,
} from '../../src/domain/types';

/** Model facts a single source states, keyed like the Model fields they feed. */
export interface FactValues {
  releaseDate?: string;
  knowledgeCutoff?: string;
  contextWindow?: number;
  maxOutput?: number;
  parametersTotal?: number;
  parametersActive?: number;
  architecture?: string;
  license?: string;
  openWeights?: boolean;
  commercialUse?: string;
  inputModalities?: Modality[];
  outputModalities?: Modality[];
}
export type FactKey = keyof FactValues;

export type Capabilities = Partial<Record<CapabilityId, CapabilityValue>>;

/** Hints for identity resolution carried by an offer or a record. */
export interface IdentityHints {
  /** Upstream ids the model goes by in this entry, most specific first. */
  ids: string[];
  /** models.dev `base_model` (lab/model) where given. */
  baseModel?: string;
  name?: string;
  /** Lab id where the entry states it. */
  creatorId?: string;
}

/** One provider's listing of one model, as read from one source. */
export interface Offer extends IdentityHints {
  source: string;
  /** Key of the entry in its own file, for reports. */
  upstreamKey: string;
  route: Omit<Route, 'id'>;
  facts: FactValues;
  capabilities: Capabilities;
  family?: string;
}

/** A provider-independent record of a model (models.dev metadata, leaderboard, curated). */
export interface ModelRecord extends IdentityHints {
  source: string;
  upstreamKey: string;
  creatorName?: string;
  family?: string;
  description?: string;
  facts: FactValues;
  capabilities: Capabilities;
  /** Claims given as lists (curated layer), taking part in disputes like any other. */
  factClaims?: Partial<Record<FactKey, Claim<unknown>[]>>;
  capabilityClaims?: Partial<Record<CapabilityId, Claim<CapabilityValue>[]>>;
  scores: Score[];
  links: Link[];
  weights: WeightSize[];
  /** API parameter rules the source states for the model. */
  parameterRules?: ParameterRule[];
  modes?: string[];
  tags?: string[];
  /** A record the identity rules must not fold into another model. */
  anchor: boolean;
}

/** The listing of a route a price lookup is asked about. */
export interface RouteQuery {
  providerId: string;
  providerModelId: string;
  region?: string;
  variant?: string;
  billing: Route['billing'];
}

/** A price a lookup source states for a route, with what it knows beside the price. */
export interface LookupPrice {
  /** The source's own id for the model it matched. */
  modelId: string;
  /** That id in the provider's own spelling, where the source writes it otherwise. */
  providerSpelling?: string;
  route: Omit<Route, 'id'>;
  /** Price per 1M image-output tokens, where the source prices them apart from text output. */
  imageOutput?: number;
  history?: PricePeriod[];
}

/**
 * A source that prices the routes the other sources list rather than listing its own
 * (genai-prices): asked for each route, it answers with its price or undefined.
 */
export interface PriceLookup {
  source: string;
  find(route: RouteQuery): LookupPrice | { skipped: string } | undefined;
}

/** Everything one upstream reader produced. */
export interface SourceData {
  source: Source;
  providers: Provider[];
  offers: Offer[];
  records: ModelRecord[];
  benchmarks: Benchmark[];
  /** Upstream entries read but not used, with why, for the report. */
  skipped: { key: string; reason: string }[];
  /** Scores read but not used (not on a 0-100 scale), with why. */
  skippedScores?: { key: string; reason: string }[];
  /** Set for a source that prices existing routes instead of listing offers. */
  lookup?: PriceLookup;
}

/** Catalog models that look alike but are different real models, and why (curated/distinct.json). */
export interface DistinctModels {
  models: string[];
  reason: string;
}

export interface CuratedData {
  sources: Source[];
  aliases: Record<string, string>;
  distinct: DistinctModels[];
  /** Ids the catalog once had -> the model that holds them now (curated/retired-ids.json). */
  retiredIds: Record<string, string>;
  /** Display names where the sources' names would mislead (curated/names.json). */
  names: Record<string, string>;
  rates: ExchangeRate[];
  benchmarkDefinitions: Benchmark[];
  benchmarkIdMap: Record<string, string>;
  records: ModelRecord[];
  /** Curated routes, each with the canonical model id it belongs to. */
  routes: { modelId: string; route: Route }[];
}
