import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { formatMoney } from '../src/domain/format/format';
import { parseCsv } from '../src/test/domain/parse-csv';
import { serveFixtureCatalog } from './fixture-catalog';
import { costRow, pickModel } from './pick';
import { drawCharts } from './charts';

async function download(page: Page, button: string): Promise<{ name: string; text: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  const path = await file.path();
  const bytes = await readFile(path);
  return { name: file.suggestedFilename(), text: bytes.toString('utf8'), bytes };
}

/** The "Monthly cost" cell of a model as the page shows it. */
const monthlyText = async (page: Page, model: string) =>
  (await costRow(page, model).getByRole('cell').nth(1).innerText()).trim();

test.beforeEach(async ({ page }) => {
  await serveFixtureCatalog(page);
  await page.goto('/');
  await pickModel(page, 'Model 1', 'alpha', 'Alpha 1');
  await pickModel(page, 'Model 2', 'beta 2', 'Beta 2');
  await page.getByRole('button', { name: 'Add model', exact: true }).click();
  await pickModel(page, 'Model 3', 'gamma', 'Gamma Small');
});

test('the CSV is a table with one row per compared model and the page’s monthly costs', async ({ page }) => {
  await expect(costRow(page, 'Alpha 1')).toContainText('$852.00');
  // A custom price makes Beta 2 cheaper, so the export must follow the custom route too.
  const form = page.getByRole('form', { name: 'Add your price for a model' });
  await form.getByLabel('Model').selectOption({ label: 'Beta 2' });
  await form.getByLabel('Provider name').fill('Team, "negotiated"');
  await form.getByLabel('Input price', { exact: true }).fill('1');
  await form.getByLabel('Output price', { exact: true }).fill('4');
  await form.getByRole('button', { name: 'Add price' }).click();
  await expect(costRow(page, 'Beta 2')).toContainText('$1,800');

  const csv = await download(page, 'Download CSV');
  expect(csv.name).toBe('versus-comparison.csv');
  const rows = parseCsv(csv.text);
  const header = rows[0]!;
  const body = rows.slice(1);
  expect(body).toHaveLength(3);
  for (const row of body) expect(row).toHaveLength(header.length);
  const col = (name: string) => header.indexOf(name);

  expect(body.map((r) => r[col('Model')])).toEqual(['Alpha 1', 'Beta 2', 'Gamma Small']);
  expect(body[1]![col('Cheapest route provider')]).toBe('Team, "negotiated"');
  expect(body[1]![col('Custom route')]).toBe('yes');
  for (const row of body) {
    const shown = await monthlyText(page, row[col('Model')]!);
    const cell = row[col('Monthly cost')]!;
    expect(cell === 'unavailable' ? 'Unavailable' : formatMoney(Number(cell), 'USD', 1)).toBe(shown);
  }
  expect(body.map((r) => r[col('Currency')])).toEqual(['USD', 'USD', 'USD']);
});

test('the CSV follows the display currency and the JSON carries costs, scores and attribution', async ({ page }) => {
  await page
    .getByRole('region', { name: 'Monthly cost' })
    .getByRole('combobox', { name: 'Currency' })
    .selectOption('EUR');
  await expect(costRow(page, 'Alpha 1')).toContainText('€766.80');

  const rows = parseCsv((await download(page, 'Download CSV')).text);
  const col = rows[0]!.indexOf('Monthly cost');
  for (const row of rows.slice(1)) {
    const shown = await monthlyText(page, row[0]!);
    expect(row[col] === 'unavailable' ? 'Unavailable' : formatMoney(Number(row[col]), 'EUR', 1)).toBe(shown);
  }

  const json = JSON.parse((await download(page, 'Download JSON')).text) as {
    currency: { code: string; perUsd: number };
    models: { name: string; cost: { monthly?: number }; scores: { source: string }[] }[];
    sources: { id: string; license: string; attribution?: string }[];
    attributions: string[];
  };
  expect(json.currency).toMatchObject({ code: 'EUR', perUsd: 0.9 });
  expect(json.models.map((m) => m.name)).toEqual(['Alpha 1', 'Beta 2', 'Gamma Small']);
  expect(json.models[0]!.cost.monthly).toBe(766.8);
  expect(json.sources.find((s) => s.id === 'llm-leaderboard')).toMatchObject({ license: 'CC BY 4.0' });
  expect(json.attributions.join(' ')).toContain('CC BY 4.0');
});

test('a cost chart downloads as SVG and as PNG', async ({ page }) => {
  const figure = page.locator('figure').filter({ hasText: 'Monthly cost by requests per month' });
  await drawCharts(page);
  await expect(figure.locator('svg.recharts-surface').first()).toBeVisible();

  const [svgFile] = await Promise.all([
    page.waitForEvent('download'),
    figure.getByRole('button', { name: /^Download SVG of/ }).click(),
  ]);
  expect(svgFile.suggestedFilename()).toBe('versus-monthly-cost-by-requests.svg');
  const svg = await readFile(await svgFile.path(), 'utf8');
  expect(svg).toContain('<svg');
  expect(svg).toContain('Alpha 1');
  expect(svg).not.toContain('var(--');

  const [pngFile] = await Promise.all([
    page.waitForEvent('download'),
    figure.getByRole('button', { name: /^Download PNG of/ }).click(),
  ]);
  const png = await readFile(await pngFile.path());
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.length).toBeGreaterThan(5000);
});

test('the prices form fits a 375 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const panel = page.getByRole('region', { name: 'Your prices' });
  await panel.scrollIntoViewIfNeeded();
  const overflow = await panel.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
