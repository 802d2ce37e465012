import { useMemo } from 'react';
import { buildBenchmarkRows } from '../../domain/views/benchmarks';
import { buildVerdict } from '../../domain/views/verdict';
import type { CatalogIndex } from '../../domain/types';
import { useCostView } from './cost-view';

/**
 * The one-line verdict at the top: live, on the cost panel's own rows, so it says what the
 * monthly cost table says at every step of a slider and with every cost option.
 */
export function useVerdictView(index: CatalogIndex) {
  const { details, rows, display } = useCostView(index);
  const benchmarkRows = useMemo(
    () => buildBenchmarkRows(details.models, index.benchmarks),
    [details.models, index.benchmarks],
  );
  const verdict = useMemo(
    () =>
      details.pendingIds.length > 0
        ? undefined
        : buildVerdict({ costRows: rows, benchmarkRows, money: (usd) => display.money(usd) }),
    [details.pendingIds.length, rows, benchmarkRows, display],
  );
  return { verdict };
}
