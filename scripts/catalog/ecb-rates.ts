/**
 * The European Central Bank's euro reference rates (eurofxref-daily.xml) as the catalog's
 * exchange rates. The file is a flat list of `<Cube currency="USD" rate="1.0823"/>` elements
 * inside one `<Cube time="YYYY-MM-DD">`, so it is read by tokenizing its Cube tags rather than
 * with an XML library: attribute order, either quote style, whitespace, namespace prefixes and
 * comments are all accepted, and anything that is not a well-formed rate stops the run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExchangeRate, Source } from '../../src/domain/types';
import type { CuratedData } from './types';

export const ECB_FILE = 'eurofxref-daily.xml';
export const ECB_DAILY_URL = 'https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml';

export interface EcbReferenceRates {
  /** The rates' own date (the `time` of their Cube), not the day they were downloaded. */
  date: string;
  /** Units of each currency per 1 EUR. */
  perEur: Record<string, number>;
}

function attributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    if (m[1]) out[m[1].replace(/^.*:/, '')] = (m[2] ?? m[3] ?? '').trim();
  return out;
}

/** The newest day's rates in an ECB reference-rate file (the daily file holds one day). */
export function parseEcbRates(xml: string): EcbReferenceRates {
  const text = xml.replace(/<!--[\s\S]*?-->/g, '');
  const days = new Map<string, Record<string, number>>();
  let day: Record<string, number> | undefined;
  for (const tag of text.matchAll(/<(?:[\w.-]+:)?Cube\b([^>]*)>/g)) {
    const attrs = attributes(tag[1] ?? '');
    if (attrs.time !== undefined) {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(attrs.time) || Number.isNaN(Date.parse(attrs.time)))
        throw new Error(`ECB rates: "${attrs.time}" is not a date`);
      day = days.get(attrs.time) ?? {};
      days.set(attrs.time, day);
    } else if (attrs.currency !== undefined || attrs.rate !== undefined) {
      const { currency = '', rate = '' } = attrs;
      if (!day) throw new Error(`ECB rates: the ${currency} rate is outside a dated Cube`);
      if (!/^[A-Z]{3}$/.test(currency)) throw new Error(`ECB rates: "${currency}" is not a currency code`);
      const value = /^\d+(\.\d+)?$/.test(rate) ? Number(rate) : Number.NaN;
      if (!(value > 0)) throw new Error(`ECB rates: the ${currency} rate "${rate}" is not a positive number`);
      day[currency] = value;
    }
  }
  const date = [...days.keys()].sort().at(-1);
  const perEur = date ? days.get(date) : undefined;
  if (!date || !perEur) throw new Error('ECB rates: no dated Cube of rates in the file');
  if (perEur.USD === undefined) throw new Error(`ECB rates of ${date}: no USD rate, so nothing converts to dollars`);
  return { date, perEur };
}

/** The rates' source entry, dated with the rates. */
export function ecbSource(date: string, url: string): Source {
  return {
    id: `ecb-eurofxref-${date}`,
    title: `Euro foreign exchange reference rates, ${date}`,
    url,
    publisher: 'European Central Bank',
    date,
    license: 'ECB statistics: reuse permitted provided the source is acknowledged',
    attribution: `Source: European Central Bank, euro foreign exchange reference rates of ${date}`,
    contributed:
      'Exchange rates (converted from EUR-based reference rates to units per 1 USD) for display-currency conversion.',
  };
}

const sixFigures = (value: number) => Number(value.toPrecision(6));

/** EUR-based reference rates as units per 1 USD: X per USD = (X per EUR) / (USD per EUR). */
export function ratesPerUsd({ date, perEur }: EcbReferenceRates, source: string): ExchangeRate[] {
  const usd = perEur.USD ?? Number.NaN;
  const rates: ExchangeRate[] = [
    { currency: 'USD', perUsd: 1, date, source },
    { currency: 'EUR', perUsd: sixFigures(1 / usd), date, source },
  ];
  for (const [currency, rate] of Object.entries(perEur))
    if (currency !== 'USD' && currency !== 'EUR')
      rates.push({ currency, perUsd: sixFigures(rate / usd), date, source });
  return rates.sort((a, b) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0));
}

export interface EcbRates {
  rates: ExchangeRate[];
  source: Source;
}

/** The rates in a folder holding eurofxref-daily.xml (and the address it came from in SOURCE.json). */
export function readEcbFolder(dir: string): EcbRates {
  const path = join(dir, ECB_FILE);
  if (!existsSync(path)) throw new Error(`Missing ECB rates file: ${path}`);
  const parsed = parseEcbRates(readFileSync(path, 'utf8'));
  const meta = join(dir, 'SOURCE.json');
  const files = existsSync(meta)
    ? (JSON.parse(readFileSync(meta, 'utf8')) as { files?: Record<string, { url?: string }> }).files
    : undefined;
  const source = ecbSource(parsed.date, files?.[ECB_FILE]?.url ?? ECB_DAILY_URL);
  return { rates: ratesPerUsd(parsed, source.id), source };
}

/**
 * The curated layer with its exchange rates replaced by newer ones. A currency the new file no
 * longer lists keeps its older rate, with that rate's own date and source, so no route priced
 * in it loses its conversion; a rates source no rate cites any more leaves the source list.
 */
export function withRates(curated: CuratedData, fresh: EcbRates): CuratedData {
  const freshCurrencies = new Set(fresh.rates.map((r) => r.currency));
  const kept = curated.rates.filter((r) => !freshCurrencies.has(r.currency));
  const oldRateSources = new Set(curated.rates.map((r) => r.source));
  const stillCited = new Set(kept.map((r) => r.source));
  const sources = curated.sources.filter(
    (s) => s.id !== fresh.source.id && (!oldRateSources.has(s.id) || stillCited.has(s.id)),
  );
  return { ...curated, rates: [...fresh.rates, ...kept], sources: [...sources, fresh.source] };
}
