import './verdict.css';
import type { CatalogIndex } from '../../domain/types';
import { useVerdictView } from '../../state/views/verdict-view';

/**
 * The comparison in one sentence, above the evidence. Not a live region: it changes on every
 * slider step, and the cost panel already announces what moved.
 */
export function VerdictLine({ index }: { index: CatalogIndex }) {
  const { verdict } = useVerdictView(index);
  if (!verdict) return null;
  return (
    <p className="verdict-line" data-testid="verdict">
      <span className="verdict-label">Verdict: </span>
      {verdict.text}
    </p>
  );
}
