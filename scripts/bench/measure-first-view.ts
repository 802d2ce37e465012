/**
 * A cold first visit: how long until a monthly cost is on screen (on the default comparison, the
 * prerendered copy), how long until the live page has drawn its own, and which scripts and
 * catalog files that live page needed (gzip bytes, as a server would send them).
 */
import type { Browser, Page, Request } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSize } from './first-view-bytes';
import { PROBES_SCRIPT } from './page-probes';

export interface FirstView {
  firstCostMs: number;
  /** Until the app's own cost table, whose controls work, is on screen. */
  liveCostMs: number;
  jsGzip: number;
  catalogGzip: number;
  scripts: string[];
}

/**
 * Waits until every panel has its data and the page is quiet: an idle period of nearly a whole
 * frame budget, so no background rendering is left to skew what is measured next.
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !/Loading (one model|\d+ models)…/.test(document.body.innerText));
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const until = performance.now() + 10_000;
        const check = (deadline: IdleDeadline) =>
          deadline.timeRemaining() >= 45 || performance.now() > until ? resolve() : requestIdleCallback(check);
        requestIdleCallback(check);
      }),
  );
}

/** JS heap in use after a garbage collection, in bytes. */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/** The gzip size of a served file, read from the build rather than the wire, so the load is left alone. */
function servedGzip(distDir: string, url: string): number {
  return gzipSize(readFileSync(join(distDir, decodeURIComponent(new URL(url).pathname))));
}

export async function measureFirstView(browser: Browser, url: string, distDir = 'dist'): Promise<FirstView> {
  const context = await browser.newContext();
  const page = await context.newPage();
  // Only noted during the load: sizing bodies then would take the very CPU being measured.
  const finished: Request[] = [];
  page.on('requestfinished', (request) => finished.push(request));
  await page.addInitScript(PROBES_SCRIPT);
  await page.goto(url);
  const firstCostMs = await page.evaluate(() => window.versusProbes!.firstCost);
  const liveCostMs = await page.evaluate(() => window.versusProbes!.liveCost);
  await settle(page);
  // The worker's requests are not in the page's resource timing; the browser's timing covers both.
  const shownAt = (await page.evaluate(() => performance.timeOrigin)) + liveCostMs;
  let jsGzip = 0;
  let catalogGzip = 0;
  const scripts: string[] = [];
  for (const request of finished) {
    const { startTime, responseEnd } = request.timing();
    if (startTime + responseEnd > shownAt) continue;
    const path = new URL(request.url()).pathname;
    if (path.includes('/catalog/')) catalogGzip += servedGzip(distDir, request.url());
    else if (request.resourceType() === 'script') {
      jsGzip += servedGzip(distDir, request.url());
      scripts.push(path);
    }
  }
  await context.close();
  return { firstCostMs, liveCostMs, jsGzip, catalogGzip, scripts };
}

/**
 * Scrolls to each chart until all are drawn (they render only near the viewport), then back to
 * the top and waits for quiet: interactions are then measured with every chart on the page, the
 * heaviest case, as after a reader has looked through the whole comparison.
 */
export async function drawCharts(page: Page): Promise<void> {
  const waiting = () => page.getByText('Loading chart…', { exact: true });
  await page.waitForFunction(() => !document.body.innerText.includes('Loading…'));
  const deadline = Date.now() + 30_000;
  // A chart may draw between counting and scrolling, so each pass scrolls to whichever still waits.
  while ((await waiting().count()) > 0) {
    if (Date.now() > deadline) throw new Error('Some charts did not draw within 30 s of scrolling to them.');
    await waiting()
      .first()
      .scrollIntoViewIfNeeded({ timeout: 1000 })
      .catch(() => undefined);
    await page.waitForTimeout(100);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await settle(page);
}
