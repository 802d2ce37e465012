import type { ReactNode } from 'react';
import type { Route } from '../../domain/types';
import { SourceTitle } from './source-link';
import { SourceNote } from './source-note';
import { useSource } from './sources-context';

function ConfirmingSource({ id }: { id: string }) {
  return <SourceTitle source={useSource(id)} id={id} />;
}

/**
 * The "Source" control of a route's price: the source it comes from, the date of that price, and
 * the other sources that state the same price. `children` adds more (its earlier prices).
 */
export function RouteSourceNote({ route, label, children }: { route: Route; label: string; children?: ReactNode }) {
  const confirmedBy = route.confirmedBy ?? [];
  return (
    // Built when opened: a routes table has one per row, and most are never read.
    <SourceNote sourceId={route.source} label={label} date={route.checked} dateLabel="Price dated" lazy>
      <p className="provenance-heading">
        {confirmedBy.length === 0
          ? 'No second source states this price.'
          : `Also stated by ${confirmedBy.length === 1 ? '1 other source' : `${confirmedBy.length} other sources`}:`}
      </p>
      {confirmedBy.length > 0 ? (
        <ul className="claims">
          {confirmedBy.map((id) => (
            <li key={id}>
              <ConfirmingSource id={id} />
            </li>
          ))}
        </ul>
      ) : null}
      {children}
    </SourceNote>
  );
}
