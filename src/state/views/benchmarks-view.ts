import { useCallback, useMemo, useState } from 'react';
import { buildBenchmarkChart } from '../../domain/views/benchmark-chart';
import {
  benchmarkSourceIds,
  buildBenchmarkRows,
  tableStartsOpen,
  visibleBenchmarkRows,
} from '../../domain/views/benchmarks';
import { withComparedSummaries } from '../../domain/cost/headline-price';
import { addFromScatter } from '../../domain/views/price-score-scatter';
import type { CatalogIndex } from '../../domain/types';
import { useComparisonStore } from '../comparison-store';
import { useHeadlineSummaries } from '../headline-summaries';
import { useSettledComparedModels, useSettledTraffic } from '../settled-comparison';

/**
 * The compared models' benchmark scores: the chart of the best covered benchmarks, the table
 * (shared benchmarks or all, folded away while long), their sources, and adding a model from
 * the price-versus-score scatter.
 */
export function useBenchmarksView(index: CatalogIndex) {
  const modelIds = useComparisonStore((s) => s.modelIds);
  const addModel = useComparisonStore((s) => s.addModel);
  const details = useSettledComparedModels();
  // The scatter prices the catalog at the user's token mix, as the cost table's blended price does;
  // a change of requests per month alone leaves it as it is.
  const traffic = useSettledTraffic();
  const { inputTokens, outputTokens, reasoningTokens } = traffic;
  const mix = useMemo(
    () => ({ inputTokens, outputTokens, reasoningTokens }),
    [inputTokens, outputTokens, reasoningTokens],
  );
  const rows = useMemo(() => buildBenchmarkRows(details.models, index.benchmarks), [details.models, index.benchmarks]);
  const anyShared = rows.some((r) => r.shared);
  // Until the user chooses, show shared benchmarks only when there are some.
  const [sharedChoice, setSharedChoice] = useState<boolean>();
  const sharedOnly = sharedChoice ?? anyShared;
  const visible = useMemo(() => visibleBenchmarkRows(rows, sharedOnly), [rows, sharedOnly]);
  // Until the user chooses, a short table is open and a long one folded away.
  const [openChoice, setOpenChoice] = useState<boolean>();
  const tableOpen = openChoice ?? tableStartsOpen(visible.length);
  const chooseShared = useCallback(
    (next: boolean) => {
      // The reader is looking at the table: it stays open when the switch lengthens it.
      setOpenChoice(tableOpen);
      setSharedChoice(next);
    },
    [tableOpen],
  );
  const chart = useMemo(() => buildBenchmarkChart(rows, details.models), [rows, details.models]);
  // The scatter places the compared models at their headline route's prices, under the provider
  // choice, as the cost panel prices them; the rest of the catalog at its cheapest.
  const headlines = useHeadlineSummaries(index, details.models, traffic);
  const scatterModels = useMemo(() => withComparedSummaries(index.models, headlines), [index.models, headlines]);
  const sourceIds = useMemo(() => benchmarkSourceIds(visible), [visible]);

  const [addNote, setAddNote] = useState('');
  const addToComparison = useCallback(
    (model: { id: string; name: string }) => {
      const outcome = addFromScatter(modelIds, model);
      if (outcome.add) addModel(model.id);
      setAddNote(outcome.message);
    },
    [modelIds, addModel],
  );

  return {
    modelIds,
    details,
    sharedOnly,
    setSharedChoice: chooseShared,
    visible,
    tableOpen,
    setTableOpen: setOpenChoice,
    chart,
    sourceIds,
    addToComparison,
    addNote,
    mix,
    scatterModels,
  };
}
