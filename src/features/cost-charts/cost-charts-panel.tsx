import { lazy, Suspense, useMemo } from 'react';
import { inputTokensCurve, requestsCurve, type CostCurve } from '../../domain/cost-curves';
import { formatTokens } from '../../domain/format';
import type { CatalogIndex } from '../../domain/types';
import { useComparedModels } from '../../state/compared-models';
import { useComparisonStore } from '../../state/comparison-store';
import { useDisplayCurrency } from '../../state/display-currency';
import { describeCurve } from './describe-curve';

/** recharts is large: it loads only when a chart is about to show, not with the first view. */
const CostChart = lazy(() => import('./cost-chart'));

function ChartFigure({ title, curve, children }: { title: string; curve: CostCurve; children: React.ReactNode }) {
  return (
    <figure className="chart-figure">
      <figcaption>
        <strong>{title}</strong>
        <span className="field-hint"> {describeCurve(curve)}</span>
      </figcaption>
      <Suspense fallback={<p role="status">Loading chart…</p>}>{children}</Suspense>
    </figure>
  );
}

export function CostChartsPanel({ index }: { index: CatalogIndex }) {
  const traffic = useComparisonStore((s) => s.traffic);
  const includeFreeAndPlans = useComparisonStore((s) => s.includeFreeAndPlans);
  const details = useComparedModels();
  const display = useDisplayCurrency(index.rates);

  const curves = useMemo(() => {
    const models = details.models.map((m) => ({ id: m.id, label: m.name, routes: m.routes }));
    const options = { includeFreeAndPlans, perUsd: display.perUsd };
    return {
      requests: requestsCurve(models, traffic, display.toUsd, options),
      input: inputTokensCurve(models, traffic, display.toUsd, options),
    };
  }, [details.models, traffic, display.toUsd, display.perUsd, includeFreeAndPlans]);

  // The curves are in the display currency already, so only the symbol is applied here.
  const money = (amount: number) => display.money(amount / display.perUsd, { compact: amount >= 1000 });
  return (
    <section aria-labelledby="cost-charts-heading" className="panel cost-charts">
      <h2 id="cost-charts-heading">Cost as traffic grows</h2>
      <div className="chart-grid">
        <ChartFigure title="Monthly cost by requests per month" curve={curves.requests}>
          <CostChart curve={curves.requests} xLabel="Requests per month" yLabel="Monthly cost" formatX={formatTokens} formatY={money} logY />
        </ChartFigure>
        <ChartFigure title="Cost per request by input tokens per request" curve={curves.input}>
          <CostChart curve={curves.input} xLabel="Input tokens per request" yLabel="Cost per request" formatX={formatTokens} formatY={money} logY />
        </ChartFigure>
      </div>
    </section>
  );
}
