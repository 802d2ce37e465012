import { lazy, Suspense, useId, useMemo, useRef, useState } from 'react';
import { AttributionNotice } from '../../components/provenance/attribution-notice';
import { WhenIdle } from '../../components/ui/when-idle';
import { scoreSourceIds } from '../../domain/attribution';
import type { TokenMix } from '../../domain/cost/blended';
import { SCATTER_PRICE_RULE, buildPriceScoreScatter, scatterBenchmarks } from '../../domain/views/price-score-scatter';
import type { CatalogIndex, ModelSummary } from '../../domain/types';

const PriceScoreChart = lazy(() => import('./price-score-chart'));

interface PriceScoreSectionProps {
  index: CatalogIndex;
  /** The catalog's summaries, the compared models' priced as the cost panel prices them. */
  models: readonly ModelSummary[];
  chosenIds: readonly string[];
  /** The traffic's tokens per request, which the blended price spreads the cost over. */
  mix: TokenMix;
  /** Benchmarks the chart draws, best covered first: the first the scatter can plot is its first choice. */
  preferredIds: readonly string[];
  /** The compared models' data is in, so the chart can load. */
  ready: boolean;
  /** Adds a model to the comparison, or says why it cannot. */
  onAdd: (model: { id: string; name: string }) => void;
  /** What the last add did, for the live region. */
  addNote: string;
}

/** Price against score across the whole catalog, for one benchmark, with the Pareto frontier. */
export function PriceScoreSection({
  index,
  models,
  chosenIds,
  mix,
  preferredIds,
  ready,
  onAdd,
  addNote,
}: PriceScoreSectionProps) {
  const selectId = useId();
  const headingId = useId();
  const frontierId = useId();
  const note = useRef<HTMLParagraphElement>(null);
  // The whole catalog is scanned here, so it waits until the compared models are in: the first
  // view's figures never wait for it. Once shown it stays while a model added from here loads,
  // so the reader keeps their place.
  const [shown, setShown] = useState(ready);
  if (ready && !shown) setShown(true);
  const live = ready || shown;
  const options = useMemo(() => (live ? scatterBenchmarks(index.models, index.benchmarks) : []), [live, index]);
  const [choice, setChoice] = useState<string>();
  const benchmark =
    options.find((b) => b.id === choice) ??
    preferredIds.map((id) => options.find((b) => b.id === id)).find((b) => b !== undefined) ??
    options[0];
  const scatter = useMemo(
    () => (benchmark ? buildPriceScoreScatter(models, benchmark, chosenIds, mix) : undefined),
    [models, benchmark, chosenIds, mix],
  );
  const scoreSources = useMemo(() => scoreSourceIds(index.sources), [index.sources]);

  return (
    <section aria-labelledby={headingId} className="price-score">
      <h3 id={headingId}>Price versus score, whole catalog</h3>
      {!live ? (
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
                  <PriceScoreChart scatter={scatter} onAdd={onAdd} />
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
                {SCATTER_PRICE_RULE}
              </p>
              <p id={frontierId}>Pareto frontier, cheapest first:</p>
              {/* The keyboard's way to what a click on a dot does: add a frontier model to the comparison. */}
              <ul aria-labelledby={frontierId} className="scatter-frontier">
                {scatter.frontier.map((p) => (
                  <li key={p.id}>
                    {p.text}
                    {p.chosen ? (
                      ' (compared)'
                    ) : (
                      <>
                        {' '}
                        <button
                          type="button"
                          className="button-quiet"
                          aria-label={`Add ${p.name} to the comparison`}
                          onClick={() => {
                            // The benchmark stays put as the comparison grows, and the focus goes to
                            // the note that says what happened, as this button then disappears.
                            setChoice(benchmark.id);
                            onAdd(p);
                            note.current?.focus();
                          }}
                        >
                          Add
                        </button>
                      </>
                    )}
                  </li>
                ))}
              </ul>
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
      <p ref={note} role="status" tabIndex={-1} className="scatter-add-note">
        {addNote}
      </p>
    </section>
  );
}
