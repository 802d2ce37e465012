import { expect, test, type Page } from '@playwright/test';
import { expectedMonthlyUsd, loadIndex, loadModel, usd } from './catalog-data';
import { comparisonUrl, THREE_MODELS, waitForLiveApp } from './comparison-url';
import { PageErrors } from './page-errors';
import { FIGURES_CLASS, SHOWN_CLASS } from '../src/app/first-view';
import { STORAGE_KEY } from '../src/state/address';

interface Seen {
  /** Each row's text in the stand-in's cost table, the first time it was on screen. */
  rows: string[] | null;
  inert: boolean | null;
}

declare global {
  interface Window {
    firstViewSeen?: Seen;
    /** The stand-in's cost table element, to tell whether the app kept it. */
    firstViewTable?: Element;
  }
}

/**
 * Notes what stands in for the app (the prerendered copy, or with `figures` a link's first
 * figures) the moment it is put on screen, before the app replaces it.
 */
async function watchFirstView(page: Page, standIn: 'copy' | 'figures' = 'copy'): Promise<void> {
  const selector = standIn === 'copy' ? `#root.${SHOWN_CLASS}` : `#root.${FIGURES_CLASS}`;
  await page.addInitScript((selector: string) => {
    const seen: Seen = { rows: null, inert: null };
    window.firstViewSeen = seen;
    new MutationObserver((_, observer) => {
      const copy = document.querySelector<HTMLElement>(selector);
      if (!copy) return;
      const table = copy.querySelector('table[aria-label="Monthly cost"]');
      seen.rows = [...(table?.querySelectorAll('tbody tr') ?? [])].map((row) => row.textContent ?? '');
      seen.inert = copy.inert;
      if (table) window.firstViewTable = table;
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
  }, selector);
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
  // Only the live app keeps the comparison for next time, a link's first figures do not.
  await waitForLiveApp(page);
  await expect(page.getByRole('table', { name: 'Monthly cost' }).locator('tbody tr')).toHaveCount(THREE_MODELS.length);
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY), { timeout: 10_000 })
    .toContain(THREE_MODELS.join(','));
  await watchFirstView(page);
  await page.goto('/');
  await expect(page.getByRole('table', { name: 'Monthly cost' }).locator('tbody tr')).toHaveCount(THREE_MODELS.length);
  expect((await seenOn(page)).rows).toBeNull();
});

test('a link shows its monthly costs before the catalog index has arrived, as the live page then does', async ({
  page,
  request,
}) => {
  const errors = new PageErrors(page);
  const index = await loadIndex(request);
  const models = await Promise.all(THREE_MODELS.map((id) => loadModel(request, id)));
  // The index is held back until the first figures are on screen: they must not need it.
  let releaseIndex!: () => void;
  const indexHeld = new Promise<void>((resolve) => (releaseIndex = resolve));
  await page.context().route('**/catalog/index.json', async (route) => {
    await indexHeld;
    await route.continue();
  });
  await watchFirstView(page, 'figures');
  await page.goto(comparisonUrl(THREE_MODELS));

  const figures = page.locator(`#root.${FIGURES_CLASS} table[aria-label="Monthly cost"] tbody tr`);
  await expect(figures).toHaveCount(THREE_MODELS.length);
  expect(await page.evaluate(() => document.getElementById('root')!.inert)).toBe(true);
  await expect(page.getByText('Loading the rest of the comparison…')).toBeVisible();
  releaseIndex();

  await waitForLiveApp(page);
  const live = page.getByRole('table', { name: 'Monthly cost' });
  await expect(live.locator('tbody tr')).toHaveCount(THREE_MODELS.length);
  const seen = await seenOn(page);
  expect(seen.inert).toBe(true);
  expect(seen.rows).toEqual(await live.locator('tbody tr').allTextContents());
  models.forEach((model, i) => {
    expect(seen.rows![i]).toContain(model.name);
    const monthly = expectedMonthlyUsd(model, index, 1_000_000, 800, 250);
    expect(seen.rows![i]).toContain(Number.isFinite(monthly) ? usd(monthly) : 'Unavailable');
  });
  errors.expectNone();
});

test('a link the catalog must complete shows no first figures, only the live page', async ({ page }) => {
  await watchFirstView(page, 'figures');
  // One model only: the app adds a second from the catalog index, which the figures cannot know.
  await page.goto(comparisonUrl(['gpt-4.1']));
  await waitForLiveApp(page);
  await expect(page.getByRole('table', { name: 'Monthly cost' }).locator('tbody tr')).toHaveCount(2);
  expect((await seenOn(page)).rows).toBeNull();
});
