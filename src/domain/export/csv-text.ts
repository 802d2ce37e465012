/**
 * CSV text as RFC 4180 defines it, safe to open in a spreadsheet: fields holding a comma,
 * quote or line break are quoted with inner quotes doubled, records end in CRLF, and text
 * cells that a spreadsheet would run as a formula are defused.
 */

export type CsvValue = string | number | boolean | undefined | null;

/** Text a spreadsheet would read as a number; such a cell stays as typed, sign included. */
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
/** First characters that make Excel, LibreOffice or Sheets evaluate a cell (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One field. Numbers are written as JavaScript prints them (NaN and infinities give an empty
 * field); text starting like a formula gets a leading single quote so it shows as text.
 */
export function csvField(value: CsvValue): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = String(value);
  if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * A figure for a CSV cell: ten significant digits, enough for any money amount and free of
 * floating-point tails such as 852.0000000000001.
 */
export const csvNumber = (value: number | undefined): number | undefined =>
  value === undefined || !Number.isFinite(value) ? undefined : Number(value.toPrecision(10));
