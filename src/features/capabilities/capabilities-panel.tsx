import './capabilities.css';
import { useId } from 'react';
import { DisputedMarker } from '../../components/provenance/disputed-marker';
import { ModelLoadStatus } from '../../components/provenance/model-load-status';
import { SourceNote } from '../../components/provenance/source-note';
import { type CapabilityCell } from '../../domain/capabilities';
import type { CapabilityState, CatalogIndex } from '../../domain/types';
import { TableScroll } from '../../components/ui/table-scroll';
import { useCapabilitiesView } from '../../state/views/capabilities-view';

/** Shape and word together, so the state never rests on color alone. */
const GLYPH: Record<CapabilityState, string> = { yes: '✓', no: '✕', unknown: '?' };

function StateCell({ cell, label }: { cell: CapabilityCell; label: string }) {
  return (
    <div className="fact-value">
      <span className={`capability-state capability-${cell.state}`}>
        <span aria-hidden="true" className="capability-glyph">
          {GLYPH[cell.state]}
        </span>{' '}
        {cell.text}
      </span>
      {cell.fact ? (
        <>
          <SourceNote sourceId={cell.fact.source} label={label} />
          <DisputedMarker fact={cell.fact} label={label} />
        </>
      ) : null}
    </div>
  );
}

export function CapabilitiesPanel({ index: _index }: { index: CatalogIndex }) {
  const { details, onlyDifferences, setOnlyDifferences, visible } = useCapabilitiesView();
  const headingId = useId();

  return (
    <section aria-labelledby={headingId} className="panel capabilities">
      <h2 id={headingId}>Capabilities</h2>
      <ModelLoadStatus details={details} />
      <label className="toggle">
        <input type="checkbox" checked={onlyDifferences} onChange={(e) => setOnlyDifferences(e.target.checked)} />
        Only differences
      </label>
      <p className="muted legend">
        ✓ Yes, ✕ No, ? Unknown: no source states it, which is not the same as No. Rows marked “differs” are where the
        models disagree.
      </p>
      <TableScroll label={'Capabilities'}>
        <table aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">Capability</th>
              {details.models.map((m) => (
                <th key={m.id} scope="col">
                  {m.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {visible.map((row) => (
              <tr key={row.id} className={row.differs ? 'row-differs' : undefined}>
                <th scope="row">
                  {row.label}
                  {row.differs ? <span className="differs-tag"> differs</span> : null}
                </th>
                {row.cells.map((cell, i) => (
                  <td key={cell.modelId}>
                    <StateCell cell={cell} label={`${row.label}, ${details.models[i]?.name ?? cell.modelId}`} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {visible.length === 0 && details.models.length > 0 ? <p>The models do not differ on any capability.</p> : null}
    </section>
  );
}
