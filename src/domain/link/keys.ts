/**
 * The link format, version 1: short readable query keys, one per part of the comparison
 * state. A key whose value equals the default is left out, so the default comparison is "/".
 *
 *   m    model ids, comma-separated, in display order      m=kimi-k2.5,gpt-4.1
 *   b    baseline model id                                  b=gpt-4.1
 *   r in out rt   requests a month; input, output and reasoning tokens a request   r=2.5e6&in=800
 *   cr cw bs      cached, cache-write and batch shares (0..1)                       cr=0.5
 *   cur  display currency                                   cur=EUR
 *   fx   exchange-rate overrides, units per USD             fx=EUR:0.92,GBP:0.79
 *   free include free tiers and plans                       free=1
 *   xp   providers excluded from the cost, comma-separated  xp=jiekou,302ai
 *   pin  providers pinned: their route is the model's cost where the model has one   pin=openai
 *   fp   first-party routes only (the model's own lab)      fp=1
 *   reg  region area a route must be served in: us, eu, apac, ca, sa, global         reg=eu
 *   gpu gph       self-hosting GPU type and USD per GPU-hour                        gpu=h200-141gb&gph=3.5
 *   bm   benchmark of the price-versus-score chart          bm=mmlu-pro
 *   c    custom entries (base64url JSON), or "~" when they were too long to carry
 *   v    format version; written whenever anything else is, read as 1 when absent
 */
import type { TrafficField } from '../traffic/profile';

export const LINK_VERSION = 1;

/**
 * Longest query a shared link may have. Links pass through chat apps, mail clients and proxies
 * that cut or refuse long URLs; about 2,000 characters is the limit most of them honour.
 */
export const MAX_LINK_QUERY_LENGTH = 2000;

/** Value of `c` in a link whose custom entries were left out for length. */
export const CUSTOM_OMITTED = '~';

export const KEY = {
  models: 'm',
  baseline: 'b',
  currency: 'cur',
  rates: 'fx',
  free: 'free',
  excluded: 'xp',
  pinned: 'pin',
  firstParty: 'fp',
  region: 'reg',
  gpu: 'gpu',
  gpuHour: 'gph',
  benchmark: 'bm',
  custom: 'c',
  version: 'v',
} as const;

export const TRAFFIC_KEY: Readonly<Record<TrafficField, string>> = {
  requests: 'r',
  inputTokens: 'in',
  outputTokens: 'out',
  cachedShare: 'cr',
  cacheWriteShare: 'cw',
  reasoningTokens: 'rt',
  batchShare: 'bs',
};

/** Every key in the order links write them. */
export const LINK_KEYS: readonly string[] = [
  KEY.models,
  KEY.baseline,
  ...Object.values(TRAFFIC_KEY),
  KEY.currency,
  KEY.rates,
  KEY.free,
  KEY.excluded,
  KEY.pinned,
  KEY.firstParty,
  KEY.region,
  KEY.gpu,
  KEY.gpuHour,
  KEY.benchmark,
  KEY.custom,
  KEY.version,
];

/** Largest exchange-rate override a link may carry, in units per USD (real ones stay below 1e5). */
export const MAX_RATE_PER_USD = 1e9;
/** Largest GPU-hour price, in USD, as the self-hosting form accepts. */
export const MAX_GPU_HOUR_USD = 1000;

/** What a link may name without a catalog to check against: ids are plain slugs. */
export const ID_SYNTAX = /^[A-Za-z0-9][A-Za-z0-9._:@/+~-]{0,119}$/;
export const CURRENCY_SYNTAX = /^[A-Z]{3}$/;
