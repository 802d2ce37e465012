import { lazy, startTransition, Suspense, useEffect, useState } from 'react';
import type { DataWarning } from '../catalog/parse';
import { SourcesProvider } from '../components/provenance/sources-context';
import type { CatalogIndex } from '../domain/types';
import { CostPanel } from '../features/cost/cost-panel';
import { ExportPanel } from '../features/export/export-panel';
import { ModelPicker } from '../features/model-picker/model-picker';
import { ScorecardPanel } from '../features/scorecard/scorecard-panel';
import { SharePanel } from '../features/share/share-panel';
import { TrafficPanel } from '../features/traffic/traffic-panel';
import { VerdictLine } from '../features/verdict/verdict-line';
import { useComparedModels } from '../state/compared-models';
import { SettledComparisonProvider } from '../state/settled-comparison';
import { useUrlSync } from '../state/use-url-sync';
import { ComparisonTitle } from './comparison-title';
import { DataWarnings } from './data-warnings';
import { PriceDates } from './price-dates';
import { UrlNotice } from './url-notice';

const BelowTheVerdict = lazy(() => import('./below-the-verdict'));

/**
 * The page reads top-down as a decision: what to compare and at what traffic, the verdict and
 * its cost, where to buy it, then the evidence (capabilities, specs, scores), the trade-offs,
 * how to call it, and every source.
 */
export function ComparisonPage({ index, warnings }: { index: CatalogIndex; warnings: DataWarning[] }) {
  // First, so the address bar's comparison is in the store before anything reads it.
  const urlSync = useUrlSync(index);
  // False until the figures at the top are on screen, then true in an interruptible background
  // render: the long tables and charts below start only after. An effect rather than a deferred
  // value, because this component itself mounts in a deferred render (CatalogGate), where a
  // deferred value would be true at once.
  const [showEvidence, setShowEvidence] = useState(false);
  useEffect(() => startTransition(() => setShowEvidence(true)), []);
  // This component subscribes to nothing that a drag or a model's data changes, so the panels it
  // creates keep their identity and only the provider below decides when they render again.
  return (
    <SourcesProvider sources={index.sources}>
      <SettledComparisonProvider>
        <div className="comparison">
          <UrlNotice notice={urlSync.notice} onDismiss={urlSync.dismiss} onAddSetAside={urlSync.addSetAside} />
          <ComparisonTitle models={index.models} />
          <PriceDates index={index} />
          <SharePanel />
          <AllDataWarnings catalogWarnings={warnings} />
          <VerdictLine index={index} />
          <ModelPicker models={index.models} />
          <TrafficPanel />
          <ScorecardPanel index={index} />
          <CostPanel index={index} />
          <ExportPanel index={index} />
          {showEvidence ? (
            <Suspense fallback={<p className="notice">Loading the details…</p>}>
              <BelowTheVerdict index={index} />
            </Suspense>
          ) : null}
        </div>
      </SettledComparisonProvider>
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
