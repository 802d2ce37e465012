import { memo } from 'react';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { CostCurve } from '../../domain/cost/curves';
import { logTicks } from '../../domain/views/log-ticks';
import { seriesColor, seriesDash } from '../../lib/series-style';

interface CostChartProps {
  curve: CostCurve;
  xLabel: string;
  yLabel: string;
  formatX: (x: number) => string;
  formatY: (y: number) => string;
  /** Log scale on the y axis too, where costs span orders of magnitude. */
  logY: boolean;
}

/** One cost curve: a line per model on log axes, the user's current traffic marked. */
function CostChart({ curve, xLabel, yLabel, formatX, formatY, logY }: CostChartProps) {
  const xs = curve.points.map((p) => p.x);
  const xTicks = logTicks(Math.min(...xs), Math.max(...xs)).filter((t) => t >= Math.min(...xs) && t <= Math.max(...xs));
  return (
    <ResponsiveContainer width="100%" height={360} initialDimension={{ width: 600, height: 360 }}>
      <LineChart data={curve.rows} margin={{ top: 20, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
        <XAxis
          dataKey="x"
          type="number"
          scale="log"
          domain={['dataMin', 'dataMax']}
          ticks={xTicks}
          tickFormatter={formatX}
          stroke="var(--muted)"
          label={{ value: xLabel, position: 'insideBottom', offset: -16, fill: 'var(--muted)' }}
        />
        <YAxis
          type="number"
          scale={logY ? 'log' : 'linear'}
          domain={logY ? ['auto', 'auto'] : [0, 'auto']}
          allowDataOverflow={false}
          tickFormatter={formatY}
          stroke="var(--muted)"
          // Room for both the widest tick ("$100.00") and the rotated label, which otherwise overlap.
          width={100}
          label={{
            value: yLabel,
            angle: -90,
            position: 'insideLeft',
            offset: 0,
            fill: 'var(--muted)',
            style: { textAnchor: 'middle' },
          }}
        />
        <Tooltip
          formatter={(value) => (typeof value === 'number' ? formatY(value) : String(value))}
          labelFormatter={(x: unknown) => (typeof x === 'number' ? formatX(x) : typeof x === 'string' ? x : '')}
          contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)' }}
        />
        <Legend verticalAlign="bottom" wrapperStyle={{ paddingTop: 28 }} />
        {curve.current !== undefined ? (
          <ReferenceLine
            x={curve.current}
            stroke="var(--text)"
            strokeDasharray="4 4"
            label={{ value: 'your traffic', fill: 'var(--text)', position: 'top' }}
          />
        ) : null}
        {/* A model with no price anywhere on the curve gets no line, and so no legend entry; the
            caption names it with the reason. Colors stay with the model's place in the comparison. */}
        {curve.series.map((series, i) =>
          series.unavailable ? null : (
            <Line
              key={series.key}
              dataKey={series.key}
              name={series.label}
              stroke={seriesColor(i)}
              strokeDasharray={seriesDash(i)}
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
              connectNulls={false}
              type="linear"
            />
          ),
        )}
      </LineChart>
    </ResponsiveContainer>
  );
}

/** Memoized: a panel's render that leaves the chart's props as they were does not redraw it. */
export default memo(CostChart);
