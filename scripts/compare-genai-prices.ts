/**
 * Report: where the app catalog's prices (public/catalog) disagree with genai-prices' bundled
 * data, for the models and providers both know. Run with `npx tsx scripts/compare-genai-prices.ts`;
 * the report goes to stdout and is not committed.
 *
 * A catalog route is matched by asking genai-prices for its provider's price of the route's
 * provider model id (genai-prices' own model matching), at the date the catalog checked the
 * price. Prices are compared in USD per 1M tokens (per request for fees), component by
 * component, including each long-context tier.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { calcPrice, type ModelPrice, type TieredPrices } from '@pydantic/genai-prices';
import { parseCatalogIndex, parseModel } from '../src/catalog/parse';
import { pricesForPrompt } from '../src/domain/cost/prices';
import { usdConverter } from '../src/domain/cost/currency';
import { priceAbove } from '../src/test/domain/genai-prices-routes';
import type { PriceSet, Route } from '../src/domain/types';

const CATALOG = join(process.cwd(), 'public', 'catalog');
/**
 * Relative difference below which two prices are the same price written differently: sources
 * round per-token prices (0.083333 for 1/12), which leaves differences of a few parts per million.
 */
const TOLERANCE = 5e-5;

/** Catalog provider ids whose genai-prices id differs. */
const PROVIDER_IDS: Readonly<Record<string, string>> = {
  'amazon-bedrock': 'aws',
  'fireworks-ai': 'fireworks',
  togetherai: 'together',
  'novita-ai': 'novita',
  xai: 'x-ai',
  'cloudflare-workers-ai': 'cloudflare',
};

const COMPONENTS: readonly [keyof PriceSet, string][] = [
  ['input', 'input_mtok'],
  ['output', 'output_mtok'],
  ['cacheRead', 'cache_read_mtok'],
  ['cacheWrite', 'cache_write_mtok'],
  ['cacheWrite1h', 'cache_write_1h_mtok'],
  ['reasoning', 'output_reasoning_mtok'],
];

interface Row {
  model: string;
  provider: string;
  component: string;
  catalog: number | undefined;
  reference: number | undefined;
}

const isTiered = (v: ModelPrice[string]): v is TieredPrices => typeof v === 'object' && v !== null;
const genaiAt = (v: ModelPrice[string], threshold: number | undefined): number | undefined =>
  v === undefined ? undefined : isTiered(v) ? (threshold === undefined ? v.base : priceAbove(v, threshold)) : v;

function compareRoute(
  modelId: string,
  route: Route,
  usdPerUnit: number,
  price: ModelPrice,
  genaiModelId: string,
): Row[] {
  const matched = genaiModelId.toLowerCase() === route.providerModelId.toLowerCase() ? '' : ` = ${genaiModelId}`;
  const variant = route.variant ? ` [${route.variant}]` : '';
  const provider = `${route.providerId}${variant} (${route.providerModelId}${matched})`;
  const thresholds = new Set<number>((route.tiers ?? []).map((t) => t.above));
  for (const v of Object.values(price)) if (isTiered(v)) for (const t of v.tiers) thresholds.add(t.start);
  const rows: Row[] = [];
  for (const threshold of [undefined, ...[...thresholds].sort((a, b) => a - b)]) {
    const catalogPrices = threshold === undefined ? route.prices : pricesForPrompt(route, threshold + 1).prices;
    for (const [key, genaiKey] of COMPONENTS) {
      const c = catalogPrices[key];
      const catalog = c === undefined ? undefined : c * usdPerUnit;
      const reference = genaiAt(price[genaiKey], threshold);
      const component = threshold === undefined ? key : `${key} >${threshold.toLocaleString('en-US')}`;
      rows.push({ model: modelId, provider, component, catalog, reference });
    }
  }
  const fee = price.requests_kcount;
  rows.push({
    model: modelId,
    provider,
    component: 'per request',
    catalog: route.perRequest === undefined ? undefined : route.perRequest * usdPerUnit,
    reference: typeof fee === 'number' ? fee / 1000 : undefined,
  });
  return rows;
}

const relative = (a: number, b: number): number => (a === b ? 0 : Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b)));
const show = (v: number | undefined): string => (v === undefined ? '—' : String(Number(v.toPrecision(6))));

function main(): number {
  const indexPath = join(CATALOG, 'index.json');
  if (!existsSync(indexPath)) {
    console.log(`No catalog at ${indexPath}: run the catalog import (npm run catalog) first, then this report.`);
    return 0;
  }
  const index = parseCatalogIndex(JSON.parse(readFileSync(indexPath, 'utf8')));
  if (!index.ok) {
    console.log(`The catalog index cannot be read: ${index.reason}`);
    return 1;
  }
  const toUsd = usdConverter(index.data.data.rates);
  const modelsDir = join(CATALOG, 'models');
  const files = existsSync(modelsDir) ? readdirSync(modelsDir).filter((f) => f.endsWith('.json')) : [];
  let routesSeen = 0;
  let routesMatched = 0;
  const disagreements: (Row & { diff: number })[] = [];
  const oneSided: Row[] = [];
  let agreements = 0;
  const timeOfDay: string[] = [];
  for (const file of files.sort()) {
    const id = file.replace(/\.json$/, '');
    const parsed = parseModel(JSON.parse(readFileSync(join(modelsDir, file), 'utf8')), id);
    if (!parsed.ok) continue;
    for (const route of parsed.data.data.routes) {
      if (route.billing !== 'payg') continue;
      routesSeen += 1;
      const providerId = PROVIDER_IDS[route.providerId] ?? route.providerId;
      const usdPerUnit = toUsd(1, route.currency);
      if (usdPerUnit === undefined) continue;
      const at = new Date(`${route.checked}T12:00:00Z`);
      const result = calcPrice({ input_tokens: 1000, output_tokens: 1000 }, route.providerModelId, {
        providerId,
        timestamp: Number.isNaN(at.getTime()) ? new Date() : at,
      });
      if (!result || result.provider.id !== providerId) continue;
      const prices = result.model.prices;
      if (Array.isArray(prices) && prices.some((p) => p.constraint?.type === 'time_of_date')) {
        timeOfDay.push(`${id} on ${route.providerId}`);
        continue;
      }
      routesMatched += 1;
      for (const row of compareRoute(id, route, usdPerUnit, result.model_price, result.model.id)) {
        if (row.catalog === undefined && row.reference === undefined) continue;
        if (row.catalog === undefined || row.reference === undefined) oneSided.push(row);
        else if (relative(row.catalog, row.reference) > TOLERANCE)
          disagreements.push({ ...row, diff: relative(row.catalog, row.reference) });
        else agreements += 1;
      }
    }
  }

  console.log('Catalog vs genai-prices: prices in USD per 1M tokens (per request for fees)\n');
  console.log(
    ['model', 'provider (model id)', 'component', 'catalog', 'genai-prices', 'relative difference'].join('\t'),
  );
  for (const d of disagreements.sort((a, b) => b.diff - a.diff))
    console.log(
      [d.model, d.provider, d.component, show(d.catalog), show(d.reference), `${(d.diff * 100).toFixed(3)}%`].join(
        '\t',
      ),
    );
  const byComponent = new Map<string, number>();
  for (const d of disagreements) {
    const key = d.component.replace(/ >.*/, ' (long-context tier)');
    byComponent.set(key, (byComponent.get(key) ?? 0) + 1);
  }
  const oneSidedCount = (side: 'catalog' | 'reference') => oneSided.filter((r) => r[side] === undefined).length;
  console.log('\nSummary');
  console.log(
    `  catalog models read: ${files.length}; pay-as-you-go routes: ${routesSeen}; routes genai-prices also prices: ${routesMatched}`,
  );
  console.log(`  components that agree (within ${TOLERANCE} relative): ${agreements}`);
  console.log(
    `  disagreements: ${disagreements.length}${byComponent.size ? ` (${[...byComponent].map(([k, n]) => `${k}: ${n}`).join(', ')})` : ''}`,
  );
  if (timeOfDay.length > 0)
    console.log(
      `  not compared, time-of-day prices in genai-prices (no single price to compare): ${[...new Set(timeOfDay)].join(', ')}`,
    );
  console.log(
    `  components only genai-prices states: ${oneSidedCount('catalog')}; only the catalog states: ${oneSidedCount('reference')}`,
  );
  return 0;
}

process.exitCode = main();
