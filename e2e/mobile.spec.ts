import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { comparisonUrl, EIGHT_MODELS, waitForLiveApp } from './comparison-url';

test.use({ viewport: { width: 375, height: 812 } });
// axe on a whole comparison takes seconds per scan on a busy machine.
test.describe.configure({ timeout: 90_000 });

/**
 * Opens a comparison and waits for every panel, with room for a narrow screen on a busy machine:
 * eight models' panels below the verdict take a while to arrive.
 */
async function openNarrow(page: Page, ids: readonly string[]): Promise<void> {
  await page.goto(comparisonUrl(ids));
  const timeout = 30_000;
  await expect(page.getByRole('table', { name: 'Specifications' }).locator('thead th')).toHaveCount(ids.length + 1, {
    timeout,
  });
  await expect(page.getByText(/^Loading (one model|\d+ models)…$/)).toHaveCount(0, { timeout });
  await waitForLiveApp(page);
}

/** Elements of `region`, itself included, whose content is wider than their box, with their widths. */
async function sidewaysOverflow(region: Locator): Promise<string[]> {
  return region.evaluate((root) => {
    const boxes = [root, ...Array.from(root.querySelectorAll('*'))];
    return boxes
      .filter((el) => {
        if (el !== root && !['auto', 'scroll'].includes(getComputedStyle(el).overflowX)) return false;
        return el.scrollWidth > el.clientWidth;
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.scrollWidth} > ${el.clientWidth}`);
  });
}

test('at 375 px the monthly cost of two models needs no sideways scrolling', async ({ page }) => {
  await page.goto('/');
  await waitForLiveApp(page);
  const cost = page.getByRole('region', { name: 'Monthly cost', exact: true });
  await expect(cost.getByRole('table', { name: 'Monthly cost' }).getByRole('rowheader')).toHaveCount(2);
  expect(await sidewaysOverflow(cost)).toEqual([]);
  // Every column's figure is on screen for both models, the delta included.
  for (const figure of await cost.locator('td').all()) {
    const box = await figure.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 375).toBe(true);
  }
  await expect(cost.getByRole('table', { name: 'Monthly cost' })).toHaveAttribute('aria-label', 'Monthly cost');
});

test('at 375 px the eight-model scorecard fits its box as one card per signal', async ({ page }) => {
  await openNarrow(page, EIGHT_MODELS);
  const scorecard = page.getByRole('table', { name: 'Decision scorecard' });
  await scorecard.scrollIntoViewIfNeeded();
  const wrapper = scorecard.locator('xpath=..');
  const fits = await wrapper.evaluate((el) => el.scrollWidth <= el.clientWidth);
  expect(fits).toBe(true);
  // Still a table to assistive technology: eight model columns and a row per signal.
  await expect(scorecard.getByRole('columnheader')).toHaveCount(9);
  const firstRow = scorecard.locator('tbody tr').first();
  await expect(firstRow.locator('td')).toHaveCount(8);
  // Each value shows which model it belongs to.
  expect(
    await firstRow
      .locator('td')
      .first()
      .evaluate((td) => getComputedStyle(td, '::before').content),
  ).toBe('"Kimi K2.5"');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`at 375 px the cards and the cost breakdown have no axe violations, ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openNarrow(page, ['kimi-k2.5', 'gpt-4.1']);
    await expectNoAxeViolations(page, `375 px, two models, ${scheme}`);
  });
}

const TWO_MODELS = ['kimi-k2.5', 'gpt-4.1'];

/** The Provider routes panel and one model's routes table in it. */
function routesOf(page: Page, modelName: string): { panel: Locator; table: Locator } {
  const panel = page.getByRole('region', { name: 'Provider routes', exact: true });
  return { panel, table: panel.getByRole('table', { name: `Provider routes: ${modelName}` }) };
}

/** Whether an element lies wholly between the screen's left and right edges. */
async function withinScreen(element: Locator): Promise<boolean> {
  const box = await element.boundingBox();
  return box !== null && box.x >= 0 && box.x + box.width <= 375;
}

/** A route's price as a number, or undefined for "—". */
const priceOf = (text: string) => (/\d/.test(text) ? Number(text.replace(/[^0-9.]/g, '')) : undefined);

test('at 375 px the provider routes of two models read as cards with no sideways scrolling', async ({ page }) => {
  await openNarrow(page, TWO_MODELS);
  const { panel, table } = routesOf(page, 'Kimi K2.5');
  await table.scrollIntoViewIfNeeded();
  await expect(table.locator('tbody tr').first()).toBeVisible();
  expect(await sidewaysOverflow(panel)).toEqual([]);
  // The provider choice and the filter above the tables fit too.
  expect(await withinScreen(panel.getByRole('group', { name: 'Provider choice' }))).toBe(true);
  expect(await withinScreen(panel.getByRole('searchbox', { name: 'Filter routes by provider' }))).toBe(true);
  // Every value of a card is on screen, under its column's name, and the table keeps its columns for screen readers.
  await expect(table.getByRole('columnheader')).toHaveCount(10);
  // The lab's own route is past the first eight cards: the filter brings it up.
  await panel.getByRole('searchbox', { name: 'Filter routes by provider' }).fill('Moonshot');
  const moonshot = table
    .locator('tbody tr')
    .filter({ has: page.getByRole('rowheader', { name: /^Moonshot AI kimi-k2\.5/ }) });
  await expect(moonshot).toHaveCount(1);
  for (const cell of await moonshot.locator('td').all()) expect(await withinScreen(cell)).toBe(true);
  const input = moonshot.locator('td[data-label="Input"]');
  await expect(input).toHaveText('$0.60');
  expect(await input.evaluate((td) => getComputedStyle(td, '::before').content)).toBe('"Input"');
});

test('at 375 px the routes sort by keyboard from the row of sort buttons', async ({ page }) => {
  await openNarrow(page, TWO_MODELS);
  const { table } = routesOf(page, 'Kimi K2.5');
  const header = table.getByRole('columnheader', { name: /^Input/ });
  const button = header.getByRole('button');
  await button.scrollIntoViewIfNeeded();
  await expect(button).toBeVisible();
  expect(await withinScreen(button)).toBe(true);
  const inputs = async () =>
    (await table.locator('td[data-label="Input"]').allTextContents()).flatMap((t) => priceOf(t) ?? []);

  await button.focus();
  await page.keyboard.press('Enter');
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  const ascending = await inputs();
  expect(ascending.length).toBeGreaterThan(1);
  expect(ascending).toEqual([...ascending].sort((a, b) => a - b));

  await page.keyboard.press('Enter');
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  const descending = await inputs();
  expect(descending).toEqual([...descending].sort((a, b) => b - a));
  // Not all one price, so the order shown is the sort's doing.
  expect(Math.max(...descending)).toBeGreaterThan(Math.min(...descending));
});

test('at 375 px a route card’s Exclude button is on screen and excludes its provider', async ({ page }) => {
  await openNarrow(page, TWO_MODELS);
  const { panel, table } = routesOf(page, 'Kimi K2.5');
  const cheapest = () => table.locator('tbody tr').filter({ has: page.locator('.badge', { hasText: /^cheapest$/ }) });
  const exclude = cheapest().getByRole('button', { name: /^Exclude / });
  await exclude.scrollIntoViewIfNeeded();
  await expect(exclude).toBeVisible();
  expect(await withinScreen(exclude)).toBe(true);
  const provider = (await exclude.getAttribute('aria-label'))!.replace(/^Exclude /, '');

  await exclude.focus();
  await page.keyboard.press('Enter');
  const excluded = table.getByRole('button', { name: `Exclude ${provider}`, exact: true }).first();
  await expect(excluded).toHaveAttribute('aria-pressed', 'true');
  const choice = panel.getByRole('group', { name: 'Provider choice' });
  await expect(choice.getByRole('button', { name: `Include again ${provider}` })).toBeVisible();
  // Another provider's route now sets the model's cost.
  await expect(cheapest().getByRole('button', { name: /^Exclude / })).not.toHaveAccessibleName(`Exclude ${provider}`);
  expect(await sidewaysOverflow(panel)).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`at 375 px the provider routes cards have no axe violations, ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openNarrow(page, TWO_MODELS);
    await routesOf(page, 'Kimi K2.5').table.scrollIntoViewIfNeeded();
    await expectNoAxeViolations(page, `375 px, provider routes, ${scheme}`, 'section.routes');
  });
}
