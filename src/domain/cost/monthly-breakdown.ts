/**
 * A model's monthly cost split by what it pays for (input, cached input, cache writes, output,
 * reasoning, per-request fees), as parts for a stacked bar and as sentences that say which
 * price times which tokens makes each part. Amounts are USD, texts in the display currency.
 */
import type { PricedRouteCost } from './engine';
import { sumBreakdown, type CostBreakdown } from './prices';
import type { CostRow } from './rows';
import { formatMoney, formatPercent, formatTokens, moneyFractionDigits } from '../format/format';
import type { RequestProfile } from '../traffic/profile';

export type CostPartKey = keyof CostBreakdown;

/** Bar and sentence order: what a request sends, then what it gets back, then the fee. */
export const COST_PART_KEYS: readonly CostPartKey[] = [
  'input',
  'cacheRead',
  'cacheWrite',
  'output',
  'reasoning',
  'fee',
];

export const COST_PART_LABELS: Readonly<Record<CostPartKey, string>> = {
  input: 'input',
  cacheRead: 'cached input',
  cacheWrite: 'cache writes',
  output: 'output',
  reasoning: 'reasoning',
  fee: 'per-request fees',
};

export interface MonthlyCostPart {
  key: CostPartKey;
  label: string;
  /** USD per month, unrounded. */
  monthly: number;
  /** Share of the monthly total, 0..1, for the bar. */
  share: number;
  /** The part at the total's precision; the parts' texts add up to `totalText`. */
  text: string;
  /** "800M tokens × $2.00 per 1M = $1,600". */
  detail: string;
}

export interface MonthlyBreakdown {
  /** Non-zero parts only, in `COST_PART_KEYS` order. */
  parts: MonthlyCostPart[];
  /** The monthly figure as the cost table shows it. */
  totalText: string;
  /** "$1,600 input + $2,000 output = $3,600". */
  sentence: string;
  /** What the batch share saves against standard prices, when a batch share is set. */
  batch?: string;
}

export interface MoneyDisplay {
  currency: string;
  /** Display-currency units per USD. */
  perUsd: number;
}

/** Monthly token count behind each part; the fee is per request, so its count is the requests. */
function monthlyUnits(request: RequestProfile, requests: number): Record<CostPartKey, number> {
  const input = request.inputTokens * requests;
  const cached = input * request.cachedShare;
  const written = input * request.cacheWriteShare;
  return {
    input: Math.max(0, input - cached - written),
    cacheRead: cached,
    cacheWrite: written,
    output: request.outputTokens * requests,
    reasoning: request.reasoningTokens * requests,
    fee: requests,
  };
}

/**
 * Whole units of the smallest shown digit for each amount, summing exactly to the total's
 * rounded units (largest remainder): rounding each part alone could show $1,601 + $2,000 = $3,600.
 */
export function roundPartsToTotal(parts: readonly number[], totalUnits: number): number[] {
  const sum = parts.reduce((a, b) => a + b, 0);
  if (!(sum > 0)) return parts.map(() => 0);
  const exact = parts.map((p) => (p / sum) * totalUnits);
  const rounded = exact.map(Math.floor);
  let left = totalUnits - rounded.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    rounded[i]! += 1;
    left -= 1;
  }
  return rounded;
}

/**
 * A unit price with as many digits as it needs to be exact (up to four more than usual), so
 * "800M tokens × $1.125 per 1M" multiplies out to the part it explains, where "$1.13" would not.
 */
function unitPriceText(usd: number, display: MoneyDisplay): string {
  const { currency, perUsd } = display;
  const usual = moneyFractionDigits(usd, currency, perUsd);
  // The currency's own digits (2 for USD) are the fewest shown, as on a price list: $0.01, not $0.0100.
  const fewest = Math.min(usual, moneyFractionDigits(1, currency, 1));
  const amount = usd * perUsd;
  for (let digits = fewest; digits <= usual + 4; digits += 1) {
    const step = 10 ** digits;
    if (Math.abs(Math.round(amount * step) / step - amount) <= Math.abs(amount) * 1e-9)
      return formatMoney(usd, currency, perUsd, { fractionDigits: digits });
  }
  return formatMoney(usd, currency, perUsd);
}

/**
 * The total in whole units of its last shown digit, as the formatter rounds it: where float
 * noise puts the amount on a rounding edge, the neighbour that prints the same text wins.
 */
function totalUnits(amount: number, unit: number, totalText: string, print: (units: number) => string): number {
  const guess = Math.round(amount / unit);
  return [guess, guess - 1, guess + 1].find((u) => print(u) === totalText) ?? guess;
}

function batchText(cost: PricedRouteCost, request: RequestProfile, requests: number, display: MoneyDisplay) {
  if (!(request.batchShare > 0)) return undefined;
  const share = formatPercent(request.batchShare);
  if (!cost.route.batch) return `No batch prices on this route, so the ${share} batch share saves nothing.`;
  const { currency, perUsd } = display;
  const standard = sumBreakdown(cost.breakdown) * requests;
  // The saving at the standard figure's precision, so "$900 against $3,600" rather than "$900.00".
  const digits = moneyFractionDigits(standard, currency, perUsd);
  const saving = formatMoney(standard - cost.monthly, currency, perUsd, { fractionDigits: digits });
  return `The ${share} batch share saves ${saving} a month against ${formatMoney(standard, currency, perUsd)} at standard prices.`;
}

/** The monthly breakdown of a priced route cost at `requests` per month on `request`. */
export function monthlyBreakdown(
  cost: PricedRouteCost,
  request: RequestProfile,
  requests: number,
  display: MoneyDisplay,
): MonthlyBreakdown {
  const { currency, perUsd } = display;
  const show = (usd: number): string => formatMoney(usd, currency, perUsd);
  const totalText = show(cost.monthly);
  const digits = moneyFractionDigits(cost.monthly, currency, perUsd);
  const unit = 10 ** -digits;
  const atTotalPrecision = (units: number): string =>
    formatMoney((units * unit) / perUsd, currency, perUsd, { fractionDigits: digits });

  const units = monthlyUnits(request, requests);
  const present = COST_PART_KEYS.filter((key) => cost.blended[key] > 0);
  const amounts = present.map((key) => cost.blended[key] * requests);
  const total = amounts.reduce((a, b) => a + b, 0);
  const rounded = roundPartsToTotal(amounts, totalUnits(cost.monthly * perUsd, unit, totalText, atTotalPrecision));
  const averaged = request.batchShare > 0 && cost.route.batch ? ' (standard and batch averaged)' : '';

  const parts = present.map((key, i): MonthlyCostPart => {
    const monthly = amounts[i]!;
    // A part too small for the total's precision shows its own figure rather than "$0".
    const text = rounded[i]! > 0 ? atTotalPrecision(rounded[i]!) : show(monthly);
    const count = units[key];
    const detail =
      key === 'fee'
        ? `${formatTokens(count)} requests × ${unitPriceText(monthly / count, display)} per request${averaged} = ${text}`
        : `${formatTokens(count)} tokens × ${unitPriceText((monthly / count) * 1e6, display)} per 1M${averaged} = ${text}`;
    return { key, label: COST_PART_LABELS[key], monthly, share: total > 0 ? monthly / total : 0, text, detail };
  });

  const shown = parts.filter((_, i) => rounded[i]! > 0);
  const sentence =
    shown.length === 0
      ? `Nothing to pay on this route: ${totalText}`
      : `${shown.map((p) => `${p.text} ${p.label}`).join(' + ')} = ${totalText}`;
  const batch = batchText(cost, request, requests, display);
  return batch === undefined ? { parts, totalText, sentence } : { parts, totalText, sentence, batch };
}

/** One compared model's breakdown, or why it has none. */
export type ModelBreakdown = { modelId: string; modelName: string } & (
  { status: 'priced'; breakdown: MonthlyBreakdown } | { status: 'unavailable'; reason: string }
);

/** The breakdown of each cost-table row's cheapest route, in the rows' order. */
export function modelBreakdowns(
  rows: readonly CostRow[],
  request: RequestProfile,
  requests: number,
  display: MoneyDisplay,
): ModelBreakdown[] {
  return rows.map(({ modelId, modelName, cost }) =>
    cost.status === 'priced'
      ? { modelId, modelName, status: 'priced', breakdown: monthlyBreakdown(cost.cheapest, request, requests, display) }
      : { modelId, modelName, status: 'unavailable', reason: cost.reason },
  );
}
