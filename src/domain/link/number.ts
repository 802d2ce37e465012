/**
 * Numbers in links: written in the shortest form that reads back to the same double, and read
 * back only from plain decimal notation, so "0x10", "Infinity" or "1_000" never sneak in.
 */

/**
 * The shorter of the plain and the exponent form, e.g. 1000000 -> "1e6", 2500000 -> "2.5e6",
 * 800 -> "800", 0.5 -> "0.5". Both forms carry the fewest digits that identify the double, so
 * `readLinkNumber(writeLinkNumber(x)) === x` for every finite x.
 */
export function writeLinkNumber(value: number): string {
  if (Object.is(value, -0)) return '0';
  const plain = String(value);
  const exponent = value.toExponential().replace('e+', 'e');
  return exponent.length < plain.length ? exponent : plain;
}

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** The number a link's text stands for; NaN for anything but decimal notation. -0 reads as 0. */
export function readLinkNumber(text: string): number {
  if (!DECIMAL.test(text)) return Number.NaN;
  const value = Number(text);
  return value === 0 ? 0 : value;
}

/** Thousands-separated reading for messages, e.g. 1000000 -> "1,000,000". */
export function plainNumber(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 6 });
}
