import type { CatalogIndex } from '../domain/types';
import { BenchmarksPanel } from '../features/benchmarks/benchmarks-panel';
import { CapabilitiesPanel } from '../features/capabilities/capabilities-panel';
import { ContinueComparingPanel } from '../features/continue-comparing/continue-comparing-panel';
import { CostChartsPanel } from '../features/cost-charts/cost-charts-panel';
import { CustomPricesPanel } from '../features/custom-prices/custom-prices-panel';
import { RequestSnippetPanel } from '../features/request-snippet/request-snippet-panel';
import { RoutesPanel } from '../features/routes/routes-panel';
import { SelfHostingPanel } from '../features/self-hosting/self-hosting-panel';
import { SourcesPanel } from '../features/sources/sources-panel';
import { SpecsPanel } from '../features/specs/specs-panel';
import { TradeoffsPanel } from '../features/tradeoffs/tradeoffs-panel';
import { useStagedCount } from '../lib/use-staged-count';

/** In the order the page reads. */
const PANELS = [
  CostChartsPanel,
  RoutesPanel,
  CustomPricesPanel,
  SelfHostingPanel,
  CapabilitiesPanel,
  SpecsPanel,
  BenchmarksPanel,
  TradeoffsPanel,
  RequestSnippetPanel,
  SourcesPanel,
  ContinueComparingPanel,
] as const;

/**
 * The evidence below the verdict: where to buy, capabilities, specs, scores, trade-offs, how to
 * call it and every source. Its own chunk, loaded and drawn after the figures at the top, so
 * the first view neither downloads nor renders it; and drawn a panel per frame, so that laying
 * out its long tables never blocks input for long.
 */
export default function BelowTheVerdict({ index }: { index: CatalogIndex }) {
  const shown = useStagedCount(PANELS.length);
  return PANELS.slice(0, shown).map((Panel, order) => (
    // The list only grows at its end, so a panel's place is its identity.
    <Panel key={order} index={index} />
  ));
}
