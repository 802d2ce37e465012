import { lazy, Suspense, useRef } from 'react';
import { ChartDownload } from '../../components/ui/chart-download';
import { WhenIdle } from '../../components/ui/when-idle';
import { type CostCurve } from '../../domain/cost/curves';
import { formatTokens } from '../../domain/format/format';
import type { CatalogIndex } from '../../domain/types';
import { seriesColor, seriesDash } from '../../lib/series-style';
import { describeCurve } from './describe-curve';
import { useCostChartsView } from '../../state/views/cost-charts-view';

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
  // Only the models with a line, as on screen: the caption names the others.
  const legend = curve.series.flatMap((s, i) =>
    s.unavailable ? [] : [{ label: s.label, color: seriesColor(i), dash: seriesDash(i) }],
  );
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
  const { requests, input, money, ready } = useCostChartsView(index);
  const curves = { requests, input };

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
