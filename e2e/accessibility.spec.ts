import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { EIGHT_MODELS, openComparison } from './comparison-url';
import { tableCell } from './table-cell';
import { drawCharts } from './charts';

async function useDarkTheme(page: Page) {
  const dark = page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Dark' });
  await dark.check();
  await expect(dark).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
}

// axe walks every element of a full comparison, thousands of them: seconds per scan, more on a busy machine.
test.describe.configure({ timeout: 90_000 });

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await openComparison(page);
      if (theme === 'dark') await useDarkTheme(page);
      // Charts draw as they come near the viewport; draw them all so they are checked too.
      await drawCharts(page);
    });

    test('the comparison of three models has no violations', async ({ page }) => {
      await expectNoAxeViolations(page, `three models, ${theme}`);
    });

    test('open provenance popovers have no violations', async ({ page }) => {
      const cell = await tableCell(page.getByRole('table', { name: 'Specifications' }), 'Context window', 'Kimi K2.5');
      await cell.getByRole('button', { name: 'Disputed: Context window, Kimi K2.5' }).click();
      await cell.getByRole('button', { name: /^Source: Context window, Kimi K2\.5/ }).click();
      await expect(cell.locator('.claims')).toBeVisible();
      await expect(cell.locator('.provenance-details')).toBeVisible();
      const score = page
        .getByRole('table', { name: 'Benchmark scores' })
        .getByRole('button', { name: /^Source: MMLU-Pro, GPT-4\.1/ });
      await score.click();
      await expect(score).toHaveAttribute('aria-expanded', 'true');
      await expectNoAxeViolations(page, `provenance popovers open, ${theme}`);
    });

    test('the open picker list and the open filters have no violations', async ({ page }) => {
      await page.getByText('Filters', { exact: true }).click();
      await expect(page.getByRole('checkbox', { name: 'Open weights only' })).toBeVisible();
      await page.getByRole('combobox', { name: 'Model 1', exact: true }).fill('gpt');
      await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
      await expectNoAxeViolations(page, `picker listbox and filters open, ${theme}`);
    });

    test('a number field showing a validation error has no violations', async ({ page }) => {
      const requests = page.getByRole('spinbutton', { name: 'Requests per month' });
      await requests.fill('abc');
      await expect(requests).toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByRole('alert').filter({ hasText: 'Still using' })).toBeVisible();
      await expectNoAxeViolations(page, `"abc" in Requests per month, ${theme}`);
    });

    test('the custom prices panel with an entry and a rejected form has no violations', async ({ page }) => {
      const form = page.getByRole('form', { name: 'Add your price for a model' });
      await form.getByLabel('Provider name').fill('Our contract');
      await form.getByLabel('Input price').fill('0.3');
      await form.getByLabel('Output price').fill('1.2');
      await form.getByRole('button', { name: 'Add price' }).click();
      await expect(page.getByRole('table', { name: 'Monthly cost' })).toContainText('Our contract');
      await form.getByLabel('Input price').fill('-1');
      await form.getByRole('button', { name: 'Add price' }).click();
      await expect(form.locator('[aria-invalid="true"]').first()).toBeVisible();
      await expectNoAxeViolations(page, `custom prices in use and an invalid form, ${theme}`);
    });
  });
}

test('the link notice after a hostile link has no violations', async ({ page }) => {
  await page.goto('/?m=kimi-k2.5,no-such-model,<script>x</script>&r=-5&v=9');
  await expect(page.getByRole('status', { name: 'Link notice' })).toContainText('no-such-model');
  await expectNoAxeViolations(page, 'the link notice');
});

test('the theme control and the notice that prices last for this visit have no violations, in both themes', async ({
  page,
}) => {
  // Two scans of a whole comparison.
  test.slow();
  // A browser that refuses to store anything, as a full quota or a private mode does.
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.emulateMedia({ colorScheme: 'light' });
  await openComparison(page);
  await expect(page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'System' })).toBeChecked();
  const form = page.getByRole('form', { name: 'Add your price for a model' });
  await form.getByLabel('Provider name').fill('Our contract');
  await form.getByLabel('Input price').fill('0.3');
  await form.getByLabel('Output price').fill('1.2');
  await form.getByRole('button', { name: 'Add price' }).click();
  await expect(page.getByRole('table', { name: 'Monthly cost' })).toContainText('Our contract');
  await expect(page.getByRole('status').filter({ hasText: 'kept for this visit only' })).toBeVisible();
  await expectNoAxeViolations(page, 'the theme control and the storage notice, light');
  await useDarkTheme(page);
  await expectNoAxeViolations(page, 'the theme control and the storage notice, dark');
});

test('the catalog error state has no violations, in both themes', async ({ page }) => {
  await page.route('**/catalog/index.json', (route) => route.fulfill({ status: 500, body: 'server error' }));
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('The model catalog could not be loaded');
  await expectNoAxeViolations(page, 'the catalog error, light');
  await useDarkTheme(page);
  await expectNoAxeViolations(page, 'the catalog error, dark');
});

test('eight models have no violations', async ({ page }) => {
  // axe walks some 10,000 elements here, which takes about 15 s on its own.
  test.slow();
  await openComparison(page, EIGHT_MODELS);
  await expect(page.getByRole('button', { name: 'Add model' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'eight models');
});

test('a 375 px wide screen has no violations, in both themes', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await openComparison(page);
  await expectNoAxeViolations(page, '375 px, light');
  await useDarkTheme(page);
  await expectNoAxeViolations(page, '375 px, dark');
});
