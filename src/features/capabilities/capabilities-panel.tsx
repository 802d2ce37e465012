import './capabilities.css';
import { useId } from 'react';
import { DisputedMarker } from '../../components/provenance/disputed-marker';
import { ModelLoadStatus } from '../../components/provenance/model-load-status';
import { SourceNote } from '../../components/provenance/source-note';
import { type CapabilityCell } from '../../domain/views/capabilities';
import type { CapabilityState, CatalogIndex } from '../../domain/types';
import { useCapabilitiesView } from '../../state/views/capabilities-view';
import { ModelTable } from '../../components/ui/model-table';

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
      <ModelTable
        label="Capabilities"
        labelledBy={headingId}
        corner="Capability"
        models={details.models}
        rows={visible}
        rowKey={(row) => row.id}
        rowClassName={(row) => (row.differs ? 'row-differs' : undefined)}
        rowHeader={(row) => (
          <>
            {row.label}
            {row.differs ? <span className="differs-tag"> differs</span> : null}
          </>
        )}
        cell={(row, i) => {
          const cell = row.cells[i];
          return cell ? (
            <StateCell cell={cell} label={`${row.label}, ${details.models[i]?.name ?? cell.modelId}`} />
          ) : null;
        }}
      />
      {visible.length === 0 && details.models.length > 0 ? <p>The models do not differ on any capability.</p> : null}
    </section>
  );
}
