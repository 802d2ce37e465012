import './benchmarks.css';
import { lazy, Suspense, useId } from 'react';
import { ModelLoadStatus } from '../../components/provenance/model-load-status';
import { SCORE_PICK_RULE } from '../../domain/views/score-pick';
import type { CatalogIndex } from '../../domain/types';
import { BenchmarkTable } from './benchmark-table';
import { PriceScoreSection } from './price-score-section';
import { WhenIdle } from '../../components/ui/when-idle';
import { useBenchmarksView } from '../../state/views/benchmarks-view';

// recharts is large; loading it on demand keeps it out of the first view's bundle.
const BenchmarkChart = lazy(() => import('./benchmark-chart'));

export function BenchmarksPanel({ index }: { index: CatalogIndex }) {
  const { modelIds, details, sharedOnly, setSharedChoice, visible, chart, sourceIds, sharedIds } =
    useBenchmarksView(index);
  const headingId = useId();

  return (
    <section aria-labelledby={headingId} className="panel benchmarks">
      <h2 id={headingId}>Benchmarks</h2>
      <ModelLoadStatus details={details} />
      {chart.rows.length > 0 ? (
        <figure className="chart-figure">
          <div aria-hidden="true" className="chart-box">
            <Suspense fallback={<p className="muted">Loading chart…</p>}>
              <WhenIdle after={details.pendingIds.length === 0} fallback={<p className="muted">Loading chart…</p>}>
                <BenchmarkChart data={chart} />
              </WhenIdle>
            </Suspense>
          </div>
          <figcaption>
            <p>Scores on the benchmarks all compared models share (0–100). {SCORE_PICK_RULE}</p>
            <ul>
              {chart.summary.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </figcaption>
        </figure>
      ) : details.models.length > 0 ? (
        <p>The compared models share no benchmark yet.</p>
      ) : null}
      <label className="toggle">
        <input type="checkbox" checked={sharedOnly} onChange={(e) => setSharedChoice(e.target.checked)} />
        Shared benchmarks only
      </label>
      {visible.length > 0 ? (
        <BenchmarkTable rows={visible} models={details.models} sources={index.sources} sourceIds={sourceIds} />
      ) : (
        <p className="muted">No scores to show.</p>
      )}
      <PriceScoreSection
        index={index}
        chosenIds={modelIds}
        preferredIds={sharedIds}
        ready={details.pendingIds.length === 0}
      />
    </section>
  );
}
