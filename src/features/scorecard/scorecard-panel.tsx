import { useId } from 'react';
import { FactValue } from '../../components/provenance/fact-value';
import { ModelLoadStatus } from '../../components/provenance/model-load-status';
import type { CatalogIndex } from '../../domain/types';
import { useScorecardView } from '../../state/views/scorecard-view';
import { ModelTable } from '../../components/ui/model-table';

export function ScorecardPanel({ index }: { index: CatalogIndex }) {
  const { details, rows } = useScorecardView(index);
  const headingId = useId();

  return (
    <section aria-labelledby={headingId} className="panel scorecard">
      <h2 id={headingId}>Decision scorecard</h2>
      <ModelLoadStatus details={details} />
      <ModelTable
        label="Decision scorecard"
        labelledBy={headingId}
        corner="Signal"
        models={details.models}
        rows={rows}
        rowKey={(row) => row.id}
        rowHeader={(row) => row.label}
        cell={(row, i) => {
          const cell = row.cells[i];
          if (!cell) return null;
          return cell.view ? (
            <FactValue
              view={{ ...cell.view, text: cell.text }}
              label={`${row.label}, ${details.models[i]?.name ?? cell.modelId}`}
            />
          ) : (
            cell.text
          );
        }}
      />
    </section>
  );
}
