import { DisputedMarker } from '../../components/provenance/disputed-marker';
import { RouteSourceNote } from '../../components/provenance/route-source-note';
import { SourceTitle } from '../../components/provenance/source-link';
import { useSource } from '../../components/provenance/sources-context';
import type { FactView } from '../../domain/views/fact-view';
import type { RouteRow } from '../../domain/cost/route-rows';
import type { PriceSet } from '../../domain/types';
import type { DisplayCurrency } from '../../state/display-currency';

const RULE =
  'The newest dated claim is used; a long-context tier price or an image-output price is never taken for the base price.';

const pair = (usd: PriceSet, display: DisplayCurrency) =>
  [usd.input, usd.output].map((v) => (v === undefined ? '—' : display.money(v))).join(' / ');

/** The route's price against every other source's, as the disputed marker shows facts. */
function disputeView(row: RouteRow, display: DisplayCurrency): FactView {
  const chosen = row.claims.find((c) => c.chosen);
  return {
    text: chosen ? pair(chosen.usd, display) : '',
    source: row.route.source,
    disputed: row.claims.length > 1,
    claims: row.claims.map((c) => {
      const note = [c.date ? `as of ${c.date}` : '', c.note ?? ''].filter(Boolean).join('; ');
      return { text: pair(c.usd, display), source: c.source, chosen: c.chosen, ...(note ? { note } : {}) };
    }),
    rule: RULE,
  };
}

function PeriodSource({ id }: { id: string }) {
  return <SourceTitle source={useSource(id)} id={id} />;
}

/**
 * The date of the price a route uses with its provenance control (source, date, the sources that
 * confirm it, earlier prices) and, where sources disagree, the disputed marker with every claim,
 * the same pair of controls every other fact has.
 */
export function PriceDateCell({ row, label, display }: { row: RouteRow; label: string; display: DisplayCurrency }) {
  return (
    <td className="price-date" data-label="Price as of">
      <span className="nowrap">{row.route.checked || '—'}</span>{' '}
      <RouteSourceNote route={row.route} label={`price on ${label}`}>
        {row.history.length > 0 ? (
          <>
            <p className="provenance-heading">Price history:</p>
            <ul className="claims">
              {row.history.map((h, i) => (
                <li key={i}>
                  <strong>{pair(h.usd, display)}</strong>{' '}
                  {h.until ? `until ${h.until}` : h.from ? `from ${h.from}` : ''}
                  {h.from && h.until ? ` (since ${h.from})` : ''} — <PeriodSource id={h.source} />
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </RouteSourceNote>{' '}
      <DisputedMarker fact={disputeView(row, display)} label={`price on ${label}`} />
    </td>
  );
}
