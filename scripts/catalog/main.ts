/**
 * `npm run catalog`: reads the upstream datasets and the curated layer, builds the catalog,
 * validates it with the app's schemas, writes public/catalog (with the JSON Schemas of its files)
 * and prints the report.
 *
 * Options: --models-dev <dir> --litellm <dir> --leaderboard <dir> --curated <dir> --out <dir> --verbose
 *          --report genai-prices (also prints the genai-prices report it writes to reports/genai-prices.md)
 *          --report identity (every pair of ids that could name one model, with the decision taken)
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
import { formatIdentityReport } from './identity-report';
import { countCatalog, formatReport } from './report';
import { droppedIds } from './retired-ids';
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
  // Read before the write replaces it: ids the catalog loses must stay reachable as aliases.
  const dropped = droppedIds(resolve(values.out), models, curated.retiredIds);
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
  if (values.report === 'identity') console.log(formatIdentityReport(report.identity));
  if (dropped.length > 0)
    console.log(
      [
        `Ids this build drops that curated/retired-ids.json does not keep (${dropped.length}):`,
        ...dropped.map((d) => `  "${d.id}": "${d.heldBy ?? '?'}"`),
      ].join('\n'),
    );
  console.log(
    `Wrote ${models.length} model files, index.json and ${schemas.join(', ')} to ${values.out}${removed.length ? `; removed ${removed.length} stale files` : ''}.`,
  );
  reportChanges(values, inputs, index, models);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
