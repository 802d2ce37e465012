import { useId } from 'react';
import { FactValue } from '../../components/provenance/fact-value';
import { ModelLoadStatus } from '../../components/provenance/model-load-status';
import type { CatalogIndex } from '../../domain/types';
import { TableScroll } from '../../components/ui/table-scroll';
import { useScorecardView } from '../../state/views/scorecard-view';

export function ScorecardPanel({ index }: { index: CatalogIndex }) {
  const { details, rows } = useScorecardView(index);
  const headingId = useId();

  return (
    <section aria-labelledby={headingId} className="panel scorecard">
      <h2 id={headingId}>Decision scorecard</h2>
      <ModelLoadStatus details={details} />
      <TableScroll label={'Decision scorecard'}>
        <table aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">Signal</th>
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
                    {cell.view ? (
                      <FactValue
                        view={{ ...cell.view, text: cell.text }}
                        label={`${row.label}, ${details.models[i]?.name ?? cell.modelId}`}
                      />
                    ) : (
                      cell.text
                    )}
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
