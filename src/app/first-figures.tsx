/**
 * A link's first figures. The default comparison is prerendered into index.html; a link or a
 * saved comparison names other models, which no build can prerender. For those the page's entry
 * loads this module. It reads the compared models' own files (a few kB each, requested early by
 * the entry: src/catalog/early-requests.ts), works out their monthly cost with the app's domain
 * code and draws its "Monthly cost" table, from the exchange rates, provider names and sources the
 * build put in the page, while the app's script and the catalog index (900 kB) are still on their way.
 * The app then draws the live page in its place (src/app/first-view.ts).
 */
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { readModelEarly } from '../catalog/api';
import { readPageSummary } from '../catalog/page-summary';
import { costOptionsOf, effectiveBaseline } from '../domain/comparison';
import { displayCurrencyOf } from '../domain/cost/currency';
import { buildCostRows } from '../domain/cost/rows';
import { mergeCustom, splitModelIds } from '../domain/custom/merge';
import { decode } from '../domain/link/codec';
import { startingQueryOf, type AddressSnapshot } from '../domain/link/start';
import type { Model } from '../domain/types';
import { SourcesProvider } from '../components/provenance/sources-context';
import { CostTable } from '../features/cost/cost-table';
import { showFirstFigures } from './first-view';

/** Undefined when the file is missing or does not check out: the app then says why, not this. */
const modelOrNothing = (id: string): Promise<Model | undefined> =>
  readModelEarly(id).then(
    (parsed) => parsed.data,
    () => undefined,
  );

/**
 * The "Monthly cost" panel of the comparison the page opens with, as the live page will show it,
 * or undefined where it cannot be the same: no catalog summary in the page, a model file that
 * did not load, or a link naming too few models (the app fills those from the catalog index).
 */
export async function firstFiguresPanel(address: AddressSnapshot): Promise<HTMLElement | undefined> {
  const summary = readPageSummary();
  const start = startingQueryOf(address);
  if (!summary || !start) return undefined;
  const { state, filledModelIds } = decode(start.query);
  if (filledModelIds.length > 0) return undefined;
  const files = await Promise.all(splitModelIds(state.modelIds).catalogIds.map(modelOrNothing));
  const loaded = files.filter((model) => model !== undefined);
  if (loaded.length < files.length) return undefined;

  const models = mergeCustom(loaded, state.modelIds, state.custom);
  const display = displayCurrencyOf(summary.rates, state.currency, state.rateOverrides);
  const providers = new Map(summary.providers.map((p) => [p.id, p.name]));
  const baselineId = effectiveBaseline(state);
  const rows = buildCostRows(models, state.traffic, display.toUsd, costOptionsOf(state), baselineId);

  const panel = document.createElement('section');
  panel.className = 'panel';
  // Drawn at once into a detached box, so that the page shows it whole or not at all.
  flushSync(() =>
    createRoot(panel).render(
      <SourcesProvider sources={summary.sources}>
        <h2>Monthly cost</h2>
        <CostTable
          rows={rows}
          baselineName={models.find((m) => m.id === baselineId)?.name}
          providerName={(id) => providers.get(id) ?? id}
          display={display}
        />
      </SourcesProvider>,
    ),
  );
  return panel;
}

/** Shows the first figures unless the app has begun to draw the page first. */
export async function showLinkFigures(address: AddressSnapshot): Promise<void> {
  const panel = await firstFiguresPanel(address);
  if (panel) showFirstFigures(panel);
}
