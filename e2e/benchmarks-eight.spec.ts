/** Eight models in the benchmarks panel: a chart of the benchmarks most of them have, a folded table, honest legends. */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { drawCharts, drawChartsIn } from './charts';
import { openComparison, THREE_MODELS } from './comparison-url';
import { expectFocused, tabTo } from './keyboard';

const EIGHT = [
  'gpt-4.1',
  'kimi-k2.5',
  'claude-opus-4.6',
  'gemini-2.5-pro',
  'deepseek-v3.2',
  'gpt-5',
  'llama-3.3-70b',
  'qwen3-235b-a22b',
] as const;

// Eight models' detail files and panels: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 120_000 });

/** Eight models' route tables and panels take a while to draw on a busy machine. */
const SLOW = { timeout: 30_000 };
const openEight = (page: Page) => openComparison(page, EIGHT, SLOW);

const panel = (page: Page) => page.getByRole('region', { name: 'Benchmarks' });
/**
 * Brings the benchmarks panel into view until its charts are drawn (they draw only near the
 * viewport); the rest of the page is not waited for.
 */
async function drawBenchmarkCharts(page: Page): Promise<void> {
  const region = panel(page);
  await expect(region.getByText('Loading…', { exact: true })).toHaveCount(0, { timeout: 30_000 });
  await drawChartsIn(region, { timeout: 60_000 });
}

/** The benchmark bar charts, not the price-versus-score scatter below them. */
const barCharts = (page: Page) => panel(page).locator('.benchmark-multiple');

test('eight models: bar charts of the best covered benchmarks, every model on each, gaps named', async ({ page }) => {
  await openEight(page);
  await drawBenchmarkCharts(page);
  const charts = barCharts(page);
  await expect(charts.first().locator('svg.recharts-surface')).toBeVisible();
  expect(await charts.count()).toBeGreaterThan(1);
  const first = charts.first();
  // Every compared model keeps its row; several have a bar.
  await expect(first.locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value')).toHaveCount(
    EIGHT.length,
  );
  expect(await first.locator('path.recharts-rectangle').count()).toBeGreaterThanOrEqual(4);
  // DeepSeek V3.2 has no benchmark score in the catalog: named on every chart's axis, and in the caption.
  // A narrow chart wraps a tick label into lines: "(no" and "score)" may come apart.
  await expect(first.locator('.recharts-yAxis-tick-labels')).toContainText(/DeepSeek V3\.2 \(no ?score\)/);
  await expect(panel(page).locator('figcaption').first()).toContainText(
    /DeepSeek V3\.2.* no score on any charted benchmark/,
  );
  // The text alternative lists each charted benchmark with every model.
  const summary = panel(page).locator('.chart-figure figcaption li').first();
  for (const name of ['GPT-4.1', 'DeepSeek V3.2 no score', 'Claude Opus 4.6'])
    await expect(summary).toContainText(name);
});

test('eight models: the score table starts folded and opens from the keyboard', async ({ page }) => {
  await openEight(page);
  const toggle = panel(page).getByRole('button', { name: /^Score table: \d+ benchmarks$/ });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  const table = page.getByRole('table', { name: 'Benchmark scores' });
  await expect(table).toHaveCount(0);
  // From the next control, the scatter's benchmark, back to the toggle: nothing lies between while the table is folded.
  await panel(page).getByRole('combobox', { name: 'Benchmark for the scatter' }).focus();
  await tabTo(page, toggle, { backward: true, max: 3 });
  await expectFocused(toggle);
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(table).toBeVisible();
  const count = Number((await toggle.innerText()).match(/\d+/)?.[0]);
  await expect(table.locator('tbody tr')).toHaveCount(count);
  // Only the drawn benchmarks' scores can be marked as charted.
  const charted = await barCharts(page).evaluateAll((els) => els.map((el) => el.getAttribute('data-benchmark')));
  const marked = await table
    .locator('tbody tr')
    .filter({ has: page.locator('.score-tag', { hasText: 'charted' }) })
    .locator('th')
    .allInnerTexts();
  expect(marked.length).toBeLessThanOrEqual(charted.length);
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(table).toHaveCount(0);
});

test('eight models: the scatter’s frontier list refuses a ninth model and says why', async ({ page }) => {
  await openEight(page);
  await drawBenchmarkCharts(page);
  const add = panel(page)
    .getByRole('button', { name: /^Add .+ to the comparison$/ })
    .first();
  const name = (await add.getAttribute('aria-label'))?.replace(/^Add (.+) to the comparison$/, '$1') ?? '';
  await add.focus();
  await page.keyboard.press('Enter');
  await expect(
    panel(page).getByText(`The comparison holds at most 8 models: remove one to add ${name}.`),
  ).toBeFocused();
  await expect(page.getByRole('table', { name: 'Specifications' }).locator('thead th')).toHaveCount(EIGHT.length + 1);
});

test('the scatter’s tooltip names the model under the pointer', async ({ page }) => {
  await openEight(page);
  await drawBenchmarkCharts(page);
  const scatter = panel(page).locator('.price-score .recharts-surface');
  await scatter.scrollIntoViewIfNeeded();
  const star = scatter.locator('.recharts-scatter').last().locator('.recharts-scatter-symbol').first();
  await star.hover({ force: true });
  await expect(panel(page).locator('.scatter-tooltip strong')).toHaveText(
    /^(GPT-4\.1|Kimi K2\.5|Claude Opus 4\.6|Gemini 2\.5 Pro|DeepSeek V3\.2|GPT-5|Llama-3\.3-70B-Instruct|Qwen3 235B-A22B)$/,
  );
});

test('a cost chart’s legend lists only the models with a line', async ({ page }) => {
  // Qwen3.5-4B has no pay-as-you-go price: no line, so no legend entry; the caption names it.
  await openComparison(page, THREE_MODELS, SLOW);
  await drawCharts(page);
  const figure = page.locator('.cost-charts .chart-figure').first();
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator('.recharts-legend-item')).toHaveCount(2);
  await expect(figure.locator('.recharts-legend-wrapper')).not.toContainText('Qwen3.5-4B');
  await expect(figure.locator('figcaption')).toContainText('Not drawn: Qwen3.5-4B');
});

for (const theme of ['light', 'dark'] as const) {
  test(`eight models, the open score table and the charts have no axe violations, ${theme} theme`, async ({ page }) => {
    if (theme === 'dark') await page.emulateMedia({ colorScheme: 'dark' });
    await openEight(page);
    await drawBenchmarkCharts(page);
    await panel(page)
      .getByRole('button', { name: /^Score table/ })
      .click();
    await expect(page.getByRole('table', { name: 'Benchmark scores' })).toBeVisible();
    await expectNoAxeViolations(page, `eight models, score table open, ${theme}`, '.benchmarks');
  });
}
