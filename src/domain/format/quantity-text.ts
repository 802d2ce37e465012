/**
 * Short readable texts for catalog quantities, in the style the reference pages use
 * ("1.05M", "262K", "1T"), so generated sentences and tables read the same everywhere.
 */

const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumSignificantDigits: 3 });
const grouped = new Intl.NumberFormat('en-US');
const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const usd = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const usdWhole = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const usdFine = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumSignificantDigits: 3 });

/** A token count, three significant digits: 1047576 -> "1.05M", 262144 -> "262K". */
export function tokensText(tokens: number): string {
  return compact.format(tokens);
}

/** A token count in full, for the exact figure beside the short one: 262144 -> "262,144". */
export function exactTokensText(tokens: number): string {
  return grouped.format(tokens);
}

/** A parameter count: 1e12 -> "1T", 3.2e10 -> "32B". */
export function parametersText(count: number): string {
  return compact.format(count);
}

/** A benchmark score or a difference of scores (0-100 scale): 2.7, 81.8. */
export function pointsText(points: number): string {
  return oneDecimal.format(points);
}

/**
 * USD per 1M tokens: "$2", "$0.44", "$0.50"; prices under one cent keep three significant digits
 * so a tiny price never reads as "$0".
 */
export function usdPerMillionText(usdPerMillion: number): string {
  if (Number.isInteger(usdPerMillion)) return usdWhole.format(usdPerMillion);
  return Math.abs(usdPerMillion) < 0.01 ? usdFine.format(usdPerMillion) : usd.format(usdPerMillion);
}
