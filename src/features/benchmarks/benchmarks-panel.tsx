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
  const {
    modelIds,
    details,
    scatterModels,
    sharedOnly,
    setSharedChoice,
    visible,
    tableOpen,
    setTableOpen,
    chart,
    sourceIds,
    addToComparison,
    addNote,
    mix,
  } = useBenchmarksView(index);
  const headingId = useId();
  const tableId = useId();

  return (
    <section aria-labelledby={headingId} className="panel benchmarks">
      <h2 id={headingId}>Benchmarks</h2>
      <ModelLoadStatus details={details} />
      {chart.benchmarks.length > 0 ? (
        <figure className="chart-figure">
          <div aria-hidden="true" className="chart-box">
            <Suspense fallback={<p className="muted">Loading chart…</p>}>
              <WhenIdle after={details.pendingIds.length === 0} fallback={<p className="muted">Loading chart…</p>}>
                <BenchmarkChart data={chart} />
              </WhenIdle>
            </Suspense>
          </div>
          <figcaption>
            {chart.caption.map((line) => (
              <p key={line}>{line}</p>
            ))}
            <p>{SCORE_PICK_RULE}</p>
            <ul>
              {chart.summary.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </figcaption>
        </figure>
      ) : (
        chart.caption.map((line) => <p key={line}>{line}</p>)
      )}
      {details.models.length > 0 ? (
        <>
          <button
            type="button"
            className="button-quiet table-toggle"
            aria-expanded={tableOpen}
            aria-controls={tableId}
            onClick={() => setTableOpen(!tableOpen)}
          >
            Score table: {visible.length} benchmark{visible.length === 1 ? '' : 's'}
          </button>
          <div id={tableId} hidden={!tableOpen}>
            {/* A folded table is not rendered: eight models over a hundred benchmarks is thousands of cells. */}
            {tableOpen ? (
              <>
                <label className="toggle">
                  <input type="checkbox" checked={sharedOnly} onChange={(e) => setSharedChoice(e.target.checked)} />
                  Shared benchmarks only
                </label>
                {visible.length > 0 ? (
                  <BenchmarkTable
                    rows={visible}
                    models={details.models}
                    sources={index.sources}
                    sourceIds={sourceIds}
                    chartedIds={chart.chartedIds}
                  />
                ) : (
                  <p className="muted">
                    {sharedOnly ? 'No benchmark has a score for every compared model.' : 'No scores to show.'}
                  </p>
                )}
              </>
            ) : null}
          </div>
        </>
      ) : null}
      <PriceScoreSection
        index={index}
        models={scatterModels}
        chosenIds={modelIds}
        mix={mix}
        preferredIds={chart.chartedIds}
        ready={details.pendingIds.length === 0}
        onAdd={addToComparison}
        addNote={addNote}
      />
    </section>
  );
}
