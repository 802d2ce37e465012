import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { comparisonUrl, waitForLiveApp } from './comparison-url';

const EIGHT_MODELS = [
  'kimi-k2.5',
  'qwen3.5-4b',
  'gpt-4.1',
  'claude-opus-4.6',
  'deepseek-v3.2',
  'gemini-2.5-pro',
  'gpt-4.1-mini',
  'mistral-large-3',
];

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
