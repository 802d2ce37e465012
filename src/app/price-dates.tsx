import { useSyncExternalStore } from 'react';
import { STALE_AFTER_DAYS } from '../domain/cost/price-age';
import type { CatalogIndex } from '../domain/types';
import { usePriceAgeView } from '../state/views/price-age-view';

const noChange = () => () => {};
/** Today on the user's clock, as a day: the same all day, so it is a stable snapshot. */
const today = () => new Date().toDateString();
/**
 * No day on the server: the build's prerendered copy and the render that adopts it show no age
 * warning, and the warning follows at once on the user's own clock.
 */
const noDay = () => undefined;

/**
 * How old the catalog's prices are: "prices as of" (the median date of the prices it shows) and
 * the range of its sources' dates, with a warning when the prices or exchange rates this
 * comparison uses are over STALE_AFTER_DAYS old on the user's clock.
 */
export function PriceDates({ index }: { index: CatalogIndex }) {
  const day = useSyncExternalStore(noChange, today, noDay);
  const { meta } = index;
  return (
    <div className="price-dates">
      <p className="muted">
        {meta.pricesAsOf ? <>Prices as of {meta.pricesAsOf}</> : <>Catalog sources dated up to {meta.generatedAt}</>}
        {meta.sourceDates ? (
          <>
            {' '}
            (source data from {meta.sourceDates.from} to {meta.sourceDates.to})
          </>
        ) : null}
        .
      </p>
      {day ? <AgeWarning index={index} day={day} /> : null}
    </div>
  );
}

function AgeWarning({ index, day }: { index: CatalogIndex; day: string }) {
  const stale = usePriceAgeView(index, day);
  if (stale.length === 0) return null;
  // One line until opened: it appears once the page is on screen, so it should move little. The
  // live region wraps the disclosure: a <details> may not take the status role itself.
  return (
    <div role="status">
      <details className="notice notice-warning">
        <summary>
          Over {STALE_AFTER_DAYS} days old: {stale.length === 1 ? 'a figure' : `${stale.length} figures`} this
          comparison uses may have changed since.
        </summary>
        <p>Check the provider’s own page before relying on them.</p>
        <ul>
          {stale.map((f) => (
            <li key={f.label}>
              {f.label}: {f.date}, {f.days} days ago
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
