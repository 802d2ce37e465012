import { useMemo } from 'react';
import { buildBenchmarkRows } from '../../domain/views/benchmarks';
import { buildScorecard } from '../../domain/views/scorecard';
import type { CatalogIndex } from '../../domain/types';
import { useComparedModels } from '../compared-models';

/** The decision scorecard: live, as it sits beside the verdict. */
export function useScorecardView(index: CatalogIndex) {
  const details = useComparedModels();
  const rows = useMemo(
    () =>
      buildScorecard({
        models: details.models,
        summaries: index.models,
        providers: index.providers,
        benchmarkRows: buildBenchmarkRows(details.models, index.benchmarks),
      }),
    [details.models, index],
  );
  return { details, rows };
}
