/** The benchmark bar charts, one per benchmark; their own module so recharts loads only when they are shown. */
import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, XAxis, YAxis } from 'recharts';
import type { BenchmarkChartData, ChartedBenchmark } from '../../domain/views/benchmark-chart';
import { seriesColor } from './chart-colors';

/** Height of one model's row: a bar and room for its label. */
const ROW_PX = 26;

function BenchmarkBars({ benchmark }: { benchmark: ChartedBenchmark }) {
  return (
    <BarChart
      responsive
      accessibilityLayer={false}
      style={{ width: '100%', height: ROW_PX * benchmark.bars.length + 40 }}
      data={benchmark.bars}
      layout="vertical"
      margin={{ left: 4, right: 44, top: 4, bottom: 4 }}
    >
      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" domain={[0, benchmark.axisMax]} tick={{ fill: 'currentColor', fontSize: 12 }} />
      {/* Every compared model keeps its row; one without a score is named "(no score)" beside an empty row. */}
      <YAxis type="category" dataKey="label" width={170} interval={0} tick={{ fill: 'currentColor', fontSize: 12 }} />
      <Bar dataKey="value" name={benchmark.title} isAnimationActive={false}>
        {benchmark.bars.map((bar) => (
          <Cell key={bar.modelId} name={bar.name} fill={seriesColor(bar.index)} />
        ))}
        <LabelList dataKey="text" position="right" fill="currentColor" fontSize={12} />
      </Bar>
    </BarChart>
  );
}

function BenchmarkChart({ data }: { data: BenchmarkChartData }) {
  return (
    <div className="benchmark-multiples">
      {data.benchmarks.map((benchmark) => (
        <div key={benchmark.benchmarkId} className="benchmark-multiple" data-benchmark={benchmark.benchmarkId}>
          <p className="benchmark-multiple-title">{benchmark.title}</p>
          <BenchmarkBars benchmark={benchmark} />
        </div>
      ))}
    </div>
  );
}

/** Memoized: a panel's render that leaves the chart's props as they were does not redraw it. */
export default memo(BenchmarkChart);
