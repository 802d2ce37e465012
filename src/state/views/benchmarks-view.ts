import { useMemo, useState } from 'react';
import { buildBenchmarkChart } from '../../domain/views/benchmark-chart';
import { benchmarkSourceIds, buildBenchmarkRows, visibleBenchmarkRows } from '../../domain/views/benchmarks';
import type { CatalogIndex } from '../../domain/types';
import { useComparisonStore } from '../comparison-store';
import { useSettledComparedModels } from '../settled-comparison';

/** The compared models' benchmark scores: the chart, the table (shared benchmarks or all) and their sources. */
export function useBenchmarksView(index: CatalogIndex) {
  const modelIds = useComparisonStore((s) => s.modelIds);
  const details = useSettledComparedModels();
  const rows = useMemo(() => buildBenchmarkRows(details.models, index.benchmarks), [details.models, index.benchmarks]);
  const anyShared = rows.some((r) => r.shared);
  // Until the user chooses, show shared benchmarks only when there are some.
  const [sharedChoice, setSharedChoice] = useState<boolean>();
  const sharedOnly = sharedChoice ?? anyShared;
  const visible = visibleBenchmarkRows(rows, sharedOnly);
  const chart = useMemo(() => buildBenchmarkChart(rows, details.models), [rows, details.models]);
  const sourceIds = useMemo(() => benchmarkSourceIds(visible), [visible]);
  const sharedIds = useMemo(() => rows.filter((r) => r.shared).map((r) => r.benchmarkId), [rows]);
  return { modelIds, details, sharedOnly, setSharedChoice, visible, chart, sourceIds, sharedIds };
}
