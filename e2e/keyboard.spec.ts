import { expect, test, type Page } from '@playwright/test';
import { openComparison } from './comparison-url';
import { serveFixtureCatalog } from './fixture-catalog';
import { describeFocus, expectFocused, expectFocusKept, retype, tabTo } from './keyboard';
import { costRow } from './pick';
import { tableCell } from './table-cell';
import { drawCharts } from './charts';

/** Every interaction below is a key press; page.goto is the only other way the tests move the page. */
const press = (page: Page, key: string) => page.keyboard.press(key);

/** Opens the fixture catalog's Alpha 1 and Beta 2 at the default traffic: $852.00 and $3,600 a month. */
async function openFixtureComparison(page: Page, ids = ['alpha-1', 'beta-2']) {
  await serveFixtureCatalog(page);
  await openComparison(page, ids);
  await expect(costRow(page, 'Alpha 1')).toContainText('$852.00');
}

const monthly = (page: Page, model: string) => costRow(page, model).getByRole('cell').nth(1);

test('every Tab stop shows a focus ring unlike the control at rest, and Shift+Tab walks the same stops back', async ({
  page,
}) => {
  await openFixtureComparison(page);
  await drawCharts(page);
  const panels = await page.locator('main section[aria-labelledby] > h2').allInnerTexts();

  // One evaluation per stop: the focused element's ring, and the previous stop's look now that it has lost the focus.
  const step = () =>
    page.evaluate(() => {
      const w = window as unknown as { __kbPrev?: { el: Element; ring: string } };
      const look = (el: Element) => {
        const s = getComputedStyle(el);
        return `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} ${s.boxShadow}`;
      };
      const prev = w.__kbPrev;
      const unchanged = prev && prev.el !== document.activeElement && look(prev.el) === prev.ring;
      const el = document.activeElement ?? document.body;
      const section = el.closest('main section[aria-labelledby]');
      const role = el.getAttribute('role');
      const label = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? '';
      const stop = {
        // As describeFocus words it, so the walk back can be compared with the walk forth.
        name:
          el === document.body ? '<body>' : `<${el.tagName.toLowerCase()}${role ? ` role=${role}` : ''}> “${label}”`,
        panel: section?.querySelector(':scope > h2')?.textContent ?? '',
        visible: el !== document.body && el.matches(':focus-visible') && getComputedStyle(el).outlineStyle !== 'none',
        unchangedPrev: unchanged ? prev.el.outerHTML.slice(0, 80) : '',
      };
      w.__kbPrev = { el, ring: look(el) };
      return stop;
    });

  const stops: string[] = [];
  const visited = new Set<string>();
  for (let i = 0; i < 200; i += 1) {
    await press(page, 'Tab');
    const stop = await step();
    expect(stop.unchangedPrev, 'a control looks the same with and without the focus').toBe('');
    if (stop.name === '<body>') break; // past the last stop, on to the browser's own controls
    expect(stop.visible, `${stop.name} shows its focus`).toBe(true);
    stops.push(stop.name);
    visited.add(stop.panel);
  }
  expect(stops[0]).toBe('<a> “Skip to the comparison”');
  expect(stops.length).toBeGreaterThan(40);
  // Every panel has a control the keyboard reaches, but the trade-offs, which are prose, and the routes, whose
  // lists are short enough here to need no "Show all" button.
  const withControls = panels.filter((p) => p !== 'Trade-offs' && p !== 'Provider routes');
  expect(withControls.length).toBeGreaterThan(10);
  for (const panel of withControls) expect([...visited]).toContain(panel);

  // Shift+Tab from the last stop passes the same stops in reverse.
  await press(page, 'Shift+Tab');
  const back: string[] = [await describeFocus(page)];
  for (let i = 0; i < 24; i += 1) {
    await press(page, 'Shift+Tab');
    back.push(await describeFocus(page));
  }
  expect(back).toEqual(stops.slice(-25).reverse());
});

test('the skip link moves the focus into the comparison, and the theme toggle switches with Space and Enter', async ({
  page,
}) => {
  await openFixtureComparison(page);
  await press(page, 'Tab');
  const skip = page.getByRole('link', { name: 'Skip to the comparison' });
  await expectFocused(skip);
  expect((await skip.boundingBox())?.x).toBeGreaterThanOrEqual(0);

  await press(page, 'Enter');
  await expect(page.locator('main')).toBeFocused();
  await press(page, 'Tab');
  await expectFocused(page.getByRole('button', { name: 'Copy link' }));

  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await tabTo(page, toggle, { backward: true, max: 3 });
  await expectFocused(toggle);
  await press(page, 'Space');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectFocused(toggle);
  await press(page, 'Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('Copy link copies the address from the keyboard; without a clipboard the link field takes the focus, selected', async ({
  browser,
}) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await openFixtureComparison(page);
  const copy = page.getByRole('button', { name: 'Copy link' });
  await tabTo(page, copy);
  await press(page, 'Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  await expectFocused(copy);

  // A refused clipboard: the link is offered in a field, focused and selected for Ctrl+C.
  await page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new Error('refused'));
  });
  await press(page, 'Space');
  const field = page.getByRole('textbox', { name: /copy the link from this field/ });
  await expectFocused(field);
  expect(await field.evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd])).toEqual([
    0,
    page.url().length,
  ]);
  await context.close();
});

test('removing models and clearing filters from the keyboard keeps the focus in the picker', async ({ page }) => {
  await openComparison(page);
  const model = (n: number) => page.getByRole('combobox', { name: `Model ${n}`, exact: true });
  // The list toggle is for the mouse: Tab goes from a model field straight to its Remove button.
  await tabTo(page, model(1));
  await press(page, 'Tab');
  await expectFocused(page.getByRole('button', { name: 'Remove Kimi K2.5' }));

  await tabTo(page, page.getByRole('button', { name: 'Remove GPT-4.1' }));
  await press(page, 'Enter');
  await expect(model(3)).toHaveCount(0);
  await expectFocused(model(2));

  const add = page.getByRole('button', { name: 'Add model' });
  await tabTo(page, add);
  await press(page, 'Enter');
  await expect(model(3)).toHaveValue(/./);
  await expectFocused(add);
  await press(page, 'Shift+Tab');
  await expect(page.locator(':focus')).toHaveText(/^Remove /);
  await press(page, 'Enter');
  await expect(model(3)).toHaveCount(0);
  await expectFocused(model(2));

  // With two models left no Remove button is offered, and removing the first of three focuses the new first field.
  await expect(page.getByRole('button', { name: /^Remove / })).toHaveCount(0);

  const filters = page.locator('summary', { hasText: 'Filters' });
  await tabTo(page, filters, { backward: true });
  await press(page, 'Enter');
  await expect(page.locator('details.picker-filters')).toHaveAttribute('open', '');
  await press(page, 'Tab');
  await expectFocused(page.getByRole('checkbox', { name: 'Vision' }));
  await press(page, 'Space');
  await expect(filters).toHaveText(/^Filters \(1 active: [\d,]+ models match\)$/);
  const clear = page.getByRole('button', { name: 'Clear filters' });
  await tabTo(page, clear);
  await press(page, 'Enter');
  await expect(filters).toHaveText('Filters');
  await expectFocused(filters);
  await press(page, 'Enter');
  await expect(page.locator('details.picker-filters')).not.toHaveAttribute('open');
});

test('traffic presets and sliders change the monthly cost from the keyboard, and a typed value too', async ({
  page,
}) => {
  await openFixtureComparison(page);
  const presets = page.getByRole('group', { name: 'Traffic presets' });
  const chat = presets.getByRole('button', { name: 'Chat assistant' });
  await tabTo(page, chat);
  await press(page, 'Enter');
  await expect(chat).toHaveAttribute('aria-pressed', 'true');
  await expect(presets.getByRole('button', { name: 'Reference pages' })).toHaveAttribute('aria-pressed', 'false');
  await expect(monthly(page, 'Alpha 1')).not.toHaveText('$852.00');
  await expectFocused(chat);
  await press(page, 'Shift+Tab');
  await press(page, 'Space');
  await expect(presets.getByRole('button', { name: 'Reference pages' })).toHaveAttribute('aria-pressed', 'true');
  await expect(monthly(page, 'Alpha 1')).toHaveText('$852.00');

  const slider = page.getByRole('slider', { name: 'Requests per month' });
  const field = page.getByRole('spinbutton', { name: 'Requests per month' });
  await tabTo(page, slider);
  await expectFocused(slider);
  await press(page, 'ArrowRight');
  await expect(field).not.toHaveValue('1000000');
  const up = Number(await field.inputValue());
  expect(up).toBeGreaterThan(1_000_000);
  await expect(monthly(page, 'Alpha 1')).not.toHaveText('$852.00');
  await expect(slider).toHaveAttribute('aria-valuetext', /./);
  await press(page, 'ArrowLeft');
  await press(page, 'ArrowLeft');
  await expect.poll(async () => Number(await field.inputValue())).toBeLessThan(1_000_000);
  await press(page, 'End');
  await expect.poll(async () => Number(await field.inputValue())).toBeGreaterThan(up);
  await expectFocused(slider);

  // Tab goes from the slider to its number field, Shift+Tab back.
  await press(page, 'Tab');
  await expectFocused(field);
  await retype(page, '2000000');
  await expect(monthly(page, 'Alpha 1')).toHaveText('$1,704');
  await retype(page, 'lots');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert')).toContainText('Still using');
  await expect(monthly(page, 'Alpha 1')).toHaveText('$1,704');
  await press(page, 'Shift+Tab');
  await expectFocused(slider);

  // The output tokens slider moves the cost too.
  const output = page.getByRole('slider', { name: 'Output tokens per request' });
  await tabTo(page, output);
  const before = await monthly(page, 'Alpha 1').innerText();
  await press(page, 'PageUp');
  await expect(monthly(page, 'Alpha 1')).not.toHaveText(before);
});

test('baseline, currency, own rate and free tiers are chosen from the keyboard', async ({ page }) => {
  await openFixtureComparison(page);
  const panel = page.getByRole('region', { name: 'Monthly cost' });
  const table = page.getByRole('table', { name: 'Monthly cost' });

  const baseline = panel.getByRole('combobox', { name: 'Baseline' });
  await tabTo(page, baseline, { max: 60 });
  await expectFocused(baseline);
  await press(page, 'ArrowDown');
  await expect(baseline).toHaveValue('beta-2');
  await expect(table.locator('thead')).toContainText('Δ vs Beta 2');
  await expect(await tableCell(table, 'Beta 2', 'Δ vs Beta 2')).toHaveText('Baseline');

  const currency = panel.getByRole('combobox', { name: 'Currency' });
  await press(page, 'Tab');
  await expectFocused(currency);
  await page.keyboard.type('EUR');
  await expect(currency).toHaveValue('EUR');
  await expect(monthly(page, 'Alpha 1')).toHaveText('€766.80');

  const rate = panel.getByRole('textbox', { name: 'EUR per USD' });
  await press(page, 'Tab');
  await expectFocused(rate);
  await retype(page, '1.8');
  await expect(monthly(page, 'Alpha 1')).toHaveText('€1,534');
  const reset = panel.getByRole('button', { name: 'Use the catalog rate' });
  await press(page, 'Tab');
  await expectFocused(reset);
  await press(page, 'Enter');
  await expect(monthly(page, 'Alpha 1')).toHaveText('€766.80');
  await expect(reset).toHaveCount(0);
  // The button went away: the focus goes back to the rate it reset.
  await expectFocused(rate);
  await expect(rate).toHaveValue('0.9');

  const free = panel.getByRole('checkbox', { name: 'Include free tiers and plans' });
  await tabTo(page, free, { max: 3 });
  await press(page, 'Space');
  await expect(free).toBeChecked();
  await press(page, 'Space');
  await expect(free).not.toBeChecked();
  await expectFocused(free);
});

test('Download CSV, JSON, SVG and PNG work from the keyboard, and the cost chart reads out with arrow keys', async ({
  page,
}) => {
  await openFixtureComparison(page);
  await drawCharts(page);
  const download = async (key: string) => {
    const [file] = await Promise.all([page.waitForEvent('download'), press(page, key)]);
    return file.suggestedFilename();
  };

  const csv = page.getByRole('button', { name: 'Download CSV' });
  await tabTo(page, csv, { max: 60 });
  expect(await download('Enter')).toBe('versus-comparison.csv');
  await expectFocused(csv);
  await press(page, 'Tab');
  expect(await download('Space')).toBe('versus-comparison.json');

  // The chart itself is a stop: arrow keys walk its points and show each in the tooltip.
  await press(page, 'Tab');
  const chart = page.locator('.cost-charts svg[role="application"]').first();
  await expectFocused(chart);
  await press(page, 'ArrowRight');
  await expect(page.locator('.cost-charts .recharts-tooltip-wrapper').first()).toContainText('$');

  const svg = page.getByRole('button', { name: 'Download SVG of “Monthly cost by requests per month”' });
  await press(page, 'Tab');
  await expectFocused(svg);
  expect(await download('Enter')).toBe('versus-monthly-cost-by-requests.svg');
  await press(page, 'Tab');
  expect(await download('Enter')).toBe('versus-monthly-cost-by-requests.png');
  await expectFocusKept(page);
});

test('a long route list expands and collapses from the keyboard, keeping the focus on its button', async ({ page }) => {
  await openComparison(page);
  const routes = page.getByRole('table', { name: 'Provider routes: Kimi K2.5' });
  const more = page.getByRole('button', { name: /^Show all \d+ routes of Kimi K2\.5$/ });
  const total = Number((await more.innerText()).match(/\d+/)?.[0]);
  await expect(routes.locator('tbody tr')).toHaveCount(8);
  await tabTo(page, more, { max: 80 });
  await press(page, 'Enter');
  await expect(routes.locator('tbody tr')).toHaveCount(total);
  const less = page.getByRole('button', { name: 'Show the 8 cheapest routes only' }).first();
  await expect(less).toHaveAttribute('aria-expanded', 'true');
  await expectFocused(less);
  await press(page, 'Space');
  await expect(routes.locator('tbody tr')).toHaveCount(8);
  await expectFocused(more);
});

test('your own price is added, refused, edited, cancelled and removed with the keyboard, the focus never lost', async ({
  page,
}) => {
  await openFixtureComparison(page);
  const form = page.getByRole('form', { name: 'Add your price for a model' });
  const modelSelect = form.getByRole('combobox', { name: 'Model' });
  await tabTo(page, modelSelect, { max: 80 });
  await expectFocused(modelSelect);
  await press(page, 'ArrowDown');
  await expect(modelSelect).toHaveValue('beta-2');

  // Enter with no prices: nothing is saved, and the focus goes to the first field to fix.
  await press(page, 'Tab');
  await page.keyboard.type('Team deal');
  await press(page, 'Enter');
  const input = form.getByRole('textbox', { name: 'Input price' });
  await expectFocused(input);
  await expect(input).toHaveAttribute('aria-invalid', 'true');

  await page.keyboard.type('1');
  await press(page, 'Tab');
  await expectFocused(form.getByRole('textbox', { name: 'Output price' }));
  await page.keyboard.type('4');
  await press(page, 'Enter');
  await expect(monthly(page, 'Beta 2')).toHaveText('$1,800');
  await expect(
    page.getByRole('status').filter({ hasText: 'Saved your price from Team deal for Beta 2.' }),
  ).toBeVisible();
  await expectFocusKept(page);

  // Edit: the focus goes into the edit form, and back to the Edit button after saving.
  const edit = page.getByRole('button', { name: 'Edit price: Team deal for Beta 2' });
  await tabTo(page, edit, { max: 30 });
  await press(page, 'Enter');
  const editForm = page.getByRole('form', { name: 'Edit your price from Team deal' });
  await expectFocused(editForm.getByRole('combobox', { name: 'Model' }));
  const output = editForm.getByRole('textbox', { name: 'Output price' });
  await tabTo(page, output, { max: 5 });
  await retype(page, '2');
  await press(page, 'Enter');
  await expect(editForm).toHaveCount(0);
  await expect(monthly(page, 'Beta 2')).toHaveText('$1,300');
  await expectFocused(edit);

  // Cancel leaves the price as it was and returns to the Edit button too.
  await press(page, 'Enter');
  await tabTo(page, editForm.getByRole('button', { name: 'Cancel' }), { max: 12 });
  await press(page, 'Enter');
  await expect(editForm).toHaveCount(0);
  await expectFocused(edit);

  // The file buttons: Export JSON downloads, Import JSON opens the file chooser.
  const exportJson = page.getByRole('button', { name: 'Export JSON' });
  await tabTo(page, exportJson, { max: 5 });
  const [file] = await Promise.all([page.waitForEvent('download'), press(page, 'Enter')]);
  expect(file.suggestedFilename()).toMatch(/\.json$/);
  await press(page, 'Tab');
  await expectFocused(page.getByRole('button', { name: 'Import JSON', exact: true }));
  await Promise.all([page.waitForEvent('filechooser'), press(page, 'Space')]);

  const remove = page.getByRole('button', { name: 'Remove price: Team deal for Beta 2' });
  await tabTo(page, remove, { backward: true, max: 6 });
  await press(page, 'Enter');
  await expect(remove).toHaveCount(0);
  await expect(monthly(page, 'Beta 2')).toHaveText('$3,600');
  await expectFocusKept(page);
  await expect(page.locator(':focus')).toHaveAttribute('id', /.+/);
});

test('a custom model is added, renamed and removed with the keyboard', async ({ page }) => {
  await openFixtureComparison(page);
  const form = page.getByRole('form', { name: 'Add a model the catalog lacks' });
  await tabTo(page, form.getByRole('textbox', { name: 'Model name' }), { max: 90 });
  await page.keyboard.type('House model');
  await tabTo(page, form.getByRole('textbox', { name: 'Provider name' }), { max: 3 });
  await page.keyboard.type('On-prem');
  await press(page, 'Tab');
  await page.keyboard.type('1');
  await press(page, 'Tab');
  await page.keyboard.type('2');
  await press(page, 'Enter');
  await expect(monthly(page, 'House model')).toHaveText('$1,300');
  await expect(page.getByRole('combobox', { name: 'Model 3', exact: true })).toHaveValue('House model');

  const edit = page.getByRole('button', { name: 'Edit custom model House model' });
  await tabTo(page, edit, { max: 12 });
  await press(page, 'Enter');
  const editForm = page.getByRole('form', { name: 'Edit House model' });
  await expectFocused(editForm.getByRole('textbox', { name: 'Model name' }));
  await retype(page, 'Home model');
  await press(page, 'Enter');
  await expect(monthly(page, 'Home model')).toHaveText('$1,300');
  const renamed = page.getByRole('button', { name: 'Edit custom model Home model' });
  await expectFocused(renamed);

  await press(page, 'Tab');
  await expectFocused(page.getByRole('button', { name: 'Remove custom model Home model' }));
  await press(page, 'Enter');
  await expect(costRow(page, 'Home model')).toHaveCount(0);
  await expectFocusKept(page);
});

test('the self-hosting GPU and hourly price are set from the keyboard', async ({ page }) => {
  await openComparison(page);
  const panel = page.getByRole('region', { name: 'Self-hosting estimate' });
  const gpu = panel.getByRole('combobox', { name: 'GPU type' });
  await tabTo(page, gpu, { max: 90 });
  await expectFocused(gpu);
  const table = panel.getByRole('table');
  const before = await table.innerText();
  await press(page, 'ArrowDown');
  await expect(gpu).not.toHaveValue('h100');
  await expect(table).not.toHaveText(before, { useInnerText: true });

  const price = panel.getByRole('textbox', { name: 'Price per GPU-hour (USD)' });
  await press(page, 'Tab');
  await expectFocused(price);
  const withGpu = await table.innerText();
  await retype(page, '9');
  await expect(table).not.toHaveText(withGpu, { useInnerText: true });
  await retype(page, '-1');
  await expect(price).toHaveAttribute('aria-invalid', 'true');
  await expect(panel).toContainText('Enter a price per GPU-hour between 0 and 1,000 USD.');
});

test('source and disputed popovers open with Enter or Space and close with Escape, the focus back on their button', async ({
  page,
}) => {
  await openComparison(page, ['kimi-k2.5', 'gpt-4.1']);
  const capabilities = page.getByRole('region', { name: 'Capabilities' });
  const differences = capabilities.getByRole('checkbox', { name: 'Only differences' });
  await tabTo(page, differences, { max: 90 });
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
  await tabTo(page, shared, { backward: true, max: 40 });
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

test('on a narrow screen the sources table scrolls sideways from the keyboard, and its links are stops', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await serveFixtureCatalog(page);
  await openComparison(page, ['alpha-1', 'beta-2']);
  const region = page.getByRole('region', { name: 'Sources (scrolls sideways)' });
  await tabTo(page, page.getByRole('link').last(), { backward: true, max: 3 });
  await tabTo(page, region, { backward: true, max: 20 });
  await expectFocused(region);
  expect(await region.evaluate((el) => el.scrollLeft)).toBe(0);
  await press(page, 'ArrowRight');
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  await press(page, 'Tab');
  await expectFocused(region.getByRole('link').first());
});

test('a link notice is dismissed from the keyboard, and the focus goes on into the comparison', async ({ page }) => {
  await serveFixtureCatalog(page);
  await page.goto('/?m=alpha-1,no-such-model,beta-2');
  const notice = page.getByRole('status', { name: 'Link notice' });
  await expect(notice).toContainText('Unknown model id “no-such-model” ignored.');
  const dismiss = notice.getByRole('button', { name: 'Dismiss' });
  await tabTo(page, dismiss, { max: 5 });
  await expectFocused(dismiss);
  await press(page, 'Enter');
  await expect(notice).toHaveCount(0);
  await expectFocusKept(page);
  await press(page, 'Tab');
  await expectFocused(page.getByRole('button', { name: 'Copy link' }));
});
