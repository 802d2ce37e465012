/**
 * Reads litellm's `model_prices_and_context_window.json` (USD per token) into offers. Only
 * chat, completion and responses entries are language-model routes; the rest is skipped and
 * counted. Keys look like `bedrock/eu-north-1/moonshotai.kimi-k2.5`: provider prefix, an
 * optional region, then the provider's model id.
 */
import type { PriceSet, PriceTier, Provider, Source } from '../../src/domain/types';
import { billingKind, pricesFor } from './billing';
import { notALanguageModel } from './model-kinds';
import { EXTRA_PROVIDER_NAMES, KNOWN_OPENAI_COMPATIBLE, litellmProviderId } from './provider-map';
import type { Capabilities, Offer, SourceData } from './types';
import { isNumber, isRecord, isString, perMillion, sortedEntries, toDate } from './util';

export const LITELLM = 'litellm';
type Raw = Record<string, unknown>;

const LLM_MODES = new Set(['chat', 'completion', 'responses']);
/** No language model sells tokens above this (o1-pro output is $600); higher figures are unit errors. */
export const IMPLAUSIBLE_PER_MILLION = 1000;
const REGION = /^(us|eu|ap|apac|sa|ca|me|af|jp|au|global|global-standard|data-zone|us-gov)(-[a-z]+)*(-\d+)?$/;

const price = (raw: Raw, key: string): number | undefined =>
  isNumber(raw[key]) && raw[key] >= 0 ? perMillion(raw[key]) : undefined;

/** The price set named by `suffix` (``, `_batches`, `_flex`, `_priority`, `_above_200k_tokens`…). */
export function litellmPriceSet(raw: Raw, suffix = ''): PriceSet {
  return {
    input: price(raw, `input_cost_per_token${suffix}`),
    output: price(raw, `output_cost_per_token${suffix}`),
    cacheRead:
      price(raw, `cache_read_input_token_cost${suffix}`) ??
      (suffix ? undefined : price(raw, 'input_cost_per_token_cache_hit')),
    cacheWrite: price(raw, `cache_creation_input_token_cost${suffix}`),
    cacheWrite1h: price(
      raw,
      suffix ? `cache_creation_input_token_cost_above_1hr${suffix}` : 'cache_creation_input_token_cost_above_1hr',
    ),
    reasoning: price(raw, `output_cost_per_reasoning_token${suffix}`),
  };
}

const hasPrice = (p: PriceSet): boolean => Object.values(p).some((v) => v !== undefined);
const optional = (p: PriceSet): PriceSet | undefined => (hasPrice(p) ? p : undefined);

/** Long-context tiers from `_above_Nk_tokens` keys and from `tiered_pricing` ranges. */
export function litellmTiers(raw: Raw): PriceTier[] | undefined {
  const thresholds = new Set<number>();
  for (const key of Object.keys(raw)) {
    const m = /^(?:input|output)_cost_per_token_above_(\d+)k_tokens$/.exec(key);
    if (m?.[1]) thresholds.add(Number(m[1]));
  }
  const tiers: PriceTier[] = [...thresholds].map((k) => ({
    above: k * 1000,
    prices: litellmPriceSet(raw, `_above_${k}k_tokens`),
  }));
  if (Array.isArray(raw.tiered_pricing)) {
    for (const t of raw.tiered_pricing) {
      if (!isRecord(t) || !Array.isArray(t.range) || !isNumber(t.range[0]) || t.range[0] <= 0) continue;
      tiers.push({ above: Math.round(t.range[0]), prices: litellmPriceSet(t) });
    }
  }
  return tiers.length ? tiers.sort((a, b) => a.above - b.above) : undefined;
}

/** The first `tiered_pricing` range (from 0) holds the base prices of entries without flat prices. */
function basePrices(raw: Raw): PriceSet {
  const flat = litellmPriceSet(raw);
  if (hasPrice(flat) || !Array.isArray(raw.tiered_pricing)) return flat;
  const first = raw.tiered_pricing.find((t) => isRecord(t) && Array.isArray(t.range) && t.range[0] === 0);
  return isRecord(first) ? litellmPriceSet(first) : flat;
}

const yesNo = (value: unknown): 'yes' | 'no' | undefined =>
  value === true ? 'yes' : value === false ? 'no' : undefined;

/** litellm's flags: a missing flag is unknown, never "no". */
export function litellmCapabilities(raw: Raw, batch: boolean): Capabilities {
  return {
    vision: yesNo(raw.supports_vision),
    'function-calling': yesNo(raw.supports_function_calling),
    'tool-use': yesNo(raw.supports_function_calling),
    'structured-outputs': yesNo(raw.supports_response_schema),
    'prompt-caching': yesNo(raw.supports_prompt_caching),
    reasoning: yesNo(raw.supports_reasoning),
    'web-search': yesNo(raw.supports_web_search),
    'computer-use': yesNo(raw.supports_computer_use),
    'batch-api': batch ? 'yes' : undefined,
  };
}

/** Splits a key into the provider's model id and a region: prefix segments that name the provider are dropped. */
export function splitKey(key: string, provider: string): { modelId: string; region?: string } {
  const parts = key.split('/');
  const prefixes = new Set([provider, provider.split('-')[0], provider.replace(/_ai$/, ''), 'vertex_ai', 'bedrock']);
  if (parts.length > 1 && prefixes.has(parts[0] ?? '')) parts.shift();
  let region: string | undefined;
  if (parts.length > 1 && REGION.test(parts[0] ?? '')) region = parts.shift();
  return { modelId: parts.join('/'), region };
}

function readOffer(key: string, raw: Raw, date: string): Offer {
  const litellmProvider = isString(raw.litellm_provider) ? raw.litellm_provider : 'unknown';
  const providerId = litellmProviderId(litellmProvider);
  const { modelId, region } = splitKey(key, litellmProvider);
  const rawPrices = basePrices(raw);
  const freeId = /(^|[-:])free$/.test(modelId.toLowerCase());
  const billing = billingKind(providerId, rawPrices, freeId ? 'free' : undefined);
  const batch = billing === 'payg' ? optional(litellmPriceSet(raw, '_batches')) : undefined;
  const maxIn = isNumber(raw.max_input_tokens) ? raw.max_input_tokens : undefined;
  const maxOut = isNumber(raw.max_output_tokens) ? raw.max_output_tokens : undefined;
  const perRequest = price(raw, 'input_cost_per_request');
  return {
    source: LITELLM,
    upstreamKey: key,
    ids: [modelId],
    facts: { contextWindow: maxIn, maxOutput: maxOut },
    capabilities: litellmCapabilities(raw, batch !== undefined),
    route: {
      providerId,
      providerModelId: modelId,
      billing,
      currency: 'USD',
      prices: pricesFor(billing, rawPrices),
      tiers: billing === 'payg' ? litellmTiers(raw) : undefined,
      batch,
      flex: billing === 'payg' ? optional(litellmPriceSet(raw, '_flex')) : undefined,
      priority: billing === 'payg' ? optional(litellmPriceSet(raw, '_priority')) : undefined,
      // input_cost_per_request is USD per request; perMillion would scale it wrongly.
      perRequest: perRequest !== undefined ? perRequest / 1e6 : undefined,
      context: maxIn,
      maxOutput: maxOut,
      region,
      status: isString(raw.deprecation_date) && raw.deprecation_date <= date ? 'deprecated' : 'active',
      source: LITELLM,
      checked: date,
    },
  };
}

function providerFor(id: string): Provider {
  const extra = EXTRA_PROVIDER_NAMES[id];
  const name =
    extra?.name ??
    id
      .split('-')
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
      .join(' ');
  return {
    id,
    name,
    docUrl: extra?.docUrl,
    openaiCompatible: extra?.openaiCompatible ?? KNOWN_OPENAI_COMPATIBLE.has(id),
    source: LITELLM,
  };
}

export function readLitellm(file: unknown, fallbackDate: string): SourceData {
  if (!isRecord(file)) throw new Error('litellm file is not an object of routes');
  const date = toDate(file.last_updated) ?? fallbackDate;
  const offers: Offer[] = [];
  const skipped: { key: string; reason: string }[] = [];
  for (const [key, raw] of sortedEntries(file)) {
    if (key === 'sample_spec' || key === 'last_updated' || !isRecord(raw)) continue;
    if (!LLM_MODES.has(String(raw.mode))) {
      skipped.push({ key, reason: `mode ${String(raw.mode)}` });
      continue;
    }
    // Bedrock's provisioned throughput (1- or 6-month commitments) is not a per-token offer.
    if (/\/\d+-month-commitment\//.test(key)) {
      skipped.push({ key, reason: 'provisioned-throughput commitment' });
      continue;
    }
    const kind = notALanguageModel(key);
    if (kind) {
      skipped.push({ key, reason: kind });
      continue;
    }
    // `ft:` keys price running a fine-tuned copy, not a route of the base model.
    if (/(^|\/)ft:/.test(key)) {
      skipped.push({ key, reason: 'fine-tuned model price' });
      continue;
    }
    const offer = readOffer(key, raw, date);
    const { input, output } = offer.route.prices;
    if ((input ?? 0) > IMPLAUSIBLE_PER_MILLION || (output ?? 0) > IMPLAUSIBLE_PER_MILLION) {
      skipped.push({
        key,
        reason: `implausible price (over ${IMPLAUSIBLE_PER_MILLION} USD per 1M tokens): a unit error upstream`,
      });
      continue;
    }
    offers.push(offer);
  }
  const providerIds = [...new Set(offers.map((o) => o.route.providerId))].sort();
  const source: Source = {
    id: LITELLM,
    title: 'LiteLLM model prices and context windows',
    url: 'https://github.com/BerriAI/litellm/blob/main/model_prices_and_context_window.json',
    publisher: 'BerriAI (LiteLLM)',
    date,
    license: 'MIT',
    contributed: '',
  };
  return { source, providers: providerIds.map(providerFor), offers, records: [], benchmarks: [], skipped };
}
