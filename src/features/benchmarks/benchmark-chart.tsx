/** The grouped bar chart; its own module so recharts loads only when the chart is shown. */
import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { BenchmarkChartData } from '../../domain/views/benchmark-chart';
import { seriesColor } from './chart-colors';

function BenchmarkChart({ data }: { data: BenchmarkChartData }) {
  return (
    <BarChart
      responsive
      accessibilityLayer={false}
      style={{ width: '100%', height: Math.max(260, 60 * data.rows.length + 120) }}
      data={data.rows}
      layout="vertical"
      margin={{ left: 8, right: 16, top: 8, bottom: 8 }}
    >
      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
      <XAxis
        type="number"
        domain={[0, (dataMax: number) => Math.max(100, Math.ceil(dataMax))]}
        tick={{ fill: 'currentColor' }}
      />
      <YAxis type="category" dataKey="benchmark" width={110} tick={{ fill: 'currentColor', fontSize: 12 }} />
      <Tooltip
        contentStyle={{ background: 'var(--surface)', color: 'var(--text)', border: '1px solid var(--border)' }}
      />
      <Legend />
      {data.series.map((s, i) => (
        <Bar key={s.key} dataKey={s.key} name={s.name} fill={seriesColor(i)} isAnimationActive={false} />
      ))}
    </BarChart>
  );
}

/** Memoized: a panel's render that leaves the chart's props as they were does not redraw it. */
export default memo(BenchmarkChart);
