import { lazy, Suspense, useCallback, useMemo, useRef } from 'react';
import { ChartDownload } from '../../components/ui/chart-download';
import { WhenIdle } from '../../components/ui/when-idle';
import { inputTokensCurve, requestsCurve, type CostCurve } from '../../domain/cost-curves';
import { formatTokens } from '../../domain/format';
import type { TrafficProfile } from '../../domain/traffic';
import type { CatalogIndex } from '../../domain/types';
import { seriesColor, seriesDash } from '../../lib/series-style';
import { useDeferredComparedModels, useDeferredTraffic } from '../../state/deferred-comparison';
import { useComparisonStore } from '../../state/comparison-store';
import { useDisplayCurrency } from '../../state/display-currency';
import { describeCurve } from './describe-curve';

/** recharts is large: it loads only when a chart is about to show, not with the first view. */
const CostChart = lazy(() => import('./cost-chart'));

function ChartFigure({
  title,
  fileName,
  curve,
  ready,
  children,
}: {
  title: string;
  fileName: string;
  curve: CostCurve;
  /** The compared models' data is in, so the chart can load. */
  ready: boolean;
  children: React.ReactNode;
}) {
  const chart = useRef<HTMLDivElement>(null);
  const loading = <p role="status">Loading chart…</p>;
  const legend = curve.series.map((s, i) => ({ label: s.label, color: seriesColor(i), dash: seriesDash(i) }));
  return (
    <figure className="chart-figure">
      <figcaption>
        <strong>{title}</strong>
        <span className="field-hint"> {describeCurve(curve)}</span>
      </figcaption>
      <div ref={chart}>
        <Suspense fallback={loading}>
          <WhenIdle after={ready} fallback={loading}>
            {children}
          </WhenIdle>
        </Suspense>
      </div>
      <ChartDownload target={chart} fileName={fileName} title={title} legend={legend} />
    </figure>
  );
}

export function CostChartsPanel({ index }: { index: CatalogIndex }) {
  const traffic = useDeferredTraffic();
  const includeFreeAndPlans = useComparisonStore((s) => s.includeFreeAndPlans);
  const details = useDeferredComparedModels();
  const display = useDisplayCurrency(index.rates);

  const models = useMemo(
    () => details.models.map((m) => ({ id: m.id, label: m.name, routes: m.routes, creatorId: m.creatorId })),
    [details.models],
  );
  const options = useMemo(
    () => ({ includeFreeAndPlans, perUsd: display.perUsd }),
    [includeFreeAndPlans, display.perUsd],
  );
  const requests = useMemo(
    () => requestsCurve(models, traffic, display.toUsd, options),
    [models, traffic, display.toUsd, options],
  );
  // Cost per request does not depend on the number of requests: dragging "Requests per month"
  // leaves the prompt-size curve as it is instead of costing its fifty points again.
  const promptKey = JSON.stringify({ ...traffic, requests: 0 });
  const input = useMemo(
    () => inputTokensCurve(models, JSON.parse(promptKey) as TrafficProfile, display.toUsd, options),
    [models, promptKey, display.toUsd, options],
  );
  const curves = { requests, input };

  const ready = details.pendingIds.length === 0;
  // The curves are in the display currency already, so only the symbol is applied here. Stable,
  // like every other chart prop, so the charts skip the renders where their figures stay put.
  const money = useCallback(
    (amount: number) => display.money(amount / display.perUsd, { compact: amount >= 1000 }),
    [display],
  );
  return (
    <section aria-labelledby="cost-charts-heading" className="panel cost-charts">
      <h2 id="cost-charts-heading">Cost as traffic grows</h2>
      <div className="chart-grid">
        <ChartFigure
          title="Monthly cost by requests per month"
          fileName="versus-monthly-cost-by-requests"
          curve={curves.requests}
          ready={ready}
        >
          <CostChart
            curve={curves.requests}
            xLabel="Requests per month"
            yLabel="Monthly cost"
            formatX={formatTokens}
            formatY={money}
            logY
          />
        </ChartFigure>
        <ChartFigure
          title="Cost per request by input tokens per request"
          fileName="versus-cost-per-request-by-prompt"
          curve={curves.input}
          ready={ready}
        >
          <CostChart
            curve={curves.input}
            xLabel="Input tokens per request"
            yLabel="Cost per request"
            formatX={formatTokens}
            formatY={money}
            logY
          />
        </ChartFigure>
      </div>
    </section>
  );
}
