/**
 * Converts genai-prices' bundled price data into the engine's Route format, for the
 * differential test and for the catalog pipeline (scripts/catalog/read-genai-prices.ts). The app
 * itself never imports genai-prices.
 *
 * Semantics compared (genai-prices 0.1.x, read from its calcPrice):
 * - `input_tokens` is the whole prompt, cache reads and writes included, like the profile's
 *   `inputTokens`; cache reads and writes are parts of it, as the profile's shares are.
 * - `output_tokens` includes `output_reasoning_tokens`; the profile counts them apart.
 * - Tiered prices are stated per component, each compared with the whole prompt
 *   (`input_tokens`, cache included) with a strict `>`: a 200,000-token prompt stays at base
 *   prices, 200,001 moves up. The engine compares the same count the same way.
 * - A component without a price of its own is billed at its parent's price (cache at input,
 *   reasoning at output), as the engine's fallbacks do.
 * Where the two differ: genai-prices tiers each component on its own thresholds, while the
 * engine (DESIGN.md) picks one tier for the whole request and gives a component the tier omits
 * its base price. The engine keeps DESIGN's rule because the catalog states tiers as whole price
 * sets per threshold (litellm's `_above_200k_tokens` keys), so the conversion takes the union
 * of the thresholds and states, at each, the price every tiered component has there. The two
 * then agree exactly; in the bundled data every tiered component of a model shares its
 * thresholds anyway.
 */
import type { ModelInfo, ModelPrice, Provider, TieredPrices, Usage } from '@pydantic/genai-prices';
import type { TrafficProfile } from '../../domain/traffic/profile';
import type { PriceSet, PriceTier, Route } from '../../domain/types';

/** The date the conversion and calcPrice both price at, so start-date price changes agree. */
export const PRICE_DATE = new Date('2026-06-01T00:00:00Z');

const TOKEN_KEYS: Readonly<Record<string, keyof PriceSet>> = {
  input_mtok: 'input',
  output_mtok: 'output',
  cache_read_mtok: 'cacheRead',
  cache_write_mtok: 'cacheWrite',
  output_reasoning_mtok: 'reasoning',
};
const FEE_KEY = 'requests_kcount';

/** Why a genai-prices price key has no counterpart in the engine's traffic profile. */
export function unsupportedReason(key: string): string {
  if (key.includes('1h'))
    return '1-hour cache writes (the profile has one cache-write share, billed at the 5-minute price)';
  if (key.includes('audio')) return 'audio tokens or durations';
  if (key.includes('image') || key.includes('pixels')) return 'images';
  if (key.includes('video')) return 'video';
  if (key.includes('searches') || key.includes('executions')) return 'tool calls (search, code execution) per 1,000';
  if (key.includes('kpages')) return 'document pages';
  if (key.includes('mchars')) return 'characters';
  if (key.includes('citation')) return 'citation tokens';
  if (key.includes('messages')) return 'messages';
  return 'a unit the traffic profile does not have';
}

export interface ConvertedRoute {
  providerId: string;
  modelId: string;
  route: Route;
  /** Price keys left out of the route; cases give them no usage, so they cost 0 on both sides. */
  ignored: { key: string; reason: string }[];
  /** Thresholds of the route's tiers, in prompt tokens. */
  thresholds: number[];
}

export interface SkippedModel {
  providerId: string;
  modelId: string;
  reason: string;
}

export type Conversion = { ok: true; converted: ConvertedRoute } | { ok: false; skipped: SkippedModel };

const isTiered = (value: ModelPrice[string]): value is TieredPrices => typeof value === 'object' && value !== null;

/** The price set in force at `at`, chosen as calcPrice chooses it; undefined for time-of-day prices. */
function pricesAt(model: ModelInfo, at: Date): ModelPrice | undefined {
  if (!Array.isArray(model.prices)) return model.prices;
  if (model.prices.some((p) => p.constraint?.type === 'time_of_date')) return undefined;
  for (let i = model.prices.length - 1; i >= 0; i--) {
    const entry = model.prices[i];
    if (!entry) continue;
    const constraint = entry.constraint;
    if (constraint === undefined) return entry.prices;
    if (constraint.type === 'start_date' && at >= new Date(constraint.start_date)) return entry.prices;
  }
  return model.prices[0]?.prices;
}

/** A tiered component's price for a prompt just above `threshold` (base when no tier starts at or below it), per 1M tokens. */
export function priceAbove(value: TieredPrices, threshold: number): number {
  let price = value.base;
  for (const tier of [...value.tiers].sort((a, b) => a.start - b.start))
    if (tier.start <= threshold) price = tier.price;
  return price;
}

/** One genai-prices model on one provider as an engine route, or the reason it cannot be one. */
export function convertModel(provider: Provider, model: ModelInfo, at: Date = PRICE_DATE): Conversion {
  const skip = (reason: string): Conversion => ({
    ok: false,
    skipped: { providerId: provider.id, modelId: model.id, reason },
  });
  const prices = pricesAt(model, at);
  if (!prices) return skip('time-of-day pricing (off-peak discount windows)');
  const keys = Object.keys(prices).filter((k) => prices[k] !== undefined);
  const hasInput = keys.includes('input_mtok');
  const hasOutput = keys.includes('output_mtok');
  if (hasInput && !hasOutput)
    return skip('input price only (embeddings, moderation): the engine needs an output price to price a route');
  if (!hasInput && hasOutput) return skip('output price only: the engine needs an input price to price a route');
  if (keys.length === 0) return skip('no price at all (free or subscription use)');
  if (!hasInput) {
    const priced = keys.map((k) => `${k} (${unsupportedReason(k)})`).join(', ');
    return skip(`no per-token price: priced by ${priced}`);
  }
  if (isTiered(prices[FEE_KEY])) return skip('per-request fee tiered by prompt size');

  const base: PriceSet = {};
  const tiered: [keyof PriceSet, TieredPrices][] = [];
  const ignored: ConvertedRoute['ignored'] = [];
  for (const key of keys) {
    const value = prices[key];
    const target = TOKEN_KEYS[key];
    if (key === FEE_KEY || value === undefined) continue;
    if (!target) {
      ignored.push({ key, reason: unsupportedReason(key) });
      continue;
    }
    if (isTiered(value)) {
      base[target] = value.base;
      tiered.push([target, value]);
    } else base[target] = value;
  }
  const thresholds = [...new Set(tiered.flatMap(([, v]) => v.tiers.map((t) => t.start)))].sort((a, b) => a - b);
  const tiers: PriceTier[] = thresholds.map((above) => ({
    above,
    prices: Object.fromEntries(tiered.map(([target, value]) => [target, priceAbove(value, above)])),
  }));
  const fee = prices[FEE_KEY];
  const route: Route = {
    id: `${provider.id}/${model.id}`,
    providerId: provider.id,
    providerModelId: model.id,
    billing: 'payg',
    currency: 'USD',
    prices: base,
    status: 'active',
    source: 'genai-prices',
    checked: at.toISOString().slice(0, 10),
  };
  if (tiers.length > 0) route.tiers = tiers;
  // requests_kcount is USD per 1,000 requests.
  if (typeof fee === 'number') route.perRequest = fee / 1000;
  return { ok: true, converted: { providerId: provider.id, modelId: model.id, route, ignored, thresholds } };
}

/** The profile of one request with genai-prices' usage. */
export function profileFromUsage(usage: Usage): TrafficProfile {
  const input = usage.input_tokens ?? 0;
  const reasoning = usage.output_reasoning_tokens ?? 0;
  return {
    requests: 1,
    inputTokens: input,
    outputTokens: (usage.output_tokens ?? 0) - reasoning,
    reasoningTokens: reasoning,
    cachedShare: input > 0 ? (usage.cache_read_tokens ?? 0) / input : 0,
    cacheWriteShare: input > 0 ? (usage.cache_write_tokens ?? 0) / input : 0,
    batchShare: 0,
  };
}

/**
 * Usages that exercise a route: plain text, cache reads and writes (billed at input price
 * where the model has no cache price), reasoning (billed at output price where it has no
 * reasoning price), and prompts at and just above each tier threshold.
 */
export function usagesFor(converted: ConvertedRoute): { label: string; usage: Usage }[] {
  const usages = [
    { label: 'text', usage: { input_tokens: 1000, output_tokens: 500 } },
    {
      label: 'cache',
      usage: { input_tokens: 10_000, cache_read_tokens: 6000, cache_write_tokens: 2000, output_tokens: 800 },
    },
    { label: 'reasoning', usage: { input_tokens: 2000, output_tokens: 3000, output_reasoning_tokens: 1000 } },
  ];
  for (const t of converted.thresholds) {
    for (const input of [t, t + 1]) {
      usages.push({
        label: `${input === t ? 'at' : 'above'} ${t}`,
        usage: {
          input_tokens: input,
          cache_read_tokens: Math.floor(input / 4),
          cache_write_tokens: Math.floor(input / 10),
          output_tokens: 1000,
        },
      });
    }
  }
  return usages;
}

/** The provider narrowed to one model matched by its own id, so calcPrice prices exactly that entry. */
export function providerWithOnly(provider: Provider, model: ModelInfo): Provider {
  return { ...provider, models: [{ ...model, match: { equals: model.id } }], fallback_model_providers: undefined };
}
