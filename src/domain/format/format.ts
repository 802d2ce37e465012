/**
 * Display formatting of money, token counts and percentages. Amounts arrive in USD and are
 * converted to the display currency with a rate in units per USD (the catalog's convention).
 */

export interface MoneyOptions {
  /** BCP 47 locale; en-US by default so figures match the reference pages. */
  locale?: string;
  /** Show a + on positive amounts (for deltas). */
  signed?: boolean;
  /** Short axis labels such as $1.2M. */
  compact?: boolean;
  /** Exactly this many fraction digits, so amounts that are summed read at one precision. */
  fractionDigits?: number;
}

/** Most fraction digits shown, so a sub-micro amount stays readable instead of a long tail of zeros. */
const MAX_FRACTION_DIGITS = 10;

const formatters = new Map<string, Intl.NumberFormat>();
/**
 * One formatter per locale and options, made once. The key lists the options' values in a fixed
 * order (every option these functions pass): figures are formatted by the hundred on each frame
 * of a slider drag, where serialising the options object for a key cost more than the formatting.
 */
function formatter(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = [
    locale,
    options.style,
    options.currency,
    options.notation,
    options.minimumFractionDigits,
    options.maximumFractionDigits,
    options.maximumSignificantDigits,
    options.signDisplay,
  ].join('|');
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.NumberFormat(locale, options);
    formatters.set(key, cached);
  }
  return cached;
}

/** The usual fraction digits of a currency (2 for USD, 0 for JPY), by locale and currency. */
const currencyDigitsMemo = new Map<string, number>();
function currencyDigitsOf(locale: string, currency: string): number {
  const key = `${locale}|${currency}`;
  let digits = currencyDigitsMemo.get(key);
  if (digits === undefined) {
    digits = formatter(locale, { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    currencyDigitsMemo.set(key, digits);
  }
  return digits;
}

/**
 * Fraction digits for an amount: the currency's usual digits (2 for USD, 0 for JPY) at or
 * above one unit, dropped to none at 1,000 and above ($3,600 as on the reference pages), and
 * for amounts below one unit enough digits to show three significant ones ($0.000852), since
 * per-request costs are often fractions of a cent.
 */
function fractionDigits(amount: number, currencyDigits: number): { min: number; max: number } {
  const size = Math.abs(amount);
  if (size >= 1000) return { min: 0, max: 0 };
  if (size >= 1 || size === 0) return { min: currencyDigits, max: currencyDigits };
  const leadingZeros = -Math.floor(Math.log10(size)) - 1;
  const max = Math.min(MAX_FRACTION_DIGITS, Math.max(currencyDigits, leadingZeros + 3));
  return { min: Math.min(currencyDigits, max), max };
}

/** How many fraction digits `formatMoney` shows for this amount by default: 0 for $3,600, 2 for $852.40. */
export function moneyFractionDigits(usd: number, currency: string, perUsd: number, locale = 'en-US'): number {
  return fractionDigits(usd * perUsd, currencyDigitsOf(locale, currency)).max;
}

/**
 * An amount of `usd` US dollars shown in `currency` (ISO 4217), converted at `perUsd` units of
 * the currency per USD. Adaptive precision: $852.40, $3,600, $0.000852.
 * Non-finite amounts give an em dash, never "NaN".
 */
export function formatMoney(usd: number, currency: string, perUsd: number, options: MoneyOptions = {}): string {
  const amount = usd * perUsd;
  if (!Number.isFinite(amount)) return '—';
  const locale = options.locale ?? 'en-US';
  const signDisplay = options.signed ? 'exceptZero' : 'auto';
  if (options.compact) {
    return formatter(locale, {
      style: 'currency',
      currency,
      notation: 'compact',
      maximumSignificantDigits: 3,
      signDisplay,
    }).format(amount);
  }
  const { min, max } =
    options.fractionDigits !== undefined
      ? { min: options.fractionDigits, max: options.fractionDigits }
      : fractionDigits(amount, currencyDigitsOf(locale, currency));
  return formatter(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: min,
    maximumFractionDigits: max,
    signDisplay,
  }).format(amount);
}

const TOKEN_UNITS = [
  { size: 1e9, suffix: 'B' },
  { size: 1e6, suffix: 'M' },
  { size: 1e3, suffix: 'k' },
] as const;

/** Up to three significant digits, trailing zeros dropped: 1.05, 256, 1.5. */
const threeSignificant = (n: number): string => String(Number(n.toPrecision(3)));

/**
 * A token count in short form: 800, 1.5k, 256k, 262k (for 262,144), 1.05M, 2B. Decimal units,
 * as providers state context windows. A value that rounds up to the next unit moves to it
 * (999,999 is 1M, not 1000k).
 */
export function formatTokens(tokens: number): string {
  if (!Number.isFinite(tokens)) return '—';
  const sign = tokens < 0 ? '-' : '';
  const size = Math.abs(tokens);
  if (Number(size.toPrecision(3)) < 1000) return sign + (size < 1 ? threeSignificant(size) : String(Math.round(size)));
  for (const [i, unit] of TOKEN_UNITS.entries()) {
    const scaled = Number((size / unit.size).toPrecision(3));
    if (scaled >= 1) {
      const larger = TOKEN_UNITS[i - 1];
      if (scaled >= 1000 && larger) return `${sign}${threeSignificant(size / larger.size)}${larger.suffix}`;
      return `${sign}${threeSignificant(scaled)}${unit.suffix}`;
    }
  }
  return sign + String(Math.round(size));
}

export interface PercentOptions {
  locale?: string;
  /** Show a + on positive values (for deltas). */
  signed?: boolean;
  /** Most fraction digits of the percentage; 1 by default. */
  digits?: number;
}

/**
 * A fraction as a percentage: 0.25 is "25%", 3.226 is "322.6%". Values that round to zero but
 * are not zero show as "<0.1%" so a small difference is not read as none.
 */
export function formatPercent(fraction: number, options: PercentOptions = {}): string {
  if (!Number.isFinite(fraction)) return '—';
  const digits = options.digits ?? 1;
  const locale = options.locale ?? 'en-US';
  const smallest = 10 ** -digits / 100;
  if (fraction !== 0 && Math.abs(fraction) < smallest / 2) {
    const bound = formatter(locale, { style: 'percent', maximumFractionDigits: digits }).format(smallest);
    return `${fraction < 0 ? '>-' : options.signed ? '<+' : '<'}${bound}`;
  }
  return formatter(locale, {
    style: 'percent',
    maximumFractionDigits: digits,
    signDisplay: options.signed ? 'exceptZero' : 'auto',
  }).format(fraction);
}
