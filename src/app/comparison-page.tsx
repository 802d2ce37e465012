import type { DataWarning } from '../catalog/parse';
import type { CatalogIndex } from '../domain/types';
import { CostChartsPanel } from '../features/cost-charts/cost-charts-panel';
import { CostPanel } from '../features/cost/cost-panel';
import { CustomPricesPanel } from '../features/custom-prices/custom-prices-panel';
import { ExportPanel } from '../features/export/export-panel';
import { ModelPicker } from '../features/model-picker/model-picker';
import { RoutesPanel } from '../features/routes/routes-panel';
import { SharePanel } from '../features/share/share-panel';
import { SelfHostingPanel } from '../features/self-hosting/self-hosting-panel';
import { TrafficPanel } from '../features/traffic/traffic-panel';
import { useComparedModels } from '../state/compared-models';
import { useUrlSync } from '../state/use-url-sync';
import { DataWarnings } from './data-warnings';
import { UrlNotice } from './url-notice';

export function ComparisonPage({ index, warnings }: { index: CatalogIndex; warnings: DataWarning[] }) {
  // First, so the address bar's comparison is in the store before anything reads it.
  const urlSync = useUrlSync(index);
  const modelWarnings = useComparedModels().warnings;
  return (
    <div className="comparison">
      <UrlNotice notice={urlSync.notice} onDismiss={urlSync.dismiss} onAddSetAside={urlSync.addSetAside} />
      <SharePanel />
      <DataWarnings warnings={modelWarnings.length > 0 ? [...warnings, ...modelWarnings] : warnings} />
      <ModelPicker models={index.models} />
      <TrafficPanel />
      <CostPanel index={index} />
      <ExportPanel index={index} />
      <CostChartsPanel index={index} />
      <RoutesPanel index={index} />
      <CustomPricesPanel index={index} />
      <SelfHostingPanel index={index} />
    </div>
  );
}
