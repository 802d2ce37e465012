import { useMemo } from 'react';
import { effectiveBaseline } from '../../domain/comparison';
import { atRequestsOf, modelCost } from '../../domain/cost';
import { costRowsFrom } from '../../domain/cost-rows';
import type { TrafficProfile } from '../../domain/traffic';
import type { CatalogIndex } from '../../domain/types';
import { useComparedModels } from '../../state/compared-models';
import { useComparisonStore } from '../../state/comparison-store';
import { useDisplayCurrency } from '../../state/display-currency';
import { useModelSummaries } from '../../state/model-summaries';
import { CostOptions } from './cost-options';
import { CostTable } from './cost-table';

export function CostPanel({ index }: { index: CatalogIndex }) {
  const modelIds = useComparisonStore((s) => s.modelIds);
  const baselineId = useComparisonStore((s) => effectiveBaseline(s));
  const traffic = useComparisonStore((s) => s.traffic);
  const includeFreeAndPlans = useComparisonStore((s) => s.includeFreeAndPlans);
  const details = useComparedModels();
  const display = useDisplayCurrency(index.rates);
  const providerNames = useMemo(() => new Map(index.providers.map((p) => [p.id, p.name])), [index.providers]);
  const allModels = useModelSummaries(index.models);
  const summaries = useMemo(
    () => modelIds.flatMap((id) => allModels.filter((m) => m.id === id)),
    [allModels, modelIds],
  );

  // Every route is costed again only when something but the number of requests changes: a drag
  // of "Requests per month" rescales the monthly figures (atRequestsOf), which keeps its frames short.
  const perRequestKey = JSON.stringify({ ...traffic, requests: 0 });
  const costs = useMemo(() => {
    const profile = JSON.parse(perRequestKey) as TrafficProfile;
    return details.models.map((model) => ({
      model,
      cost: modelCost(model.routes, profile, display.toUsd, { includeFreeAndPlans, creatorId: model.creatorId }),
    }));
  }, [details.models, perRequestKey, display.toUsd, includeFreeAndPlans]);
  const rows = useMemo(
    () =>
      costRowsFrom(
        costs.map(({ model, cost }) => ({ model, cost: atRequestsOf(cost, traffic) })),
        traffic,
        baselineId,
      ),
    [costs, traffic, baselineId],
  );
  const baselineName = summaries.find((m) => m.id === baselineId)?.name;

  return (
    <section aria-labelledby="cost-heading" className="panel cost">
      <h2 id="cost-heading">Monthly cost</h2>
      <CostOptions models={summaries} baselineId={baselineId} rates={index.rates} display={display} />
      <CostTable
        rows={rows}
        baselineName={baselineName}
        providerName={(id) => providerNames.get(id) ?? id}
        display={display}
      />
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
