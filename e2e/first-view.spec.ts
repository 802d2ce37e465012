import { expect, test, type Page } from '@playwright/test';
import { expectedMonthlyUsd, loadIndex, loadModel, usd } from './catalog-data';
import { comparisonUrl, THREE_MODELS, waitForLiveApp } from './comparison-url';
import { PageErrors } from './page-errors';

interface Seen {
  /** Each row's text in the prerendered cost table, the first time it was on screen. */
  rows: string[] | null;
  inert: boolean | null;
}

declare global {
  interface Window {
    firstViewSeen?: Seen;
    /** The prerendered cost table's element, to tell whether the app kept it. */
    firstViewTable?: Element;
  }
}

/** Notes the prerendered copy the moment it is put on screen, before the app replaces it. */
async function watchFirstView(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: Seen = { rows: null, inert: null };
    window.firstViewSeen = seen;
    new MutationObserver((_, observer) => {
      const copy = document.querySelector<HTMLElement>('#root.first-view');
      if (!copy) return;
      const table = copy.querySelector('table[aria-label="Monthly cost"]');
      seen.rows = [...(table?.querySelectorAll('tbody tr') ?? [])].map((row) => row.textContent ?? '');
      seen.inert = copy.inert;
      if (table) window.firstViewTable = table;
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
}

const seenOn = (page: Page) => page.evaluate(() => window.firstViewSeen!);

test('the default comparison is on screen prerendered, with the figures the live page then shows', async ({
  page,
  request,
}) => {
  const errors = new PageErrors(page);
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  const index = await loadIndex(request);
  const models = await Promise.all([loadModel(request, 'kimi-k2.5'), loadModel(request, 'gpt-4.1')]);
  await watchFirstView(page);
  await page.goto('/');

  const live = page.getByRole('table', { name: 'Monthly cost' });
  await expect(live).toBeVisible();
  await waitForLiveApp(page);
  await expect(page.locator('#root')).not.toHaveAttribute('aria-busy');
  expect(await page.evaluate(() => document.getElementById('root')!.inert)).toBe(false);
  const seen = await seenOn(page);
  expect(seen.inert, 'the copy takes no clicks or focus while nothing behind it works').toBe(true);
  expect(seen.rows).toHaveLength(models.length);
  const liveRows = await live.locator('tbody tr').allTextContents();
  expect(seen.rows).toEqual(liveRows);
  models.forEach((model, i) => {
    expect(seen.rows![i]).toContain(model.name);
    expect(seen.rows![i]).toContain(usd(expectedMonthlyUsd(model, index, 1_000_000, 800, 250)));
  });

  // The app adopted the prerendered page rather than drawing it again.
  expect(await live.evaluate((table) => table === window.firstViewTable)).toBe(true);
  expect(warnings.filter((text) => text.includes('prerendered'))).toEqual([]);

  // The live page answers at once.
  await page.getByRole('spinbutton', { name: 'Requests per month' }).fill('2000000');
  await expect(live.locator('tbody tr').first()).toContainText(
    usd(expectedMonthlyUsd(models[0], index, 2_000_000, 800, 250)),
  );
  errors.expectNone();
});

test('a link to another comparison never shows the prerendered one', async ({ page }) => {
  await watchFirstView(page);
  await page.goto(comparisonUrl(THREE_MODELS));
  await expect(page.getByRole('table', { name: 'Monthly cost' }).locator('tbody tr')).toHaveCount(THREE_MODELS.length);
  expect((await seenOn(page)).rows).toBeNull();
});

test('a comparison saved last time is reopened without the prerendered default first', async ({ page }) => {
  await page.goto(comparisonUrl(THREE_MODELS));
  await expect(page.getByRole('table', { name: 'Monthly cost' }).locator('tbody tr')).toHaveCount(THREE_MODELS.length);
  await watchFirstView(page);
  await page.goto('/');
  await expect(page.getByRole('table', { name: 'Monthly cost' }).locator('tbody tr')).toHaveCount(THREE_MODELS.length);
  expect((await seenOn(page)).rows).toBeNull();
});
