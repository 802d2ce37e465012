import { useId, useMemo } from 'react';
import { buildFaq } from '../../domain/views/faq';
import type { Model, Provider } from '../../domain/types';

/** The generated FAQ: each question a heading, so screen-reader users can jump between them. */
export function FaqList({ models, providers }: { models: readonly Model[]; providers: readonly Provider[] }) {
  const headingId = useId();
  const entries = useMemo(() => buildFaq(models, providers), [models, providers]);
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="faq">
      <h3 id={headingId}>FAQ</h3>
      {entries.map((entry) => (
        <div key={entry.id} className="faq-entry">
          <h4>{entry.question}</h4>
          <p>{entry.answer}</p>
        </div>
      ))}
    </section>
  );
}
