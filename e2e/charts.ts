import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Scrolls to each chart in turn, as a reader would, until every one is drawn (charts render only
 * once they come near the viewport), then back to the top of the page.
 */
export async function drawCharts(page: Page): Promise<void> {
  // The price-versus-score section says "Loading…" until the compared models are in.
  await expect(page.getByText('Loading…', { exact: true })).toHaveCount(0);
  await drawChartsIn(page);
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Brings each chart of `scope` that still waits into view until all are drawn. */
export async function drawChartsIn(scope: Page | Locator, { timeout = 30_000 }: { timeout?: number } = {}) {
  const waiting = scope.getByText('Loading chart…', { exact: true });
  // A chart may draw between counting and scrolling, so each pass scrolls to whichever still waits.
  await expect(async () => {
    if ((await waiting.count()) > 0)
      await waiting
        .first()
        .scrollIntoViewIfNeeded({ timeout: 1000 })
        .catch(() => {});
    expect(await waiting.count()).toBe(0);
  }).toPass({ timeout });
}
