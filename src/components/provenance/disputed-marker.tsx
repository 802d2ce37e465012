import './provenance.css';
import type { FactView } from '../../domain/views/fact-view';
import { Disclosure } from './disclosure';
import { SourceTitle } from './source-link';
import { useSource } from './sources-context';

function ClaimSource({ id }: { id: string }) {
  return <SourceTitle source={useSource(id)} id={id} />;
}

/**
 * A visible "Disputed" marker for a fact whose sources disagree, revealing every claim with its
 * value, note and source, and the rule the catalog used to choose. Renders nothing otherwise.
 * Build the view with factView(fact, format) from src/domain/fact-view.
 */
export function DisputedMarker({ fact, label }: { fact: FactView; label?: string }) {
  if (!fact.disputed) return null;
  return (
    <Disclosure
      className="disputed-marker"
      label={label ? `Disputed: ${label}` : 'Disputed'}
      button={
        <>
          <span aria-hidden="true">⚠</span> Disputed
        </>
      }
    >
      <p className="provenance-heading">Sources disagree:</p>
      <ul className="claims">
        {fact.claims.map((claim, i) => (
          <li key={`${claim.source}-${i}`}>
            <strong>{claim.text}</strong>
            {claim.chosen ? ' (used here)' : ''}
            {claim.note ? <> — {claim.note}</> : null}
            {' — '}
            <ClaimSource id={claim.source} />
          </li>
        ))}
      </ul>
      <p className="claims-rule">{fact.rule ? `Rule: ${fact.rule}` : 'The catalog records no rule for its choice.'}</p>
    </Disclosure>
  );
}
