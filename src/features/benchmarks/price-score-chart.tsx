/** The price-versus-score scatter; its own module so recharts loads only when it is shown. */
import { memo } from 'react';
import { CartesianGrid, LabelList, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { PriceScoreScatter } from '../../domain/views/price-score-scatter';
import { seriesColor } from './chart-colors';

function PriceScoreChart({ scatter }: { scatter: PriceScoreScatter }) {
  const others = scatter.points.filter((p) => !p.chosen);
  const chosen = scatter.points.filter((p) => p.chosen);
  return (
    <ScatterChart
      responsive
      accessibilityLayer={false}
      style={{ width: '100%', height: 360 }}
      margin={{ left: 8, right: 24, top: 16, bottom: 24 }}
    >
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis
        type="number"
        dataKey="x"
        name="Blended price"
        unit=" $/1M"
        scale={scatter.logPrice ? 'log' : 'auto'}
        {...(scatter.logPrice && scatter.priceTicks.length > 1
          ? {
              ticks: scatter.priceTicks,
              domain: [scatter.priceTicks[0] ?? 'auto', scatter.priceTicks.at(-1) ?? 'auto'],
            }
          : { domain: ['auto', 'auto'] })}
        tick={{ fill: 'currentColor', fontSize: 12 }}
        label={{
          value: 'Blended price, USD per 1M tokens',
          position: 'insideBottom',
          offset: -16,
          fill: 'currentColor',
        }}
      />
      <YAxis
        type="number"
        dataKey="y"
        name={scatter.benchmarkName}
        domain={['auto', 'auto']}
        // Better is up on every benchmark: an error rate's axis runs from high at the bottom to low at the top.
        reversed={!scatter.higherIsBetter}
        tick={{ fill: 'currentColor', fontSize: 12 }}
      />
      <Tooltip
        contentStyle={{ background: 'var(--surface)', color: 'var(--text)', border: '1px solid var(--border)' }}
      />
      <Scatter name="Other models" data={others} fill="#8a8f9c" isAnimationActive={false} />
      <Scatter
        name="Pareto frontier"
        data={scatter.frontier}
        line={{ stroke: seriesColor(2), strokeWidth: 2 }}
        fill={seriesColor(2)}
        shape="diamond"
        isAnimationActive={false}
      />
      <Scatter name="Compared models" data={chosen} fill={seriesColor(0)} shape="star" isAnimationActive={false}>
        <LabelList dataKey="name" position="top" fill="currentColor" fontSize={12} />
      </Scatter>
    </ScatterChart>
  );
}

/** Memoized: a panel's render that leaves the chart's props as they were does not redraw it. */
export default memo(PriceScoreChart);
