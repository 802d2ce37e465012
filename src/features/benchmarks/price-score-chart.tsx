/** The price-versus-score scatter; its own module so recharts loads only when it is shown. */
import { memo } from 'react';
import {
  CartesianGrid,
  LabelList,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  type ScatterPointItem,
  type TooltipContentProps,
} from 'recharts';
import type { PriceScoreScatter, ScatterPoint } from '../../domain/views/price-score-scatter';
import { seriesColor } from './chart-colors';

/** The point under the pointer: recharts hands over the data entry as the payload. */
const pointOf = (payload: unknown): ScatterPoint | undefined =>
  payload && typeof payload === 'object' && 'id' in payload ? (payload as ScatterPoint) : undefined;

/** Names the model under the pointer, which the dots alone do not. */
function PointTooltip({ active, payload }: Pick<TooltipContentProps, 'active' | 'payload'>) {
  const point = pointOf(payload?.[0]?.payload);
  if (!active || !point) return null;
  return (
    <div className="scatter-tooltip">
      <strong>{point.name}</strong>
      <div>{point.detail}</div>
      <div className="muted">{point.chosen ? 'Compared' : 'Click to add to the comparison'}</div>
    </div>
  );
}

interface PriceScoreChartProps {
  scatter: PriceScoreScatter;
  /** Adds a model that is not compared yet; the caption's list does the same from the keyboard. */
  onAdd: (model: { id: string; name: string }) => void;
}

function PriceScoreChart({ scatter, onAdd }: PriceScoreChartProps) {
  const add = (item: ScatterPointItem) => {
    const point = pointOf(item.payload);
    if (point && !point.chosen) onAdd(point);
  };
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
      <Tooltip content={PointTooltip} />
      <Scatter
        name="Other models"
        data={others}
        fill="#8a8f9c"
        isAnimationActive={false}
        onClick={add}
        className="scatter-addable"
      />
      <Scatter
        name="Pareto frontier"
        data={scatter.frontier}
        onClick={add}
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
