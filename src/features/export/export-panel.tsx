import type { ExportInput } from '../../domain/export/common';
import { buildComparisonCsv, CSV_FILE_NAME } from '../../domain/export/csv';
import { buildComparisonJson, JSON_FILE_NAME } from '../../domain/export/json';
import type { CatalogIndex } from '../../domain/types';
import { downloadText } from '../../lib/download';
import { useComparedModels } from '../../state/compared-models';
import { comparisonSnapshot, useComparisonStore } from '../../state/comparison-store';
import { useDisplayCurrency } from '../../state/display-currency';

/** "Download CSV" and "Download JSON" of the comparison, with the figures the page shows. */
export function ExportPanel({ index }: { index: CatalogIndex }) {
  const details = useComparedModels();
  const display = useDisplayCurrency(index.rates);
  const loading = details.pendingIds.length > 0;

  // Read at click time, so the file holds the state of that moment without re-rendering on every change.
  const input = (): ExportInput => ({
    state: comparisonSnapshot(useComparisonStore.getState()),
    models: details.models,
    catalog: index,
    currency: { code: display.currency, perUsd: display.perUsd, rate: display.rate, overridden: display.overridden },
    toUsd: display.toUsd,
  });

  return (
    <section aria-labelledby="export-heading" className="panel export">
      <h2 id="export-heading">Export</h2>
      <div className="options-row">
        <button
          type="button"
          disabled={loading}
          onClick={() => downloadText(CSV_FILE_NAME, buildComparisonCsv(input()), 'text/csv')}
        >
          Download CSV
        </button>
        <button
          type="button"
          disabled={loading}
          onClick={() =>
            downloadText(
              JSON_FILE_NAME,
              `${JSON.stringify(buildComparisonJson(input(), new Date().toISOString()), null, 2)}\n`,
              'application/json',
            )
          }
        >
          Download JSON
        </button>
      </div>
      <p className="field-hint">
        {loading
          ? 'Waiting for every model’s data before exporting…'
          : `One row per model in ${display.currency}, as in the tables above, with specs, capabilities, best scores and their sources. Scores keep the attribution their licenses ask for.`}
      </p>
    </section>
  );
}
