/**
 * Reads models.dev: `api.json` (provider -> models, prices USD per 1M tokens) into offers and
 * providers, and `models-metadata.json` (lab/model records) into anchored model records.
 */
import type {
  Link,
  Modality,
  ParameterRule,
  PriceSet,
  PriceTier,
  Provider,
  Score,
  Source,
} from '../../src/domain/types';
import { billingKind, pricesFor } from './billing';
import { notALanguageModel } from './model-kinds';
import { KNOWN_OPENAI_COMPATIBLE } from './provider-map';
import type { Capabilities, FactValues, ModelRecord, Offer, SourceData } from './types';
import { cleanNumber, isNumber, isRecord, isString, sortedEntries, toDate } from './util';

export const MODELS_DEV = 'models.dev';

type Raw = Record<string, unknown>;

const MODALITIES: readonly Modality[] = ['text', 'image', 'audio', 'video', 'pdf'];

function modalities(value: unknown): Modality[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const list = value.filter((m): m is Modality => MODALITIES.includes(m as Modality));
  return list.length ? [...new Set(list)].sort() : undefined;
}

function num(value: unknown): number | undefined {
  return isNumber(value) && value >= 0 ? cleanNumber(value) : undefined;
}

/** models.dev spells some cost keys two ways; both mean the same price. */
export function readPriceSet(cost: Raw): PriceSet {
  return {
    input: num(cost.input),
    output: num(cost.output),
    cacheRead: num(cost.cache_read) ?? num(cost.cache_input) ?? num(cost.cached_input),
    cacheWrite: num(cost.cache_write) ?? num(cost.cached_write),
    reasoning: num(cost.reasoning),
  };
}

/** `cost.tiers`: [{ tier: { size }, input, output, … }], a tier repricing prompts above `size` tokens. */
export function readTiers(cost: Raw): PriceTier[] | undefined {
  if (!Array.isArray(cost.tiers)) return undefined;
  const tiers: PriceTier[] = [];
  for (const raw of cost.tiers) {
    if (!isRecord(raw) || !isRecord(raw.tier) || !isNumber(raw.tier.size)) continue;
    tiers.push({ above: Math.round(raw.tier.size), prices: readPriceSet(raw) });
  }
  return tiers.length ? tiers.sort((a, b) => a.above - b.above) : undefined;
}

export function readFacts(m: Raw): FactValues {
  const limit = isRecord(m.limit) ? m.limit : {};
  const mods = isRecord(m.modalities) ? m.modalities : {};
  return {
    releaseDate: toDate(m.release_date),
    knowledgeCutoff: toDate(m.knowledge),
    contextWindow: num(limit.context),
    maxOutput: num(limit.output),
    openWeights: typeof m.open_weights === 'boolean' ? m.open_weights : undefined,
    license: isString(m.license) ? m.license : undefined,
    inputModalities: modalities(mods.input),
    outputModalities: modalities(mods.output),
  };
}

const flag = (value: unknown): 'yes' | 'no' | undefined =>
  value === true ? 'yes' : value === false ? 'no' : undefined;

export function readCapabilities(m: Raw, facts: FactValues): Capabilities {
  const input = facts.inputModalities;
  const cost = isRecord(m.cost) ? m.cost : {};
  return {
    vision: input ? (input.includes('image') ? 'yes' : 'no') : undefined,
    multimodal: input ? (input.some((x) => x !== 'text') ? 'yes' : 'no') : undefined,
    reasoning: flag(m.reasoning),
    'function-calling': flag(m.tool_call),
    'tool-use': flag(m.tool_call),
    'structured-outputs': flag(m.structured_output),
    // A cache price says caching is sold; its absence says nothing.
    'prompt-caching': num(cost.cache_read) !== undefined || num(cost.cache_input) !== undefined ? 'yes' : undefined,
  };
}

/** Dedicated OpenAI-compatible SDK package, or a provider known to speak the format. */
function isOpenAiCompatible(id: string, npm: unknown): boolean {
  return npm === '@ai-sdk/openai-compatible' || npm === '@ai-sdk/openai' || KNOWN_OPENAI_COMPATIBLE.has(id);
}

function readProvider(id: string, p: Raw): Provider {
  const doc = isString(p.doc) && /^https?:\/\//.test(p.doc) ? p.doc : undefined;
  return {
    id,
    name: isString(p.name) ? p.name : id,
    docUrl: doc,
    apiBaseUrl: isString(p.api) ? p.api : undefined,
    openaiCompatible: isOpenAiCompatible(id, p.npm),
    source: MODELS_DEV,
  };
}

function readOffer(providerId: string, modelId: string, m: Raw, date: string): Offer {
  const cost = isRecord(m.cost) ? m.cost : undefined;
  const facts = readFacts(m);
  const raw = cost ? readPriceSet(cost) : {};
  const billing = billingKind(providerId, raw, /(^|[-:])free$/.test(modelId.toLowerCase()) ? 'free' : undefined);
  const prices = pricesFor(billing, raw);
  const tiers = cost && billing === 'payg' ? readTiers(cost) : undefined;
  // models.dev states per-request fees per 1,000 requests, as providers publish them.
  const perRequest = cost && num(cost.request) !== undefined ? cleanNumber((num(cost.request) ?? 0) / 1000) : undefined;
  const status = m.status === 'deprecated' ? 'deprecated' : m.status === 'beta' ? 'beta' : 'active';
  const baseModel = isString(m.base_model) ? m.base_model : undefined;
  return {
    source: MODELS_DEV,
    upstreamKey: `${providerId}/${modelId}`,
    ids: [modelId],
    baseModel,
    name: isString(m.name) ? m.name : undefined,
    creatorId: baseModel?.split('/')[0],
    family: isString(m.family) ? m.family : undefined,
    facts,
    capabilities: readCapabilities(m, facts),
    route: {
      providerId,
      providerModelId: modelId,
      billing,
      currency: 'USD',
      prices,
      tiers,
      perRequest,
      context: facts.contextWindow,
      maxOutput: facts.maxOutput,
      status,
      source: MODELS_DEV,
      // The entry's own date: when models.dev last changed what it says about this listing.
      checked: toDate(m.last_updated) ?? date,
    },
  };
}

/** `experimental.modes` (e.g. a priority "fast" mode) are extra routes of the same model at their own prices. */
function modeOffers(base: Offer, m: Raw): Offer[] {
  const modes = isRecord(m.experimental) && isRecord(m.experimental.modes) ? m.experimental.modes : {};
  const out: Offer[] = [];
  for (const [mode, spec] of sortedEntries(modes)) {
    if (!isRecord(spec) || !isRecord(spec.cost)) continue;
    const prices = readPriceSet(spec.cost);
    out.push({
      ...base,
      upstreamKey: `${base.upstreamKey}#${mode}`,
      route: { ...base.route, prices, tiers: readTiers(spec.cost), variant: mode, status: 'beta' },
    });
  }
  return out;
}

/** Independent leaderboards; any other page (a model card, a lab's post) is the lab's own claim. */
const INDEPENDENT_HOSTS =
  /(swebench\.com|labs\.scale\.com|aider\.chat|artificialanalysis\.ai|openrouter\.ai|tbench\.ai|livecodebench|lmarena)/;

function readScores(m: Raw): Score[] {
  if (!Array.isArray(m.benchmarks)) return [];
  const scores: Score[] = [];
  for (const b of m.benchmarks) {
    if (!isRecord(b) || !isString(b.name) || !isNumber(b.score)) continue;
    const url = isString(b.source) && /^https?:\/\//.test(b.source) ? b.source : undefined;
    const variant = [b.harness, b.variant, b.dataset, b.metric].filter(isString).join(', ');
    scores.push({
      benchmarkId: [b.name, isString(b.version) ? b.version : ''].join(' ').trim(),
      value: b.score,
      variant: variant || undefined,
      selfReported: !(url && INDEPENDENT_HOSTS.test(url)),
      source: MODELS_DEV,
      url,
      date: toDate(b.date),
    });
  }
  return scores;
}

function readLinks(m: Raw): Link[] {
  const links: Link[] = [];
  for (const list of [m.links, m.weights]) {
    if (!Array.isArray(list)) continue;
    for (const l of list)
      if (isRecord(l) && isString(l.label) && isString(l.url)) links.push({ label: l.label, url: l.url });
  }
  return links;
}

/**
 * The record's `temperature` flag: whether a request may set the sampling temperature. Dated by
 * the record's `last_updated`, else the dataset's date. models.dev states no range.
 */
export function readParameterRules(m: Raw, date: string): ParameterRule[] {
  if (typeof m.temperature !== 'boolean') return [];
  return [
    {
      parameter: 'temperature',
      rule: m.temperature ? 'settable' : 'not-settable',
      source: MODELS_DEV,
      note: `temperature: ${String(m.temperature)}`,
      date: toDate(m.last_updated) ?? date,
    },
  ];
}

function readRecord(key: string, m: Raw, date: string): ModelRecord {
  const facts = readFacts(m);
  const [lab, ...rest] = key.split('/');
  return {
    source: MODELS_DEV,
    upstreamKey: key,
    ids: [rest.join('/') || key],
    baseModel: key,
    name: isString(m.name) ? m.name : undefined,
    creatorId: lab,
    family: isString(m.family) ? m.family : undefined,
    facts,
    capabilities: readCapabilities(m, facts),
    scores: readScores(m),
    links: readLinks(m),
    weights: [],
    parameterRules: readParameterRules(m, date),
    anchor: true,
  };
}

function skipReason(modelId: string, m: Raw): string | undefined {
  const output = isRecord(m.modalities) && Array.isArray(m.modalities.output) ? m.modalities.output : ['text'];
  if (!output.includes('text')) return `no text output (${output.join(', ')})`;
  return notALanguageModel(`${modelId} ${isString(m.name) ? m.name : ''}`);
}

export function readModelsDev(api: unknown, metadata: unknown, date: string): SourceData {
  const providers: Provider[] = [];
  const offers: Offer[] = [];
  const records: ModelRecord[] = [];
  const skipped: SourceData['skipped'] = [];
  if (!isRecord(api)) throw new Error('models.dev api.json is not an object of providers');
  for (const [providerId, p] of sortedEntries(api)) {
    if (!isRecord(p) || !isRecord(p.models)) continue;
    providers.push(readProvider(providerId, p));
    for (const [modelId, m] of sortedEntries(p.models)) {
      if (!isRecord(m)) continue;
      const reason = skipReason(modelId, m);
      if (reason) {
        skipped.push({ key: `${providerId}/${modelId}`, reason });
        continue;
      }
      const offer = readOffer(providerId, modelId, m, date);
      offers.push(offer, ...modeOffers(offer, m));
    }
  }
  if (isRecord(metadata))
    for (const [key, m] of sortedEntries(metadata)) if (isRecord(m)) records.push(readRecord(key, m, date));
  const source: Source = {
    id: MODELS_DEV,
    title: 'models.dev: an open database of AI model specifications, pricing and capabilities',
    url: 'https://models.dev',
    publisher: 'models.dev contributors (anomalyco/models.dev)',
    date,
    license: 'MIT',
    contributed: '',
  };
  return { source, providers, offers, records, benchmarks: [], skipped };
}
