import type { DataWarning } from '../catalog/parse';
import type { CatalogIndex } from '../domain/types';
import { CostChartsPanel } from '../features/cost-charts/cost-charts-panel';
import { CostPanel } from '../features/cost/cost-panel';
import { ModelPicker } from '../features/model-picker/model-picker';
import { RoutesPanel } from '../features/routes/routes-panel';
import { SelfHostingPanel } from '../features/self-hosting/self-hosting-panel';
import { TrafficPanel } from '../features/traffic/traffic-panel';
import { DataWarnings } from './data-warnings';

export function ComparisonPage({ index, warnings }: { index: CatalogIndex; warnings: DataWarning[] }) {
  return (
    <div className="comparison">
      <DataWarnings warnings={warnings} />
      <ModelPicker models={index.models} />
      <TrafficPanel />
      <CostPanel index={index} />
      <CostChartsPanel index={index} />
      <RoutesPanel index={index} />
      <SelfHostingPanel index={index} />
    </div>
  );
}
