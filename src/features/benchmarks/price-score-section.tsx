import { lazy, Suspense, useId, useMemo, useState } from 'react';
import { AttributionNotice } from '../../components/provenance/attribution-notice';
import { WhenIdle } from '../../components/ui/when-idle';
import { scoreSourceIds } from '../../domain/attribution';
import { BLENDED_PRICE_RULE, buildPriceScoreScatter, scatterBenchmarks } from '../../domain/views/price-score-scatter';
import type { CatalogIndex } from '../../domain/types';

const PriceScoreChart = lazy(() => import('./price-score-chart'));

interface PriceScoreSectionProps {
  index: CatalogIndex;
  chosenIds: readonly string[];
  /** Benchmarks the compared models share, preferred as the first choice. */
  preferredIds: readonly string[];
  /** The compared models' data is in, so the chart can load. */
  ready: boolean;
}

/** Price against score across the whole catalog, for one benchmark, with the Pareto frontier. */
export function PriceScoreSection({ index, chosenIds, preferredIds, ready }: PriceScoreSectionProps) {
  const selectId = useId();
  const headingId = useId();
  // The whole catalog is scanned here, so it waits until the compared models are in: the first
  // view's figures never wait for it.
  const options = useMemo(() => (ready ? scatterBenchmarks(index.models, index.benchmarks) : []), [ready, index]);
  const [choice, setChoice] = useState<string>();
  const benchmark =
    options.find((b) => b.id === choice) ?? options.find((b) => preferredIds.includes(b.id)) ?? options[0];
  const scatter = useMemo(
    () => (benchmark ? buildPriceScoreScatter(index.models, benchmark, chosenIds) : undefined),
    [index.models, benchmark, chosenIds],
  );
  const scoreSources = useMemo(() => scoreSourceIds(index.sources), [index.sources]);

  return (
    <section aria-labelledby={headingId} className="price-score">
      <h3 id={headingId}>Price versus score, whole catalog</h3>
      {!ready ? (
        <p className="muted">Loading…</p>
      ) : !benchmark || !scatter ? (
        <p className="muted">No benchmark has both prices and scores for two or more models yet.</p>
      ) : (
        <>
          <div className="field">
            <label htmlFor={selectId}>Benchmark for the scatter</label>
            <select id={selectId} value={benchmark.id} onChange={(e) => setChoice(e.target.value)}>
              {options.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.name}
                </option>
              ))}
            </select>
          </div>
          <figure className="chart-figure">
            <div aria-hidden="true" className="chart-box">
              <Suspense fallback={<p className="muted">Loading chart…</p>}>
                <WhenIdle after={ready} fallback={<p className="muted">Loading chart…</p>}>
                  <PriceScoreChart scatter={scatter} />
                </WhenIdle>
              </Suspense>
            </div>
            <figcaption>
              <p>
                {scatter.benchmarkName} score against price for {scatter.points.length} models. The line is the Pareto
                frontier: no other model is both cheaper and better.
                {scatter.higherIsBetter
                  ? ''
                  : ' Lower scores are better here, so the score axis runs upside down.'}{' '}
                {BLENDED_PRICE_RULE}
              </p>
              <p>Pareto frontier, cheapest first: {scatter.frontier.map((p) => p.text).join('; ')}.</p>
              <ul className="scatter-chosen">
                {scatter.points
                  .filter((p) => p.chosen)
                  .map((p) => (
                    <li key={p.id}>
                      {p.text}
                      {p.onFrontier ? ' (on the frontier)' : ''}
                    </li>
                  ))}
                {scatter.missing.map((m) => (
                  <li key={m.id}>
                    {m.name}: not plotted, {m.reason}
                  </li>
                ))}
              </ul>
              <AttributionNotice sourceIds={scoreSources} sources={index.sources} />
            </figcaption>
          </figure>
        </>
      )}
    </section>
  );
}
