/** The keyboard alone in the evidence: source and disputed popovers, benchmarks, the request snippet. */
import { expect, test } from '@playwright/test';
import { openComparison } from './comparison-url';
import { expectFocused, openFixtureComparison, press, tabTo } from './keyboard';
import { tableCell } from './table-cell';

test('source and disputed popovers open with Enter or Space and close with Escape, the focus back on their button', async ({
  page,
}) => {
  // A walk of more than a hundred key presses, each checked: three times the usual time limit.
  test.slow();
  await openComparison(page, ['kimi-k2.5', 'gpt-4.1']);
  const capabilities = page.getByRole('region', { name: 'Capabilities' });
  const differences = capabilities.getByRole('checkbox', { name: 'Only differences' });
  // Past the routes tables, three stops a row (Source, Exclude, Pin).
  await tabTo(page, differences, { max: 200 });
  const rows = capabilities.locator('tbody tr');
  const all = await rows.count();
  await press(page, 'Space');
  await expect.poll(() => rows.count()).toBeLessThan(all);
  await press(page, 'Space');
  await expect(rows).toHaveCount(all);

  const source = capabilities.getByRole('button', { name: 'Source: Vision, Kimi K2.5' });
  await tabTo(page, source, { max: 3 });
  await expect(source).toHaveAttribute('aria-expanded', 'false');
  await press(page, 'Enter');
  await expect(source).toHaveAttribute('aria-expanded', 'true');
  const details = page.locator(`[id="${await source.getAttribute('aria-controls')}"]`);
  await expect(details).toBeVisible();
  await expect(details).toContainText('License');
  await press(page, 'Escape');
  await expect(details).toBeHidden();
  await expectFocused(source);

  // Escape from a link inside the popover closes it as well and returns to its button.
  const specs = page.getByRole('table', { name: 'Specifications' });
  const disputed = (await tableCell(specs, 'Context window', 'Kimi K2.5')).getByRole('button', {
    name: 'Disputed: Context window, Kimi K2.5',
  });
  await tabTo(page, disputed, { max: 80 });
  await press(page, 'Space');
  const claims = page.locator(`[id="${await disputed.getAttribute('aria-controls')}"]`);
  await expect(claims.locator('.claims li').first()).toBeVisible();
  await expect(claims).toContainText('262,144');
  await press(page, 'Tab');
  await expectFocused(claims.getByRole('link').first());
  await press(page, 'Escape');
  await expect(claims).toBeHidden();
  await expect(disputed).toHaveAttribute('aria-expanded', 'false');
  await expectFocused(disputed);

  // Pressing the button again closes it too.
  await press(page, 'Enter');
  await expect(claims).toBeVisible();
  await press(page, 'Enter');
  await expect(claims).toBeHidden();
});

test('benchmarks: the shared-only switch, a score’s source and the scatter’s benchmark answer the keyboard', async ({
  page,
}) => {
  await openComparison(page);
  const panel = page.getByRole('region', { name: 'Benchmarks' });
  const shared = panel.getByRole('checkbox', { name: 'Shared benchmarks only' });
  // Near the end of the page: Shift+Tab from the top wraps round to it sooner.
  await tabTo(page, shared, { backward: true, max: 60 });
  await expect(shared).toBeChecked();
  const rows = page.getByRole('table', { name: 'Benchmark scores' }).locator('tbody tr');
  const sharedRows = await rows.count();
  await press(page, 'Space');
  await expect(shared).not.toBeChecked();
  await expect.poll(() => rows.count()).toBeGreaterThan(sharedRows);
  await press(page, 'Space');
  await expect(rows).toHaveCount(sharedRows);

  const source = panel.getByRole('button', { name: /^Source: MMLU-Pro, GPT-4\.1/ });
  await tabTo(page, source, { max: 8 });
  await press(page, 'Enter');
  await expect(source).toHaveAttribute('aria-expanded', 'true');
  await press(page, 'Escape');
  await expect(source).toHaveAttribute('aria-expanded', 'false');
  await expectFocused(source);

  const scatter = panel.getByRole('combobox', { name: 'Benchmark for the scatter' });
  await tabTo(page, scatter, { max: 5 });
  const caption = panel.locator('.price-score figcaption p').first();
  const first = await caption.innerText();
  const choice = await scatter.inputValue();
  await press(page, 'ArrowDown');
  await expect(scatter).not.toHaveValue(choice);
  await expect(caption).not.toHaveText(first);
  await expectFocused(scatter);
});

test('request snippet: route, language tabs with arrow keys, a scrollable code block and Copy, all from the keyboard', async ({
  browser,
}) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await openFixtureComparison(page);
  const panel = page.getByRole('region', { name: 'Request snippet' });
  const code = panel.getByRole('tabpanel').locator('pre code');

  const route = panel.getByRole('combobox', { name: 'Route' });
  await tabTo(page, route, { backward: true, max: 15 });
  const firstCode = await code.innerText();
  await press(page, 'ArrowDown');
  await expect(code).not.toHaveText(firstCode);

  // One tab stop for the tab list: the selected tab; arrows, Home and End move and select.
  await press(page, 'Tab');
  const tabs = panel.getByRole('tab');
  await expectFocused(tabs.first());
  await expect(tabs.first()).toHaveAttribute('aria-selected', 'true');
  await press(page, 'ArrowRight');
  await expectFocused(tabs.nth(1));
  await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(tabs.first()).toHaveAttribute('aria-selected', 'false');
  await expect(code).toContainText('base_url=');
  await press(page, 'End');
  await expectFocused(tabs.last());
  await press(page, 'ArrowRight');
  await expectFocused(tabs.first());
  await press(page, 'ArrowLeft');
  await expectFocused(tabs.last());
  await press(page, 'Home');
  await expectFocused(tabs.first());
  await expect(code).toContainText('curl ');

  await press(page, 'Tab');
  await expectFocused(panel.locator('pre'));
  await press(page, 'Tab');
  const copy = panel.getByRole('button', { name: 'Copy', exact: true });
  await expectFocused(copy);
  await press(page, 'Enter');
  await expect(panel.getByRole('status')).toHaveText('✓ Copied to the clipboard');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.innerText());
  await expectFocused(copy);
  await context.close();
});
