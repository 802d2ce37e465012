/**
 * Reads the catalog files the served app uses, so tests compute expected figures from the same
 * route prices the page shows, independently of the app's cost engine.
 */
import type { APIRequestContext } from '@playwright/test';
import { formatMoney } from '../src/domain/format/format';
import type { CatalogIndex, Model } from '../src/domain/types';

export async function loadIndex(request: APIRequestContext): Promise<CatalogIndex> {
  const response = await request.get('/catalog/index.json');
  return (await response.json()) as CatalogIndex;
}

export async function loadModel(request: APIRequestContext, id: string): Promise<Model> {
  const response = await request.get(`/catalog/models/${id}.json`);
  return (await response.json()) as Model;
}

/**
 * Cheapest pay-as-you-go monthly cost in USD for plain traffic (no cache, no reasoning, no
 * batch, a prompt below every long-context tier): R × (I × input + O × output) / 1e6 + fees.
 * A price outlier no second source confirms is never the model's cost while another route has one.
 */
export function expectedMonthlyUsd(
  model: Model,
  index: CatalogIndex,
  requests: number,
  input: number,
  output: number,
): number {
  const perUsd = new Map(index.rates.map((r) => [r.currency, r.perUsd]));
  perUsd.set('USD', 1);
  const payg = model.routes.filter(
    (r) => r.billing === 'payg' && r.prices.input !== undefined && r.prices.output !== undefined,
  );
  const trusted = payg.filter((r) => !r.outlier || (r.confirmedBy?.length ?? 0) > 0);
  const costs = (trusted.length > 0 ? trusted : payg)
    .filter((r) => (r.tiers ?? []).every((t) => input <= t.above))
    .map((r) => {
      const rate = perUsd.get(r.currency);
      if (rate === undefined) return Infinity;
      const perRequest = (input * r.prices.input! + output * r.prices.output!) / 1e6 + (r.perRequest ?? 0);
      return (requests * perRequest) / rate;
    });
  return Math.min(...costs);
}

/** The app's own money format, so assertions compare figures, not formatting choices. */
export const usd = (amount: number) => formatMoney(amount, 'USD', 1);
