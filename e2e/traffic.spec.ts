import { expect, test, type Page } from '@playwright/test';
import { serveFixtureCatalog } from './fixture-catalog';
import { costRow, pickModel } from './pick';
import { drawCharts } from './charts';

test.beforeEach(async ({ page }) => {
  await serveFixtureCatalog(page);
  await page.goto('/');
  await pickModel(page, 'Model 1', 'alpha', 'Alpha 1');
  await pickModel(page, 'Model 2', 'beta', 'Beta 2');
});

test('the reference figures: $0.44 / $2.00 costs $852.00 a month and $2 / $8 costs $3,600', async ({ page }) => {
  await expect(costRow(page, 'Alpha 1')).toContainText('$852.00');
  await expect(costRow(page, 'Beta 2')).toContainText('$3,600');
  await expect(costRow(page, 'Beta 2')).toContainText('+$2,748');
});

const SLIDERS = [
  'Requests per month',
  'Input tokens per request',
  'Output tokens per request',
  'Cached input share',
  'Cache-write share',
  'Reasoning tokens per request',
  'Batch share',
];

/** Every money figure of the cost table must be a real, non-negative amount, and not $0 for a priced model. */
async function expectSaneFigures(page: Page) {
  const text = await page.locator('main').innerText();
  expect(text).not.toMatch(/NaN|Infinity/);
  for (const model of ['Alpha 1', 'Beta 2']) {
    const cells = await costRow(page, model).getByRole('cell').allInnerTexts();
    const [, monthly, , perRequest, blended] = cells;
    for (const figure of [monthly, perRequest, blended]) {
      expect(figure).toMatch(/^\$\d/);
      expect(figure).not.toMatch(/^\$0(\.0+)?$/);
    }
  }
}

test('every traffic slider updates the figures and the charts at once, and none goes wrong at the extremes', async ({
  page,
}) => {
  const monthly = costRow(page, 'Alpha 1').getByRole('cell').nth(1);
  const marker = page.locator('.recharts-reference-line line').first();
  await drawCharts(page);
  await expect(marker).toBeAttached();

  for (const name of SLIDERS) {
    const slider = page.getByRole('slider', { name, exact: true });
    for (const key of ['End', 'Home', 'PageUp']) {
      const before = await monthly.innerText();
      const markerBefore = await marker.getAttribute('x1');
      await slider.focus();
      await page.keyboard.press(key);
      await expectSaneFigures(page);
      if (name === 'Requests per month' && key === 'End') {
        await expect(monthly).not.toHaveText(before);
        await expect.poll(() => marker.getAttribute('x1')).not.toBe(markerBefore);
      }
    }
  }
});

test('"50" typed in a share field means 50 %, as the field shows shares', async ({ page }) => {
  const field = page.getByRole('spinbutton', { name: 'Cached input share' });
  await field.fill('50');
  await field.blur();
  await expect(field).toHaveValue('50%');
  await expect(page.getByRole('slider', { name: 'Cached input share' })).toHaveAttribute('aria-valuetext', /50/);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the page title names the compared models, and so do the link preview tags', async ({ page }) => {
  await expect(page).toHaveTitle('Alpha 1 vs Beta 2 · Versus');
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', 'Alpha 1 vs Beta 2 · Versus');
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', /^Alpha 1 and Beta 2 /);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /^Alpha 1 and Beta 2 /);
  // A link preview reads the page as served, without running the script: the tags are there, in the site's words.
  const served = await (await page.request.get(page.url())).text();
  expect(served).toContain('<meta property="og:type" content="website" />');
  expect(served).toContain('<meta name="twitter:card" content="summary" />');
  expect(served).toMatch(/<meta property="og:title" content="Versus: [^"]+" \/>/);
});
