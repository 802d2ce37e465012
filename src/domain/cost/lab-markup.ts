/**
 * A reseller's markup or discount against the lab's own price: what the same traffic costs on the
 * route against the lab's own pay-as-you-go route, as a fraction (0.2 = 20 % more). One figure
 * that holds whatever the mix of input and output, as it compares the costs at the user's traffic.
 */
import type { RouteRow } from './route-rows';

export interface LabComparison {
  /** Route cost over the lab's, minus one: 0.2 is 20 % more, -0.15 is 15 % less. */
  fraction: number;
  /** The provider of the lab route compared against. */
  labProviderId: string;
}

const payg = (row: RouteRow): row is RouteRow & { monthly: { ok: true; usd: number } } =>
  row.billing === 'payg' && row.monthly.ok;

/**
 * For each reseller route (not the lab's, not the user's own) of a model whose lab sells it, its
 * cost against the lab's cheapest own route, by route id. Empty where the lab has no priced route.
 */
export function labComparisons(rows: readonly RouteRow[]): Map<string, LabComparison> {
  const out = new Map<string, LabComparison>();
  const lab = rows
    .filter((row) => row.lab && payg(row))
    .sort((a, b) => (a.monthly.ok && b.monthly.ok ? a.monthly.usd - b.monthly.usd : 0))[0];
  if (!lab?.monthly.ok || !(lab.monthly.usd > 0)) return out;
  for (const row of rows) {
    if (row.lab || row.custom || !payg(row)) continue;
    out.set(row.route.id, { fraction: row.monthly.usd / lab.monthly.usd - 1, labProviderId: lab.route.providerId });
  }
  return out;
}

/** "+20 % vs Moonshot AI", "−15 % vs Moonshot AI", or "same as Moonshot AI" within half a percent. */
export function labComparisonText(comparison: LabComparison, labName: string): string {
  const percent = Math.round(comparison.fraction * 100);
  if (percent === 0) return `same as ${labName}`;
  return `${percent > 0 ? '+' : '−'}${Math.abs(percent)} % vs ${labName}`;
}
