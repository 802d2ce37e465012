import { useId } from 'react';
import { AttributionNotice } from '../../components/provenance/attribution-notice';
import { SourceNote } from '../../components/provenance/source-note';
import type { BenchmarkRow, ScoreView } from '../../domain/views/benchmarks';
import type { Model, Source } from '../../domain/types';
import { ModelTable } from '../../components/ui/model-table';

/** `charted`: this score is the bar drawn for the model, told apart from the model's other scores here. */
function ScoreItem({ score, label, charted }: { score: ScoreView; label: string; charted: boolean }) {
  return (
    <li className={score.picked ? 'score picked' : 'score'}>
      <span className="score-value">{score.text}</span>
      {charted ? <span className="score-tag">charted</span> : null}
      <span className="score-meta">
        {score.selfReported ? 'Self-reported' : 'Independent'}
        {score.variant ? ` · ${score.variant}` : ''}
        {score.date ? ` · ${score.date}` : ''}
      </span>
      <SourceNote
        sourceId={score.source}
        label={label}
        {...(score.date ? { date: score.date } : {})}
        {...(score.url ? { url: score.url } : {})}
      />
    </li>
  );
}

interface BenchmarkTableProps {
  rows: BenchmarkRow[];
  models: Model[];
  sources: readonly Source[];
  sourceIds: string[];
  /** Benchmarks the chart draws: only their picked scores are marked as charted. */
  chartedIds: readonly string[];
}

/** Every score of the compared models, all variants and sources, with the leader per benchmark. */
export function BenchmarkTable({ rows, models, sources, sourceIds, chartedIds }: BenchmarkTableProps) {
  const attributionId = useId();
  return (
    <>
      {/* Outside the scrolling wrapper so caption and attribution stay readable on a narrow screen. */}
      <p className="benchmark-caption">Benchmark scores (0–100), every variant and source</p>
      <p id={attributionId} className="benchmark-attribution">
        <AttributionNotice sourceIds={sourceIds} sources={sources} />
      </p>
      <ModelTable
        label="Benchmark scores"
        describedBy={attributionId}
        className="benchmark-table"
        corner="Benchmark"
        models={models}
        rows={rows}
        rowKey={(row) => row.benchmarkId}
        rowHeader={(row) => (
          <>
            {row.name}
            {row.higherIsBetter ? null : <span className="muted"> (lower is better)</span>}
          </>
        )}
        cell={(row, i) => {
          const cell = row.cells[i];
          if (!cell) return null;
          return cell.scores.length ? (
            <ul className="scores">
              {cell.scores.map((score, j) => (
                <ScoreItem
                  key={j}
                  score={score}
                  charted={score.picked && cell.scores.length > 1 && chartedIds.includes(row.benchmarkId)}
                  label={`${row.name}, ${models[i]?.name ?? cell.modelId}, ${score.text}`}
                />
              ))}
            </ul>
          ) : (
            <span className="muted">No score</span>
          );
        }}
        last={{ header: 'Leader', cell: (row) => row.leader?.text ?? <span className="muted">Needs two scores</span> }}
      />
    </>
  );
}
