import './specs.css';
import { useId } from 'react';
import { FactValue } from '../../components/provenance/fact-value';
import { ModelLoadStatus } from '../../components/provenance/model-load-status';
import { type SpecCell } from '../../domain/views/specs';
import type { CatalogIndex } from '../../domain/types';
import { useSpecsView } from '../../state/views/specs-view';
import { ModelTable } from '../../components/ui/model-table';

function SpecValue({ cell, label }: { cell: SpecCell; label: string }) {
  if (cell.parts.length === 0) return <span className="muted">Unknown</span>;
  return (
    <div className="spec-parts">
      {cell.parts.map((part, i) =>
        part.view ? (
          <FactValue
            key={i}
            view={part.view}
            label={part.label ? `${label} (${part.label})` : label}
            {...(part.label ? { prefix: part.label } : {})}
          />
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </div>
  );
}

export function SpecsPanel({ index: _index }: { index: CatalogIndex }) {
  const { details, rows } = useSpecsView();
  const headingId = useId();

  return (
    <section aria-labelledby={headingId} className="panel specs">
      <h2 id={headingId}>Specifications</h2>
      <ModelLoadStatus details={details} />
      <ModelTable
        label="Specifications"
        labelledBy={headingId}
        corner="Specification"
        models={details.models}
        rows={rows}
        rowKey={(row) => row.id}
        rowHeader={(row) => row.label}
        cell={(row, i) => {
          const cell = row.cells[i];
          return cell ? (
            <SpecValue cell={cell} label={`${row.label}, ${details.models[i]?.name ?? cell.modelId}`} />
          ) : null;
        }}
      />
    </section>
  );
}
