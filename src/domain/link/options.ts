/**
 * The options part of a link: currency, rate overrides, free tiers, provider choice, self-hosting,
 * chart benchmark.
 */
import { DEFAULT_COMPARISON, type ComparisonState } from '../comparison';
import { KEY, MAX_GPU_HOUR_USD, MAX_RATE_PER_USD } from './keys';
import { plainNumber, readLinkNumber, writeLinkNumber } from './number';
import { readProviders, writeProviders } from './providers';
import { quote } from './text';

type Options = Pick<
  ComparisonState,
  'currency' | 'rateOverrides' | 'includeFreeAndPlans' | 'providers' | 'selfHosting' | 'scatterBenchmarkId'
>;

export function writeOptions(state: Options): [string, string][] {
  const d = DEFAULT_COMPARISON;
  const pairs: [string, string][] = [];
  if (state.currency !== d.currency) pairs.push([KEY.currency, state.currency]);
  const rates = Object.entries(state.rateOverrides).sort(([a], [b]) => (a < b ? -1 : 1));
  if (rates.length > 0)
    pairs.push([KEY.rates, rates.map(([code, rate]) => `${code}:${writeLinkNumber(rate)}`).join(',')]);
  if (state.includeFreeAndPlans) pairs.push([KEY.free, '1']);
  pairs.push(...writeProviders(state.providers));
  if (state.selfHosting.gpuId !== d.selfHosting.gpuId) pairs.push([KEY.gpu, state.selfHosting.gpuId]);
  if (state.selfHosting.hourlyUsd !== d.selfHosting.hourlyUsd)
    pairs.push([KEY.gpuHour, writeLinkNumber(state.selfHosting.hourlyUsd)]);
  if (state.scatterBenchmarkId !== undefined) pairs.push([KEY.benchmark, state.scatterBenchmarkId]);
  return pairs;
}

export interface OptionRules {
  isKnownCurrency: (code: string) => boolean;
  isKnownBenchmark: (id: string) => boolean;
  isKnownProvider: (id: string) => boolean;
  gpuIds: readonly string[];
}

function readRates(raw: string, isKnownCurrency: (code: string) => boolean, ignored: string[]): Record<string, number> {
  const rates: Record<string, number> = {};
  let bad = 0;
  for (const item of raw.split(',').filter((i) => i !== '')) {
    const [code = '', text = '', ...rest] = item.split(':');
    const rate = readLinkNumber(text);
    if (
      rest.length > 0 ||
      !isKnownCurrency(code) ||
      Object.hasOwn(rates, code) ||
      !(rate > 0 && rate <= MAX_RATE_PER_USD)
    ) {
      if (bad++ < 3)
        ignored.push(`Exchange rate ${quote(item)} is not a known currency with a positive rate; ignored.`);
    } else rates[code] = rate;
  }
  if (bad > 3) ignored.push(`${bad - 3} more exchange rates ignored.`);
  return rates;
}

/** Options a link's values describe; each unusable value gives the default and a message. */
export function readOptions(
  get: (key: string) => string | undefined,
  rules: OptionRules,
): { options: Options; ignored: string[] } {
  const d = DEFAULT_COMPARISON;
  const ignored: string[] = [];

  let currency = d.currency;
  const rawCurrency = get(KEY.currency);
  if (rawCurrency !== undefined) {
    const code = rawCurrency.toUpperCase();
    if (rules.isKnownCurrency(code)) currency = code;
    else ignored.push(`Currency ${quote(rawCurrency)} is not known; using ${d.currency}.`);
  }

  const rawRates = get(KEY.rates);
  const rateOverrides = rawRates === undefined ? {} : readRates(rawRates, rules.isKnownCurrency, ignored);

  let includeFreeAndPlans = d.includeFreeAndPlans;
  const rawFree = get(KEY.free);
  if (rawFree === '1' || rawFree === '0') includeFreeAndPlans = rawFree === '1';
  else if (rawFree !== undefined)
    ignored.push(`“Include free tiers and plans” must be 0 or 1, not ${quote(rawFree)}; left off.`);

  const providers = readProviders(get, rules.isKnownProvider);
  ignored.push(...providers.ignored);

  let gpuId = d.selfHosting.gpuId;
  const rawGpu = get(KEY.gpu);
  if (rawGpu !== undefined) {
    if (rules.gpuIds.includes(rawGpu)) gpuId = rawGpu;
    else ignored.push(`GPU type ${quote(rawGpu)} is not known; using ${d.selfHosting.gpuId}.`);
  }

  let hourlyUsd = d.selfHosting.hourlyUsd;
  const rawHour = get(KEY.gpuHour);
  if (rawHour !== undefined) {
    const value = readLinkNumber(rawHour);
    if (value >= 0 && value <= MAX_GPU_HOUR_USD) hourlyUsd = value;
    else
      ignored.push(
        `GPU-hour price ${quote(rawHour)} is not between 0 and ${plainNumber(MAX_GPU_HOUR_USD)} USD; using ${plainNumber(hourlyUsd)}.`,
      );
  }

  const rawBenchmark = get(KEY.benchmark);
  const known = rawBenchmark !== undefined && rules.isKnownBenchmark(rawBenchmark);
  if (rawBenchmark !== undefined && !known)
    ignored.push(`Benchmark ${quote(rawBenchmark)} is not known; the chart picks one.`);

  return {
    options: {
      currency,
      rateOverrides,
      includeFreeAndPlans,
      providers: providers.providers,
      selfHosting: { gpuId, hourlyUsd },
      ...(known ? { scatterBenchmarkId: rawBenchmark } : {}),
    },
    ignored,
  };
}
