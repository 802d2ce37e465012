import './tradeoffs.css';
import { Fragment, useId } from 'react';
import { ModelLoadStatus } from '../../components/provenance/model-load-status';
import { SourceNote } from '../../components/provenance/source-note';
import type { CatalogIndex } from '../../domain/types';
import { FaqList } from './faq-list';
import { useTradeoffsView } from '../../state/views/tradeoffs-view';

export function TradeoffsPanel({ index }: { index: CatalogIndex }) {
  const { details, tradeoffs, frictions } = useTradeoffsView(index);
  const headingId = useId();
  const frictionId = useId();

  return (
    <section aria-labelledby={headingId} className="panel tradeoffs">
      <h2 id={headingId}>Trade-offs</h2>
      <ModelLoadStatus details={details} />
      <p className="muted">
        Generated from the catalog; a capability no source states is left out rather than counted as missing.
      </p>
      <div className="tradeoff-grid">
        {tradeoffs.map((t) => (
          <div key={t.modelId} className="tradeoff-card">
            <h3>Choose {t.modelName} when…</h3>
            {t.reasons.length ? (
              <ul>
                {t.reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            ) : (
              <p className="muted">The catalog records no clear advantage for {t.modelName}.</p>
            )}
          </div>
        ))}
      </div>
      {frictions.length > 0 ? (
        <section aria-labelledby={frictionId}>
          <h3 id={frictionId}>Switch friction</h3>
          <div className="tradeoff-grid">
            {frictions.map((f) => (
              <div key={`${f.fromId}>${f.toId}`} className="tradeoff-card">
                <h4>{f.title}</h4>
                <ul>
                  {f.items.map((item) => (
                    <li key={item}>{item}</li>
                  ))}
                  {f.parameters.map((p) => (
                    <li key={p.text} className="parameter-friction">
                      {p.text}
                      {p.sources.map((s) => (
                        <Fragment key={s.sourceId}>
                          {' '}
                          <SourceNote
                            sourceId={s.sourceId}
                            date={s.date}
                            dateLabel="Stated"
                            // Two sources on one line need names of their own.
                            label={`${p.fields.join(', ')}, ${f.title}${p.sources.length > 1 ? `, ${s.sourceId}` : ''}`}
                          />
                        </Fragment>
                      ))}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        </section>
      ) : null}
      <FaqList models={details.models} providers={index.providers} />
    </section>
  );
}
