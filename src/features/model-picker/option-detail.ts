import type { ModelSummary } from '../../domain/types';

const tokens = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 2 });
const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 2 });

/**
 * Each model's line, made once: an open list draws fifty of them on every keystroke, and the
 * summaries are the catalog's own objects, which do not change while the page is open.
 */
const made = new WeakMap<ModelSummary, string>();

/** "Moonshot AI · 262K context · from $0.30 / $1.50 per 1M" */
export function formatModelOptionDetail(model: ModelSummary): string {
  let detail = made.get(model);
  if (detail === undefined) {
    detail = describe(model);
    made.set(model, detail);
  }
  return detail;
}

function describe(model: ModelSummary): string {
  const parts = [model.creatorName];
  if (model.contextWindow) parts.push(`${tokens.format(model.contextWindow)} context`);
  parts.push(
    model.cheapest
      ? `from ${usd.format(model.cheapest.input)} / ${usd.format(model.cheapest.output)} per 1M`
      : 'no per-token price',
  );
  return parts.join(' · ');
}
