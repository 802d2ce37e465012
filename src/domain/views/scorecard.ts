/** The decision scorecard: the few signals that decide a choice, one row each, one cell per model. */
import type { BenchmarkRow } from './benchmarks';
import { factView, type FactView } from './fact-view';
import { capitalize, listText } from './prose';
import { tokensText, usdPerMillionText } from '../format/quantity-text';
import type { Model, ModelSummary, Provider } from '../types';

export interface ScorecardCell {
  modelId: string;
  text: string;
  view?: FactView;
}

export interface ScorecardRow {
  id: string;
  label: string;
  cells: ScorecardCell[];
}

/** "long-context" -> "long context"; tags are lower-case kebab ids in the catalog. */
export const tagText = (tag: string) => tag.replace(/[-_]+/g, ' ');

export function productTypeText(model: Model): string {
  if (model.openWeights === undefined) return 'Unknown';
  return model.openWeights.value ? 'Open-weight model' : 'Proprietary model (hosted API only)';
}

export interface ScorecardInput {
  models: readonly Model[];
  summaries: readonly ModelSummary[];
  providers: readonly Provider[];
  benchmarkRows: readonly BenchmarkRow[];
}

export function buildScorecard({ models, summaries, providers, benchmarkRows }: ScorecardInput): ScorecardRow[] {
  const summaryById = new Map(summaries.map((s) => [s.id, s]));
  const providerName = (id: string) => providers.find((p) => p.id === id)?.name ?? id;
  const shared = benchmarkRows.filter((r) => r.shared);
  const row = (id: string, label: string, cell: (m: Model) => Omit<ScorecardCell, 'modelId'>): ScorecardRow => ({
    id,
    label,
    cells: models.map((m) => ({ modelId: m.id, ...cell(m) })),
  });

  return [
    row('product-type', 'Product type', (m) => ({
      text: productTypeText(m),
      ...(m.openWeights ? { view: factView(m.openWeights, productTypeTextOf) } : {}),
    })),
    row('best-for', 'Best for', (m) => ({
      text: m.tags.length ? capitalize(listText(m.tags.map(tagText))) : 'Not tagged',
    })),
    row('context-window', 'Context window', (m) =>
      m.contextWindow
        ? { text: tokensText(m.contextWindow.value), view: factView(m.contextWindow, tokensText) }
        : { text: 'Unknown' },
    ),
    row('cheapest-output', 'Cheapest output', (m) => {
      const cheapest = summaryById.get(m.id)?.cheapest;
      return {
        text: cheapest
          ? `${usdPerMillionText(cheapest.output)} / 1M tokens on ${providerName(cheapest.providerId)}`
          : 'No pay-as-you-go price',
      };
    }),
    row('routes', 'Provider routes', (m) => {
      const payg = m.routes.filter((r) => r.billing === 'payg').length;
      return { text: `${payg} pay-as-you-go of ${m.routes.length} in all` };
    }),
    row('shared-benchmarks', 'Shared benchmarks', (m) => {
      if (shared.length === 0) return { text: 'None shared' };
      const leads = shared.filter((r) => r.leader?.modelId === m.id && r.leader.lead > 0).length;
      return { text: `Leads ${leads} of ${shared.length} shared` };
    }),
  ];
}

const productTypeTextOf = (open: boolean) => (open ? 'Open weights' : 'Closed weights');
