import './specs.css';
import { useId } from 'react';
import { FactValue } from '../../components/provenance/fact-value';
import { ModelLoadStatus } from '../../components/provenance/model-load-status';
import { type SpecCell } from '../../domain/specs';
import type { CatalogIndex } from '../../domain/types';
import { TableScroll } from '../../components/ui/table-scroll';
import { useSpecsView } from '../../state/views/specs-view';

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
      <TableScroll label={'Specifications'}>
        <table aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">Specification</th>
              {details.models.map((m) => (
                <th key={m.id} scope="col">
                  {m.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.label}</th>
                {row.cells.map((cell, i) => (
                  <td key={cell.modelId}>
                    <SpecValue cell={cell} label={`${row.label}, ${details.models[i]?.name ?? cell.modelId}`} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
