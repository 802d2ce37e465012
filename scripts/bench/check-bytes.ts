/**
 * The byte budgets, checked on the build in dist/: JavaScript the first view loads before it can
 * render, and the catalog files the default comparison fetches. Run after `vite build`; exits 1
 * when a budget is broken.
 */
import { DEFAULT_COMPARISON } from '../../src/domain/comparison';
import { BUDGETS, kilobytes } from './budgets';
import { firstViewCatalog, firstViewJs, totalGzip, type SizedFile } from './first-view-bytes';
import { formatReport } from './report';

const DIST = 'dist';

const filesText = (files: readonly SizedFile[]) =>
  files
    .map((f) => `  ${f.file}: ${kilobytes(f.bytes).toFixed(1)} kB, ${kilobytes(f.gzip).toFixed(1)} kB gzip`)
    .join('\n');

const js = firstViewJs(DIST);
const catalog = firstViewCatalog(DIST, DEFAULT_COMPARISON.modelIds);
const row = (files: readonly SizedFile[], budget: (typeof BUDGETS)[keyof typeof BUDGETS]) => {
  const value = kilobytes(totalGzip(files));
  return { label: budget.label, shown: `${value.toFixed(1)} kB`, value, budget };
};

const { text, passed } = formatReport([row(js, BUDGETS.firstViewJs), row(catalog, BUDGETS.firstViewCatalog)]);
console.log(`First-view scripts:\n${filesText(js)}\nFirst-view catalog files:\n${filesText(catalog)}\n\n${text}`);
if (!passed) {
  console.error('\nA byte budget is broken (see scripts/bench/budgets.ts).');
  process.exit(1);
}
