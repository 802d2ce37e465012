/**
 * genai-prices (Pydantic, MIT): the price data bundled in the `@pydantic/genai-prices` package the
 * lockfile pins. It does not add routes of its own. For each route the other sources list, it is
 * asked for its price of that provider's model (its own match rules pick the entry, as its
 * `calcPrice` does), and that price takes part in the route's price claims like any other
 * source's (merge-routes.ts). Its dated price changes become the route's `history`.
 *
 * Dates: the data has no date field. Its comments say when prices were checked ("checked
 * 2026-07-17 and 2026-08-27", "as of 2026-08-25", "reported … on 2026-09-03"); the newest of those
 * is the data's date. A price's claim date is the newest check date its model's or its provider's
 * comments give (or the start of the price, where later), else the data's date: the package
 * states every price as current when it was published.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  calcPrice,
  waitForUpdate,
  type ModelInfo,
  type ModelPrice,
  type Provider as GenaiProvider,
} from '@pydantic/genai-prices';
import type { PricePeriod, PriceSet, PriceTier, Route, Source } from '../../src/domain/types';
import { convertModel } from '../../src/test/domain/genai-prices-routes';
import { GENAI_PRICES_PROVIDER_MAP } from './provider-map';
import type { LookupPrice, PriceLookup, RouteQuery, SourceData } from './types';
import { byString, cleanNumber } from './util';

export const GENAI_PRICES = 'genai-prices';

/** With no update source configured, the package resolves to the data it bundles. */
export async function bundledGenaiPrices(): Promise<GenaiProvider[]> {
  return (await waitForUpdate()) ?? [];
}

/** The installed package's version, which names the data it bundles. */
export function genaiPricesVersion(): string | undefined {
  const entry = createRequire(import.meta.url).resolve('@pydantic/genai-prices');
  const pkg = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as { version?: unknown };
  return typeof pkg.version === 'string' ? pkg.version : undefined;
}

const DATE = /\d{4}-\d{2}-\d{2}/g;
const CHECK_WORDS = /\b(?:check|checked|verified|as of|reported)\b/i;

/** Dates a comment gives for a check of its prices: those in a sentence that speaks of checking. */
export function checkDates(comment: string | undefined): string[] {
  if (!comment) return [];
  return comment
    .split(/(?<=[.;])\s+/)
    .filter((sentence) => CHECK_WORDS.test(sentence))
    .flatMap((sentence) => sentence.match(DATE) ?? []);
}

const newest = (dates: readonly string[]): string | undefined => [...dates].sort(byString).at(-1);

/** The data's date: the newest check its comments report. */
export function genaiDataDate(providers: readonly GenaiProvider[]): string | undefined {
  return newest(
    providers.flatMap((p) => [
      ...checkDates(p.price_comments),
      ...p.models.flatMap((m) => checkDates(m.price_comments)),
    ]),
  );
}

interface Period {
  from?: string;
  prices: ModelPrice;
}

/** The model's prices over time, oldest first; undefined when they follow the time of day. */
function periodsOf(model: ModelInfo): Period[] | undefined {
  if (!Array.isArray(model.prices)) return [{ prices: model.prices }];
  const periods: Period[] = [];
  for (const entry of model.prices) {
    const c = entry.constraint;
    if (c?.type === 'time_of_date') return undefined;
    periods.push({ from: c?.type === 'start_date' ? c.start_date : undefined, prices: entry.prices });
  }
  return periods.sort((a, b) => byString(a.from ?? '', b.from ?? ''));
}

const PRICE_KEYS = ['input', 'output', 'cacheRead', 'cacheWrite', 'cacheWrite1h', 'reasoning'] as const;

/** Prices in the catalog's key order, rounded as the other readers round them (1/12 as 0.08333333333). */
function tidy(prices: PriceSet): PriceSet {
  const out: PriceSet = {};
  for (const key of PRICE_KEYS) {
    const value = prices[key];
    if (value !== undefined) out[key] = cleanNumber(value);
  }
  return out;
}
const tidyTiers = (tiers: PriceTier[] | undefined) => tiers?.map((t) => ({ above: t.above, prices: tidy(t.prices) }));

const atDay = (day: string | undefined): Date => new Date(`${day ?? '1970-01-01'}T00:00:00Z`);

/** Bedrock's cross-region prefixes, which genai-prices keeps in its model ids and the catalog in `region`. */
const BEDROCK_REGION_PREFIX = /^(us|eu|apac|au|jp|ca|global|in)$/;

/**
 * genai-prices writes a Bedrock model it prices alike in every region as `regional.<Bedrock id>`,
 * and some with the revision (`:0`) Bedrock's ids for them leave out (Mistral's `-v0:2` is a
 * version, not a revision).
 */
function bedrockSpelling(provider: GenaiProvider, id: string): string | undefined {
  if (provider.id !== GENAI_PRICES_PROVIDER_MAP['amazon-bedrock']) return undefined;
  const spelled = id.replace(/^regional\./, '').replace(/(?<!-v0):\d+$/, '');
  return spelled === id ? undefined : spelled;
}

function idsToTry(route: RouteQuery): string[] {
  const id = route.providerModelId;
  if (route.providerId === 'amazon-bedrock' && route.region && BEDROCK_REGION_PREFIX.test(route.region))
    return id.toLowerCase().startsWith(`${route.region}.`) ? [id] : [`${route.region}.${id}`];
  return [id];
}

/**
 * The provider's own entry for a model id, matched by genai-prices itself. Its fallback
 * providers are left out: they price Azure's DeepSeek at DeepSeek's own rate, which is not
 * Azure's offer.
 */
function matchModel(provider: GenaiProvider, id: string, at: Date): ModelInfo | undefined {
  try {
    return calcPrice({}, id, { provider, timestamp: at })?.model;
  } catch {
    return undefined;
  }
}

export interface GenaiPricesOptions {
  /** Overrides the data's date (tests). */
  date?: string;
  /** The package version the data comes from, for the source's title. */
  version?: string;
}

export function readGenaiPrices(providers: readonly GenaiProvider[], options: GenaiPricesOptions = {}): SourceData {
  const date = options.date ?? genaiDataDate(providers) ?? '1970-01-01';
  const byId = new Map(providers.map((p) => [p.id, { ...p, fallback_model_providers: undefined }]));
  const cache = new Map<string, LookupPrice | { skipped: string } | undefined>();

  const claimDate = (provider: GenaiProvider, model: ModelInfo, from: string | undefined): string => {
    const checks = [...checkDates(model.price_comments), ...checkDates(provider.price_comments)];
    return checks.length ? (newest([...checks, ...(from ? [from] : [])]) ?? date) : date;
  };

  const price = (provider: GenaiProvider, model: ModelInfo, route: RouteQuery): LookupPrice | { skipped: string } => {
    const periods = periodsOf(model);
    if (!periods) return { skipped: 'time-of-day prices (peak and off-peak), no single price' };
    const converted = periods.map((p) => ({ period: p, result: convertModel(provider, model, atDay(p.from)) }));
    const currentIndex = periods.reduce((found, p, i) => (!p.from || p.from <= date ? i : found), 0);
    const current = converted[currentIndex];
    if (!current?.result.ok) return { skipped: current?.result.ok === false ? current.result.skipped.reason : 'none' };
    const history: PricePeriod[] = [];
    converted.forEach(({ period, result }, i) => {
      if (i === currentIndex || !result.ok) return;
      const next = periods[i + 1]?.from;
      history.push({
        prices: tidy(result.converted.route.prices),
        from: period.from,
        until: i < currentIndex ? next : undefined,
        source: GENAI_PRICES,
      });
    });
    const { prices, tiers, perRequest } = current.result.converted.route;
    const image = current.period.prices.output_image_mtok;
    const out: Omit<Route, 'id'> = {
      providerId: route.providerId,
      providerModelId: route.providerModelId,
      billing: 'payg',
      currency: 'USD',
      prices: tidy(prices),
      tiers: tidyTiers(tiers),
      perRequest: perRequest === undefined ? undefined : cleanNumber(perRequest),
      region: route.region,
      status: model.deprecated ? 'deprecated' : 'active',
      source: GENAI_PRICES,
      checked: claimDate(provider, model, current.period.from),
    };
    return {
      modelId: model.id,
      providerSpelling: bedrockSpelling(provider, model.id),
      route: out,
      imageOutput: typeof image === 'number' ? cleanNumber(image) : undefined,
      history: history.length ? history : undefined,
    };
  };

  const lookup: PriceLookup = {
    source: GENAI_PRICES,
    find(route) {
      const genaiId = GENAI_PRICES_PROVIDER_MAP[route.providerId];
      const asked = genaiId ? byId.get(genaiId) : undefined;
      if (!asked || route.billing !== 'payg' || route.variant) return undefined;
      // genai-prices states one price per provider; a regional price is another offer, except
      // Bedrock's cross-region (geo) ids, which it prices one by one. Its Bedrock prices are
      // US-region prices, so a route in one named AWS region is not one it prices.
      const geo = route.providerId === 'amazon-bedrock' && BEDROCK_REGION_PREFIX.test(route.region ?? '');
      if (route.region && !geo) return undefined;
      const key = [route.providerId, route.region ?? '', route.providerModelId].join('|');
      if (cache.has(key)) return cache.get(key);
      let found: LookupPrice | { skipped: string } | undefined;
      for (const id of idsToTry(route)) {
        const model = matchModel(asked, id, atDay(date));
        if (model) {
          found = price(asked, model, route);
          break;
        }
      }
      cache.set(key, found);
      return found;
    },
  };

  const source: Source = {
    id: GENAI_PRICES,
    title: `genai-prices price data (bundled in the npm package @pydantic/genai-prices${options.version ? ` ${options.version}` : ''})`,
    url: 'https://github.com/pydantic/genai-prices',
    publisher: 'Pydantic',
    date,
    license: 'MIT',
    contributed:
      'A fourth price for the routes of the providers it covers, with long-context tiers, dated price changes and image-output prices.',
  };
  return { source, providers: [], offers: [], records: [], benchmarks: [], skipped: [], lookup };
}
