import type { DataWarning } from '../catalog/parse';
import { SourcesProvider } from '../components/provenance/sources-context';
import type { CatalogIndex } from '../domain/types';
import { BenchmarksPanel } from '../features/benchmarks/benchmarks-panel';
import { CapabilitiesPanel } from '../features/capabilities/capabilities-panel';
import { CostChartsPanel } from '../features/cost-charts/cost-charts-panel';
import { CostPanel } from '../features/cost/cost-panel';
import { CustomPricesPanel } from '../features/custom-prices/custom-prices-panel';
import { ExportPanel } from '../features/export/export-panel';
import { ModelPicker } from '../features/model-picker/model-picker';
import { RequestSnippetPanel } from '../features/request-snippet/request-snippet-panel';
import { RoutesPanel } from '../features/routes/routes-panel';
import { ScorecardPanel } from '../features/scorecard/scorecard-panel';
import { SelfHostingPanel } from '../features/self-hosting/self-hosting-panel';
import { SharePanel } from '../features/share/share-panel';
import { SourcesPanel } from '../features/sources/sources-panel';
import { SpecsPanel } from '../features/specs/specs-panel';
import { TradeoffsPanel } from '../features/tradeoffs/tradeoffs-panel';
import { TrafficPanel } from '../features/traffic/traffic-panel';
import { useComparedModels } from '../state/compared-models';
import { DeferredComparisonProvider } from '../state/deferred-comparison';
import { useUrlSync } from '../state/use-url-sync';
import { DataWarnings } from './data-warnings';
import { UrlNotice } from './url-notice';

/**
 * The page reads top-down as a decision: what to compare and at what traffic, the verdict and
 * its cost, where to buy it, then the evidence (capabilities, specs, scores), the trade-offs,
 * how to call it, and every source.
 */
export function ComparisonPage({ index, warnings }: { index: CatalogIndex; warnings: DataWarning[] }) {
  // First, so the address bar's comparison is in the store before anything reads it.
  const urlSync = useUrlSync(index);
  // This component subscribes to nothing that a drag or a model's data changes, so the panels it
  // creates keep their identity and only the provider below decides when they render again.
  return (
    <SourcesProvider sources={index.sources}>
      <div className="comparison">
        <UrlNotice notice={urlSync.notice} onDismiss={urlSync.dismiss} onAddSetAside={urlSync.addSetAside} />
        <SharePanel />
        <AllDataWarnings catalogWarnings={warnings} />
        <ModelPicker models={index.models} />
        <TrafficPanel />
        <ScorecardPanel index={index} />
        <CostPanel index={index} />
        <ExportPanel index={index} />
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
      </div>
    </SourcesProvider>
  );
}

/** The catalog's warnings and those of the compared models' files. */
function AllDataWarnings({ catalogWarnings }: { catalogWarnings: DataWarning[] }) {
  const modelWarnings = useComparedModels().warnings;
  return (
    <DataWarnings warnings={modelWarnings.length > 0 ? [...catalogWarnings, ...modelWarnings] : catalogWarnings} />
  );
}
