/** The user's say over providers: exclude, first-party only, ties on price, the link, and every route's source. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { loadIndex, loadModel, usd } from './catalog-data';
import { openComparison, waitForLiveApp } from './comparison-url';
import { costRow } from './pick';
import type { CatalogIndex, Model, Route } from '../src/domain/types';

/**
 * The route a model's cost uses at the default traffic (1M requests of 800 input and 250 output
 * tokens, nothing cached or batched), worked out from the catalog files rather than by the app:
 * the cheapest pay-as-you-go route the filter lets through, passing over an unconfirmed outlier,
 * the lab's own route on a tie, then the one more sources state.
 */
function headline(model: Model, index: CatalogIndex, counts: (route: Route) => boolean = () => true) {
  const perUsd = new Map([['USD', 1], ...index.rates.map((r): [string, number] => [r.currency, r.perUsd])]);
  const priced = model.routes
    .filter((r) => r.billing === 'payg' && r.prices.input !== undefined && r.prices.output !== undefined)
    .filter((r) => perUsd.has(r.currency) && (r.tiers ?? []).every((t) => 800 <= t.above) && counts(r))
    .map((route) => ({
      route,
      monthly:
        (1e6 * ((800 * route.prices.input! + 250 * route.prices.output!) / 1e6 + (route.perRequest ?? 0))) /
        perUsd.get(route.currency)!,
    }));
  const trusted = priced.filter(({ route }) => !route.outlier || (route.confirmedBy?.length ?? 0) > 0);
  const pool = trusted.length > 0 ? trusted : priced;
  const least = Math.min(...pool.map((p) => p.monthly));
  // Figures within a millionth of a dollar are a tie: float sums of the same prices can differ in the last bit.
  const tied = pool.filter((p) => p.monthly - least < 1e-6);
  const own = tied.filter((p) => p.route.providerId === model.creatorId);
  const ranked = (own.length > 0 ? own : tied).sort(
    (a, b) =>
      (b.route.confirmedBy?.length ?? 0) - (a.route.confirmedBy?.length ?? 0) || (a.route.id < b.route.id ? -1 : 1),
  );
  return { ...ranked[0]!, tied: tied.length };
}

const providerNameOf = (index: CatalogIndex) => (id: string) => index.providers.find((p) => p.id === id)?.name ?? id;
const routesTable = (page: Page, model: Model) => page.getByRole('table', { name: `Provider routes: ${model.name}` });

test('excluding the headline provider moves the headline to the next route, and the link reproduces it', async ({
  page,
  request,
}) => {
  const index = await loadIndex(request);
  const kimi = await loadModel(request, 'kimi-k2.5');
  const name = providerNameOf(index);
  const first = headline(kimi, index);
  const next = headline(kimi, index, (r) => r.providerId !== first.route.providerId);
  expect(next.route.providerId).not.toBe(first.route.providerId);

  await page.goto('/');
  await waitForLiveApp(page);
  const row = costRow(page, kimi.name);
  await expect(row).toContainText(name(first.route.providerId));
  await expect(row).toContainText(usd(first.monthly));

  const exclude = page.getByRole('button', { name: `Exclude ${name(first.route.providerId)}`, exact: true }).first();
  await exclude.click();
  await expect(exclude).toHaveAttribute('aria-pressed', 'true');
  await expect(row).toContainText(name(next.route.providerId));
  await expect(row).toContainText(usd(next.monthly));
  await expect(page).toHaveURL(new RegExp(`[?&]xp=${first.route.providerId}(&|$)`));

  await page.reload();
  await waitForLiveApp(page);
  await expect(costRow(page, kimi.name)).toContainText(usd(next.monthly));
  const choice = page.getByRole('group', { name: 'Provider choice' });
  await expect(choice.getByRole('button', { name: `Include again ${name(first.route.providerId)}` })).toBeVisible();

  // An unknown provider in a link is dropped with a message, like any other bad value.
  await page.goto('/?xp=no-such-provider');
  await expect(page.getByRole('status', { name: 'Link notice' })).toContainText(
    'Unknown provider “no-such-provider” not excluded; ignored.',
  );
  await expect(costRow(page, kimi.name)).toContainText(usd(first.monthly));
});

test('a tie on price shows the lab’s own route: GPT-4.1 on OpenAI at $2 / $8, $3,600 a month', async ({
  page,
  request,
}) => {
  const index = await loadIndex(request);
  const gpt = await loadModel(request, 'gpt-4.1');
  const best = headline(gpt, index);
  expect(best.tied).toBeGreaterThan(1);
  expect(best.route.providerId).toBe('openai');
  expect(best.route.prices).toMatchObject({ input: 2, output: 8 });
  expect(best.monthly).toBeCloseTo(3600, 6);

  await page.goto('/');
  await waitForLiveApp(page);
  const row = costRow(page, gpt.name);
  await expect(row).toContainText('OpenAI');
  await expect(row).toContainText(usd(3600));
  const lab = routesTable(page, gpt).getByRole('row').filter({ hasText: 'lab’s own' }).first();
  await expect(lab).toContainText('cheapest');
  await expect(lab).toContainText('$2.00');
  await expect(lab).toContainText('$8.00');
});

test('first-party routes only moves a reseller headline to the lab’s own route', async ({ page, request }) => {
  const index = await loadIndex(request);
  const models = await Promise.all(['claude-opus-4.1', 'gemini-2.5-pro'].map((id) => loadModel(request, id)));
  const name = providerNameOf(index);
  await openComparison(
    page,
    models.map((m) => m.id),
  );
  const resold = models.filter((m) => headline(m, index).route.providerId !== m.creatorId);
  expect(resold.length, 'at least one of them has a reseller headline today').toBeGreaterThan(0);

  await page.getByRole('checkbox', { name: 'First-party routes only (the model’s own lab)' }).check();
  await expect(page).toHaveURL(/[?&]fp=1(&|$)/);
  for (const model of models) {
    const own = headline(model, index, (r) => r.providerId === model.creatorId);
    const row = costRow(page, model.name);
    await expect(row).toContainText(name(own.route.providerId));
    await expect(row).toContainText(usd(own.monthly));
  }
});

test('every route row has a source control with its source and the date of its price', async ({ page, request }) => {
  const index = await loadIndex(request);
  const [kimi, gpt] = await Promise.all([loadModel(request, 'kimi-k2.5'), loadModel(request, 'gpt-4.1')]);
  await page.goto('/');
  await waitForLiveApp(page);
  for (const model of [kimi, gpt]) {
    const table = routesTable(page, model);
    const rows = table.locator('tbody tr');
    await expect(rows.first()).toBeVisible();
    const count = await rows.count();
    expect(count).toBeGreaterThan(0);
    await expect(table.getByRole('button', { name: /^Source: price on / })).toHaveCount(count);
    for (const date of await table.locator('td.price-date > .nowrap').allTextContents())
      expect(date).toMatch(/^\d{4}-\d{2}(-\d{2})?$/); // some sources date a price by its month
    // The headline's source, opened: where the price comes from and its date.
    const used = rows.filter({ hasText: 'cheapest' });
    await used.getByRole('button', { name: /^Source: price on / }).click();
    const details = used.locator('dl.provenance-details');
    const route = headline(model, index).route;
    await expect(details).toContainText(`Price dated${route.checked}`);
    const title = index.sources.find((s) => s.id === route.source)?.title ?? route.source;
    await expect(details).toContainText(title);
  }
  // And from the headline figure itself.
  await costRow(page, gpt.name)
    .getByRole('button', { name: /^Source: price of GPT-4\.1 on / })
    .click();
  await expect(costRow(page, gpt.name).locator('dl.provenance-details')).toContainText('Price dated');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the provider choice, route tables and headline source have no axe violations (${scheme})`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/?xp=hpc-ai&pin=openai&fp=1');
    await waitForLiveApp(page);
    await page.getByRole('searchbox', { name: 'Filter routes by provider' }).fill('a');
    const routes = page.getByRole('region', { name: 'Provider routes' });
    await routes
      .getByRole('button', { name: /^Input/ })
      .first()
      .click();
    await routes
      .getByRole('button', { name: /^Source: price on / })
      .first()
      .click();
    await page
      .getByRole('table', { name: 'Monthly cost' })
      .getByRole('button', { name: /^Source: price of/ })
      .first()
      .click();
    await routes.scrollIntoViewIfNeeded();
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .include('section.routes')
      .include('section.cost')
      .analyze();
    const lines = results.violations.map(
      (v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
    );
    expect(lines).toEqual([]);
  });
}
