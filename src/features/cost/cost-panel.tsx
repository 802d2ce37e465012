import type { CatalogIndex } from '../../domain/types';
import { CostBreakdown } from './cost-breakdown';
import { CostOptions } from './cost-options';
import { CostTable } from './cost-table';
import { ProviderChoiceNote } from './provider-choice-note';
import { useCostView } from '../../state/views/cost-view';

export function CostPanel({ index }: { index: CatalogIndex }) {
  const { details, display, providerName, summaries, baselineId, baselineName, rows, breakdowns } = useCostView(index);

  return (
    <section aria-labelledby="cost-heading" className="panel cost">
      <h2 id="cost-heading">Monthly cost</h2>
      <CostOptions models={summaries} baselineId={baselineId} rates={index.rates} display={display} />
      <ProviderChoiceNote />
      <CostTable rows={rows} baselineName={baselineName} providerName={providerName} display={display} />
      <CostBreakdown breakdowns={breakdowns} />
      {details.pendingIds.length > 0 ? (
        <p role="status" className="field-hint">
          Loading prices for {details.pendingIds.length === 1 ? '1 model' : `${details.pendingIds.length} models`}…
        </p>
      ) : null}
      {details.errors.length > 0 ? (
        <div role="alert" className="notice notice-error">
          {details.errors.map((e) => (
            <p key={e.id}>{e.message}</p>
          ))}
          <button type="button" onClick={details.retryFailed}>
            Retry
          </button>
        </div>
      ) : null}
    </section>
  );
}
