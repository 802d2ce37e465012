/**
 * `npm run catalog`: reads the upstream datasets and the curated layer, builds the catalog,
 * validates it with the app's schemas, writes public/catalog (with the JSON Schemas of its files)
 * and prints the report.
 *
 * Options: --models-dev <dir> --litellm <dir> --leaderboard <dir> --curated <dir> --out <dir> --verbose
 *          --report genai-prices (also prints the genai-prices report it writes to reports/genai-prices.md)
 *          --fetch [--cache <dir>] [--models-dev-url|--litellm-url|--leaderboard-url|--ecb-url <base>]
 *          --ecb <dir> --diff <old catalog dir> [--diff-out <file>] (see refresh.ts)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildCatalog } from './build-catalog';
import { formatGenaiReport } from './genai-report';
import { GENAI_PRICES } from './read-genai-prices';
import { writeJsonSchemas } from './json-schema';
import { readCurated } from './read-curated';
import { readUpstream } from './read-sources';
import { REFRESH_OPTIONS, refreshInputs, refreshRates, reportChanges } from './refresh';
import { countCatalog, formatReport } from './report';
import { writeCatalog } from './write-catalog';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..');
const upstreamRoot = resolve(repoRoot, '..', 'shared', 'data', 'upstream');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'models-dev': { type: 'string', default: resolve(upstreamRoot, 'models.dev') },
      litellm: { type: 'string', default: resolve(upstreamRoot, 'litellm') },
      leaderboard: { type: 'string', default: resolve(upstreamRoot, 'llm-leaderboard') },
      curated: { type: 'string', default: resolve(here, 'curated') },
      out: { type: 'string', default: resolve(repoRoot, 'public', 'catalog') },
      verbose: { type: 'boolean', default: false },
      report: { type: 'string' },
      ...REFRESH_OPTIONS,
    },
  });
  const inputs = await refreshInputs(
    values,
    { modelsDev: values['models-dev'], litellm: values.litellm, leaderboard: values.leaderboard },
    resolve(repoRoot, '.catalog-cache'),
  );
  const upstream = readUpstream(inputs.paths);
  const curated = refreshRates(readCurated(values.curated), inputs);
  const { index, models, report } = buildCatalog(upstream, curated);
  const { indexJson, removed } = writeCatalog(resolve(values.out), index, models);
  const schemas = writeJsonSchemas(resolve(values.out));
  const counts = countCatalog(index, models, indexJson);
  console.log(formatReport(counts, report, values.verbose));
  const genai = index.sources.find((s) => s.id === GENAI_PRICES);
  if (genai) {
    const markdown = formatGenaiReport(report.lookups, genai);
    mkdirSync(resolve(here, 'reports'), { recursive: true });
    writeFileSync(resolve(here, 'reports', 'genai-prices.md'), markdown);
    if (values.report === 'genai-prices') console.log(markdown);
  }
  console.log(
    `Wrote ${models.length} model files, index.json and ${schemas.join(', ')} to ${values.out}${removed.length ? `; removed ${removed.length} stale files` : ''}.`,
  );
  reportChanges(values, inputs, index, models);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
