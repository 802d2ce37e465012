import { expect, test, type Page } from '@playwright/test';
import type { Model } from '../src/domain/types';
import { loadIndex, loadModel, usd } from './catalog-data';
import { openComparison, THREE_MODELS } from './comparison-url';
import { costRow } from './pick';
import { tableCell } from './table-cell';
import { drawCharts } from './charts';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const KIMI = 'Kimi K2.5';
const QWEN = 'Qwen3.5-4B';
const GPT = 'GPT-4.1';

test('the capability matrix shows Qwen3.5-4B’s vision and GPT-4.1’s function calling as Yes, in their own cells', async ({
  page,
  request,
}) => {
  const [qwen, gpt] = await Promise.all([loadModel(request, 'qwen3.5-4b'), loadModel(request, 'gpt-4.1')]);
  expect(qwen.capabilities.vision?.value).toBe('yes');
  expect(gpt.capabilities['function-calling']?.value).toBe('yes');
  await openComparison(page);

  const matrix = page.getByRole('table', { name: 'Capabilities' });
  const vision = (await tableCell(matrix, 'Vision', QWEN)).locator('.capability-state');
  await expect(vision).toHaveText(/^\W*Yes$/);
  await expect(vision).toHaveClass(/capability-yes/);
  const calling = (await tableCell(matrix, 'Function calling', GPT)).locator('.capability-state');
  await expect(calling).toHaveText(/^\W*Yes$/);
  await expect(calling).toHaveClass(/capability-yes/);

  // A neighbouring cell that says No proves the lookup lands on one cell, not on the row.
  expect(gpt.capabilities.reasoning?.value).toBe('no');
  await expect((await tableCell(matrix, 'Reasoning', GPT)).locator('.capability-state')).toHaveText(/^\W*No$/);
});

test('Kimi K2.5’s context window is disputed, and its marker reveals 128K, 256K and 262,144 with their sources', async ({
  page,
  request,
}) => {
  const [index, kimi] = await Promise.all([loadIndex(request), loadModel(request, 'kimi-k2.5')]);
  const claims = kimi.contextWindow?.claims ?? [];
  expect(new Set(claims.map((c) => c.value))).toEqual(new Set([128000, 256000, 262144]));
  await openComparison(page);

  const cell = await tableCell(page.getByRole('table', { name: 'Specifications' }), 'Context window', KIMI);
  const marker = cell.getByRole('button', { name: `Disputed: Context window, ${KIMI}` });
  await expect(marker).toHaveAttribute('aria-expanded', 'false');
  await marker.click();
  await expect(marker).toHaveAttribute('aria-expanded', 'true');

  const shown = cell.locator('.claims li');
  await expect(shown).toHaveCount(claims.length);
  await expect(cell.locator('.claims')).toContainText('128K');
  await expect(cell.locator('.claims')).toContainText('256K');
  await expect(cell.locator('.claims')).toContainText('262,144');
  for (const [i, claim] of claims.entries()) {
    const title = index.sources.find((s) => s.id === claim.source)?.title ?? claim.source;
    await expect(shown.nth(i)).toContainText(title);
    if (claim.note) await expect(shown.nth(i)).toContainText(claim.note);
  }
  // The value in use is the one the catalog chose, and the popover says so.
  await expect(cell).toContainText('(262,144)');
  await expect(shown.filter({ hasText: '(used here)' }).first()).toContainText('262,144');
});

/** One benchmark's bar chart, not the price-versus-score scatter below them. */
const barChart = (page: Page, benchmarkId: string) =>
  page.locator(`.benchmarks > .chart-figure .benchmark-multiple[data-benchmark="${benchmarkId}"]`);

/** Bar lengths of a benchmark's chart, read back as scores from the x axis' scale. */
async function chartedScores(page: Page, benchmarkId: string): Promise<Record<string, number>> {
  await drawCharts(page);
  // The chart is hidden from assistive technology (its caption carries the figures), so it is read by its markup.
  const chart = barChart(page, benchmarkId).locator('svg.recharts-surface');
  await expect(chart.locator('path.recharts-rectangle')).toHaveCount(THREE_MODELS.length);
  return chart.evaluate((svg) => {
    const axis = svg.querySelector('.recharts-xAxis line.recharts-cartesian-axis-line');
    const ticks = [...svg.querySelectorAll('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value')].map(
      (t) => Number(t.textContent),
    );
    const span = Number(axis?.getAttribute('x2')) - Number(axis?.getAttribute('x1'));
    const max = Math.max(...ticks);
    return Object.fromEntries(
      [...svg.querySelectorAll('path.recharts-rectangle')].map((bar) => [
        bar.getAttribute('name') ?? '',
        (Number(bar.getAttribute('width')) / span) * max,
      ]),
    );
  });
}

test('MMLU-Pro is in the benchmark chart and table, with GPT-4.1 ahead of Qwen3.5-4B by 2.7', async ({
  page,
  request,
}) => {
  const [gpt, qwen, kimi] = await Promise.all([
    loadModel(request, 'gpt-4.1'),
    loadModel(request, 'qwen3.5-4b'),
    loadModel(request, 'kimi-k2.5'),
  ]);
  const mmluPro = (m: Model) => m.scores.find((s) => s.benchmarkId === 'mmlu-pro')?.value ?? NaN;
  expect(Math.round((mmluPro(gpt) - mmluPro(qwen)) * 10) / 10).toBe(2.7);
  await openComparison(page);

  const table = page.getByRole('table', { name: 'Benchmark scores' });
  const shown: Record<string, number> = {};
  for (const [name, model] of [
    [KIMI, kimi],
    [QWEN, qwen],
    [GPT, gpt],
  ] as const) {
    const value = (await tableCell(table, 'MMLU-Pro', name)).locator('.score-value').first();
    await expect(value).toHaveText(String(mmluPro(model)));
    shown[name] = Number(await value.textContent());
  }
  expect(Math.round((shown[GPT]! - shown[QWEN]!) * 10) / 10).toBe(2.7);

  const best = Math.max(...Object.values(shown));
  const runnerUp = Math.max(...Object.values(shown).filter((v) => v !== best));
  const lead = (best - runnerUp).toFixed(1);
  await expect(await tableCell(table, 'MMLU-Pro', 'Leader')).toHaveText(`${KIMI} ahead by ${lead}`);

  await drawCharts(page);
  await expect(barChart(page, 'mmlu-pro')).toContainText('MMLU-Pro');
  const charted = await chartedScores(page, 'mmlu-pro');
  for (const name of [KIMI, QWEN, GPT]) expect(charted[name]).toBeCloseTo(shown[name]!, 0);
  expect(charted[GPT]! - charted[QWEN]!).toBeCloseTo(2.7, 0);
  await expect(page.getByRole('listitem').filter({ hasText: /^MMLU-Pro: / })).toHaveText(
    `MMLU-Pro: ${KIMI} ${shown[KIMI]}, ${QWEN} ${shown[QWEN]}, ${GPT} ${shown[GPT]} (${KIMI} ahead by ${lead}).`,
  );
});

test('compared alone, GPT-4.1 leads Qwen3.5-4B on MMLU-Pro by 2.7', async ({ page }) => {
  await openComparison(page, ['gpt-4.1', 'qwen3.5-4b']);
  const table = page.getByRole('table', { name: 'Benchmark scores' });
  await expect(await tableCell(table, 'MMLU-Pro', 'Leader')).toHaveText(`${GPT} ahead by 2.7`);
  await expect(page.getByRole('listitem').filter({ hasText: /^MMLU-Pro: / })).toContainText(`(${GPT} ahead by 2.7)`);
});

test('Qwen3.5-4B’s monthly cost is Unavailable, and Kimi K2.5’s Moonshot AI route lists $0.60, $3.00 and $0.10', async ({
  page,
  request,
}) => {
  const [index, qwen, kimi] = await Promise.all([
    loadIndex(request),
    loadModel(request, 'qwen3.5-4b'),
    loadModel(request, 'kimi-k2.5'),
  ]);
  // Its one upstream route is a free tier, which is never a per-token price.
  expect(qwen.routes.map((r) => r.billing)).toEqual(['free']);
  const moonshot = kimi.routes.find((r) => r.providerId === 'moonshotai');
  expect(moonshot?.prices).toMatchObject({ input: 0.6, output: 3, cacheRead: 0.1 });
  const provider = index.providers.find((p) => p.id === 'moonshotai')?.name ?? '';
  expect(provider).toBe('Moonshot AI');
  await openComparison(page);

  const cost = page.getByRole('table', { name: 'Monthly cost' });
  await expect(await tableCell(cost, QWEN, 'Monthly cost')).toHaveText('Unavailable');
  await expect(costRow(page, QWEN)).not.toContainText('$0');

  const routes = page.getByRole('table', { name: `Provider routes: ${KIMI}` });
  await page.getByRole('button', { name: new RegExp(`^Show all \\d+ routes of ${KIMI}$`) }).click();
  const row = routes.getByRole('row').filter({
    has: page.getByRole('rowheader', {
      // The lab's own route carries a badge saying so after its id.
      name: new RegExp(`^${provider}\\s*${escape(moonshot?.providerModelId ?? '')}(\\s*lab’s own)?$`),
    }),
  });
  await expect(row).toHaveCount(1);
  const cells = row.getByRole('cell');
  await expect(cells.nth(1)).toHaveText('$0.60');
  await expect(cells.nth(2)).toHaveText('$3.00');
  await expect(cells.nth(3)).toHaveText('$0.10');
  for (const [i, key] of [
    [1, 'input'],
    [2, 'output'],
    [3, 'cacheRead'],
  ] as const) {
    await expect(cells.nth(i)).toHaveText(usd(moonshot!.prices[key]!));
  }
});
