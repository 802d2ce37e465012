import { useMemo } from 'react';
import { buildBenchmarkRows } from '../../domain/views/benchmarks';
import { effectiveBaseline } from '../../domain/comparison';
import { buildSwitchFrictions } from '../../domain/views/switch-friction';
import { buildTradeoffs } from '../../domain/views/tradeoffs';
import type { CatalogIndex } from '../../domain/types';
import { useComparisonStore } from '../comparison-store';
import { useHeadlineSummaries } from '../headline-summaries';
import { useSettledComparedModels, useSettledTraffic } from '../settled-comparison';

/** The plain-language trade-offs and what switching from the baseline model takes. */
export function useTradeoffsView(index: CatalogIndex) {
  const modelIds = useComparisonStore((s) => s.modelIds);
  const baselineId = useComparisonStore((s) => s.baselineId);
  const details = useSettledComparedModels();
  const summaries = useHeadlineSummaries(index, details.models, useSettledTraffic());
  const { tradeoffs, frictions } = useMemo(() => {
    const benchmarkRows = buildBenchmarkRows(details.models, index.benchmarks);
    return {
      tradeoffs: buildTradeoffs({ models: details.models, summaries, benchmarkRows }),
      frictions: buildSwitchFrictions(details.models, effectiveBaseline({ modelIds, baselineId }), index.providers),
    };
  }, [details.models, index, summaries, modelIds, baselineId]);
  return { details, tradeoffs, frictions };
}
