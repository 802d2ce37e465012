import { useMemo } from 'react';
import { buildBenchmarkRows } from '../../domain/views/benchmarks';
import { buildScorecard } from '../../domain/views/scorecard';
import type { CatalogIndex } from '../../domain/types';
import { useComparedModels } from '../compared-models';
import { useHeadlineSummaries } from '../headline-summaries';
import { useSettledTraffic } from '../settled-comparison';

/**
 * The decision scorecard: live, as it sits beside the verdict. Its price is the headline route's,
 * which depends on the request and not on the request count, so it follows the settled traffic.
 */
export function useScorecardView(index: CatalogIndex) {
  const details = useComparedModels();
  const summaries = useHeadlineSummaries(index, details.models, useSettledTraffic());
  const benchmarkRows = useMemo(
    () => buildBenchmarkRows(details.models, index.benchmarks),
    [details.models, index.benchmarks],
  );
  const rows = useMemo(
    () => buildScorecard({ models: details.models, summaries, providers: index.providers, benchmarkRows }),
    [details.models, summaries, index.providers, benchmarkRows],
  );
  return { details, rows };
}
