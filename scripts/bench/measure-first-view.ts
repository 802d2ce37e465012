/**
 * A cold first visit to the default comparison: how long until a monthly cost is on screen, and
 * which scripts and catalog files had arrived by then (gzip bytes, as a server would send them).
 */
import type { Browser, Page } from '@playwright/test';
import { gzipSize } from './first-view-bytes';
import { PROBES_SCRIPT } from './page-probes';

export interface FirstView {
  firstCostMs: number;
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

export async function measureFirstView(browser: Browser, url: string): Promise<FirstView> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies = new Map<string, Promise<number>>();
  page.on('response', (response) => {
    const kind = response.request().resourceType();
    if (kind === 'script' || response.url().includes('/catalog/')) {
      bodies.set(
        response.url(),
        response.body().then(gzipSize, () => 0),
      );
    }
  });
  await page.addInitScript(PROBES_SCRIPT);
  await page.goto(url);
  const firstCostMs = await page.evaluate(() => window.versusProbes!.firstCost);
  const arrived = await page.evaluate(
    (before) =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => (entry as PerformanceResourceTiming).responseEnd <= before)
        .map((entry) => entry.name),
    firstCostMs,
  );
  await settle(page);
  let jsGzip = 0;
  let catalogGzip = 0;
  const scripts: string[] = [];
  for (const name of arrived) {
    const gzip = await (bodies.get(name) ?? Promise.resolve(0));
    if (name.includes('/catalog/')) catalogGzip += gzip;
    else if (bodies.has(name)) {
      jsGzip += gzip;
      scripts.push(new URL(name).pathname);
    }
  }
  await context.close();
  return { firstCostMs, jsGzip, catalogGzip, scripts };
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
