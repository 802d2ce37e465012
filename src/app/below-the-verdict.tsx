import type { CatalogIndex } from '../domain/types';
import { BenchmarksPanel } from '../features/benchmarks/benchmarks-panel';
import { CapabilitiesPanel } from '../features/capabilities/capabilities-panel';
import { CostChartsPanel } from '../features/cost-charts/cost-charts-panel';
import { CustomPricesPanel } from '../features/custom-prices/custom-prices-panel';
import { RequestSnippetPanel } from '../features/request-snippet/request-snippet-panel';
import { RoutesPanel } from '../features/routes/routes-panel';
import { SelfHostingPanel } from '../features/self-hosting/self-hosting-panel';
import { SourcesPanel } from '../features/sources/sources-panel';
import { SpecsPanel } from '../features/specs/specs-panel';
import { TradeoffsPanel } from '../features/tradeoffs/tradeoffs-panel';
import { DeferredComparisonProvider } from '../state/deferred-comparison';

/**
 * The evidence below the verdict: where to buy, capabilities, specs, scores, trade-offs, how to
 * call it and every source. Its own chunk, loaded and drawn after the figures at the top, so
 * the first view neither downloads nor renders it.
 */
export default function BelowTheVerdict({ index }: { index: CatalogIndex }) {
  return (
    <DeferredComparisonProvider>
      <CostChartsPanel index={index} />
      <RoutesPanel index={index} />
      <CustomPricesPanel index={index} />
      <SelfHostingPanel index={index} />
      <CapabilitiesPanel index={index} />
      <SpecsPanel index={index} />
      <BenchmarksPanel index={index} />
      <TradeoffsPanel index={index} />
      <RequestSnippetPanel index={index} />
      <SourcesPanel index={index} />
    </DeferredComparisonProvider>
  );
}
