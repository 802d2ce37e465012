/**
 * The catalog fault suite in the browser, against the production build: every way the catalog
 * can arrive broken, made with page.route. Each case must end in a clear message or warning
 * while the rest of the app keeps working, and nothing may go uncaught or reach the console.
 */
import { expect, test as base, type APIRequestContext, type Page, type Route } from '@playwright/test';
import { syntheticIndex } from '../scripts/bench/synthetic-catalog';
import { CATALOG_TIMEOUT_MS } from '../src/catalog/api';
import { SLOW_AFTER_MS } from '../src/app/catalog-loading';
import type { CatalogIndex, Model } from '../src/domain/types';
import { expectedMonthlyUsd, loadIndex, loadModel, usd } from './catalog-data';
import { costRow, modelList } from './pick';
import { PageErrors } from './page-errors';

const test = base.extend<{ pageErrors: PageErrors }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors = new PageErrors(page);
      await use(errors);
      errors.expectNone();
    },
    { auto: true },
  ],
});

const INDEX = '**/catalog/index.json';
const INDEX_URL = /\/catalog\/index\.json$/;
const KIMI = 'kimi-k2.5';
const GPT = 'gpt-4.1';

/** The default traffic: a million requests a month of 800 input and 250 output tokens. */
const monthlyUsd = (model: Model, index: CatalogIndex) => usd(expectedMonthlyUsd(model, index, 1_000_000, 800, 250));

async function realCatalog(request: APIRequestContext) {
  const [index, kimi, gpt] = await Promise.all([loadIndex(request), loadModel(request, KIMI), loadModel(request, GPT)]);
  return { index, kimi, gpt };
}

/** The error the catalog gate shows in place of the app, with its Retry button. */
async function expectCatalogAlert(page: Page, text: string | RegExp) {
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The model catalog could not be loaded');
  await expect(alert).toContainText(text);
  await expect(alert.getByRole('button', { name: 'Retry' })).toBeEnabled();
  await expect(page.getByRole('table', { name: 'Monthly cost' })).toHaveCount(0);
  return alert;
}

/** The default comparison is up: both models are costed on the real catalog's prices. */
async function expectDefaultComparison(page: Page, request: APIRequestContext, timeout?: number) {
  const { index, kimi, gpt } = await realCatalog(request);
  await expect(costRow(page, kimi.name)).toContainText(monthlyUsd(kimi, index), { timeout });
  await expect(costRow(page, gpt.name)).toContainText(monthlyUsd(gpt, index));
}

const serveJson = (route: Route, json: unknown) => route.fulfill({ json });

test.describe('the catalog index fails', () => {
  test('500: a clear error, and Retry brings the comparison once the server is back', async ({
    page,
    request,
    pageErrors,
  }) => {
    pageErrors.allowFailedRequests(INDEX_URL);
    await page.route(INDEX, (route) => route.fulfill({ status: 500, body: 'internal error' }));
    await page.goto('/');
    const alert = await expectCatalogAlert(page, 'The server answered 500 for catalog index.');

    await page.unroute(INDEX);
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expectDefaultComparison(page, request);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('404: says the server answered 404', async ({ page, pageErrors }) => {
    pageErrors.allowFailedRequests(INDEX_URL);
    await page.route(INDEX, (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto('/');
    await expectCatalogAlert(page, 'The server answered 404 for catalog index.');
  });

  test('a network failure: says the server cannot be reached', async ({ page, pageErrors }) => {
    pageErrors.allowFailedRequests(INDEX_URL);
    await page.route(INDEX, (route) => route.abort());
    await page.goto('/');
    await expectCatalogAlert(page, 'Could not reach the server for catalog index.');
  });

  test('a server that never answers: an accessible loading state, then an error with a retry at the time limit', async ({
    page,
    request,
  }) => {
    let calls = 0;
    // Never answered: the request stays open until the page gives up on it.
    await page.route(INDEX, () => void (calls += 1));
    await page.clock.install();
    await page.goto('/');

    const status = page.getByRole('status');
    await expect(status).toHaveText('Loading the model catalog…');
    await page.clock.fastForward(SLOW_AFTER_MS);
    await expect(status).toContainText('The server is slow to answer.');
    await expect(status).toContainText(`up to ${CATALOG_TIMEOUT_MS / 1000} s`);

    // The first attempt times out; the app tries once more after a second, and that one times out too.
    await page.clock.fastForward(CATALOG_TIMEOUT_MS);
    await expect.poll(() => calls).toBe(2);
    await expect(status).toContainText('Loading the model catalog…');
    await page.clock.fastForward(CATALOG_TIMEOUT_MS);
    const alert = await expectCatalogAlert(page, `did not answer within ${CATALOG_TIMEOUT_MS / 1000} s`);

    await page.unroute(INDEX);
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expectDefaultComparison(page, request);
  });

  test('a 5-second delay: a loading state that says the server is slow, then the comparison', async ({
    page,
    request,
  }) => {
    await page.route(INDEX, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 5_000));
      await route.fallback();
    });
    await page.goto('/');
    const status = page.getByRole('status');
    await expect(status).toHaveText('Loading the model catalog…');
    await expect(status).toContainText('The server is slow to answer.');
    await expectDefaultComparison(page, request, 15_000);
    await expect(page.getByText(/Loading the model catalog/)).toHaveCount(0);
  });

  test('truncated JSON: says the file may be truncated', async ({ page, request }) => {
    const text = await (await request.get('/catalog/index.json')).text();
    await page.route(INDEX, (route) =>
      route.fulfill({ contentType: 'application/json', body: text.slice(0, Math.floor(text.length / 2)) }),
    );
    await page.goto('/');
    await expectCatalogAlert(page, /not valid JSON \([\d,]+ bytes received; the file may be truncated\)/);
  });

  test('an unknown schema version: names both versions', async ({ page, request }) => {
    const index = await loadIndex(request);
    await page.route(INDEX, (route) => serveJson(route, { ...index, meta: { ...index.meta, schemaVersion: 99 } }));
    await page.goto('/');
    await expectCatalogAlert(page, /schema version 99, but this version of Versus reads version 1/);
  });
});

test.describe('bad entries inside a usable catalog', () => {
  test('routes with missing, negative or NaN prices are skipped with a warning; the costs still show', async ({
    page,
    request,
  }) => {
    const kimi = await loadModel(request, KIMI);
    const good = kimi.routes.find((r) => r.billing === 'payg' && r.prices.input !== undefined)!;
    const { prices: _prices, ...withoutPrices } = good;
    const bad = [
      { ...withoutPrices, id: 'bad/missing' },
      { ...good, id: 'bad/negative', prices: { input: -0.01, output: 0.01 } },
      { ...good, id: 'bad/nan', prices: { input: 'NaN', output: 0.01 } },
    ];
    await page.route(`**/catalog/models/${KIMI}.json`, (route) =>
      serveJson(route, { ...kimi, routes: [...bad, ...kimi.routes] }),
    );
    await page.goto('/');
    await expectDefaultComparison(page, request);

    const warning = page.getByText('3 catalog entries were skipped because their data was invalid.');
    await expect(warning).toBeVisible();
    await warning.click();
    const details = page.locator('details').filter({ has: warning });
    for (const id of ['bad/missing', 'bad/negative', 'bad/nan']) await expect(details).toContainText(id);
  });

  test('a model file that fails: says which model, and the other model is still costed', async ({
    page,
    request,
    pageErrors,
  }) => {
    const failing = new RegExp(`/catalog/models/${GPT.replace('.', '\\.')}\\.json$`);
    pageErrors.allowFailedRequests(failing);
    await page.route(failing, (route) => route.fulfill({ status: 500, body: 'internal error' }));
    await page.goto('/');

    const { index, kimi } = await realCatalog(request);
    await expect(costRow(page, kimi.name)).toContainText(monthlyUsd(kimi, index));
    const alert = page.getByRole('region', { name: 'Monthly cost' }).getByRole('alert');
    await expect(alert).toContainText(`The server answered 500 for data of model "${GPT}".`);
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeEnabled();
  });

  test('model and provider names holding HTML or script are shown as text and never run', async ({ page, request }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const { index, kimi } = await realCatalog(request);
    const modelName = 'Kimi <img src=x onerror=alert(1)> K2.5';
    const providerName = '<script>alert(2)</script> Hostile Cloud';
    const cheapest = index.models.find((m) => m.id === KIMI)!.cheapest!.providerId;
    await page.route(INDEX, (route) =>
      serveJson(route, {
        ...index,
        models: index.models.map((m) => (m.id === KIMI ? { ...m, name: modelName } : m)),
        providers: index.providers.map((p) => (p.id === cheapest ? { ...p, name: providerName } : p)),
      }),
    );
    await page.route(`**/catalog/models/${KIMI}.json`, (route) => serveJson(route, { ...kimi, name: modelName }));
    await page.goto('/');

    const row = costRow(page, modelName);
    await expect(row).toContainText(monthlyUsd(kimi, index));
    await expect(row).toContainText(providerName);
    await expect(page.getByRole('combobox', { name: 'Model 1', exact: true })).toHaveValue(modelName);
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    const injected = await page.evaluate(() => [...document.scripts].filter((s) => s.text.includes('alert(')).length);
    expect(injected).toBe(0);
    expect(dialogs).toEqual([]);
  });
});

test('a catalog ten times the real size loads, costs the default comparison and finds a variant in the picker', async ({
  page,
  request,
}) => {
  const index = await loadIndex(request);
  const big = syntheticIndex(index, index.models.length * 10);
  await page.route(INDEX, (route) => serveJson(route, big));
  await page.goto('/');
  await expectDefaultComparison(page, request, 20_000);

  await page.getByRole('combobox', { name: 'Model 1', exact: true }).fill('kimi k2.5 variant 7');
  await expect(modelList(page, 'Model 1').getByRole('option', { name: /^Kimi K2\.5 Variant 7\b/ })).toBeVisible();
});

// The entry paints the page, then loads the app's script in two steps, React DOM (the "client"
// chunk) and then the rest (src/app/boot.ts); only one of those scripts fails in each case here.
for (const [step, script] of [
  ['React DOM', /\/assets\/client-[\w-]+\.js$/],
  ['the rest of the app', /\/assets\/main-[\w-]+\.js$/],
] as const) {
  test(`the app script fails to load (${step}): the page keeps its header and says so instead of loading forever`, async ({
    page,
    pageErrors,
  }) => {
    pageErrors.allowFailedRequests(script);
    await page.route(script, (route) => route.abort());
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Versus' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveText(
      'Versus could not load its script. Check the connection and reload the page.',
    );
    await expect(page.getByText('Loading Versus…')).toHaveCount(0);
  });
}
