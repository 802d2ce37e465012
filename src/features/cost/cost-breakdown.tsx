import { useId } from 'react';
import type { ModelBreakdown } from '../../domain/cost/monthly-breakdown';
import './cost-breakdown.css';

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Each model's monthly cost split by what it pays for: a stacked bar, and beside it the same
 * figures as text (the sum, then price times tokens per part), which is what assistive
 * technology reads; the bar itself is hidden from it.
 */
export function CostBreakdown({ breakdowns }: { breakdowns: readonly ModelBreakdown[] }) {
  const headingId = useId();
  if (breakdowns.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="cost-breakdown">
      <h3 id={headingId}>Cost by component</h3>
      <ul className="cost-breakdown-list">
        {breakdowns.map((entry) => (
          <li key={entry.modelId} className="cost-breakdown-model">
            <p className="strong">{entry.modelName}</p>
            {entry.status === 'unavailable' ? (
              <p className="muted">Unavailable: {entry.reason}</p>
            ) : (
              <>
                <div className="cost-bar" aria-hidden="true">
                  {entry.breakdown.parts.map((part) => (
                    <span
                      key={part.key}
                      className={`cost-part-${part.key}`}
                      style={{ width: `${part.share * 100}%` }}
                    />
                  ))}
                </div>
                <p className="cost-breakdown-sum">{entry.breakdown.sentence}</p>
                <ul className="cost-breakdown-parts">
                  {entry.breakdown.parts.map((part) => (
                    <li key={part.key}>
                      <span className={`cost-swatch cost-part-${part.key}`} aria-hidden="true" />
                      {capitalised(part.label)}: {part.detail}
                    </li>
                  ))}
                </ul>
                {entry.breakdown.batch ? <p className="field-hint">{entry.breakdown.batch}</p> : null}
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
