/** The keyboard alone from the picker to the cost: models, traffic, cost options, downloads and charts, routes. */
import { expect, test } from '@playwright/test';
import { drawCharts } from './charts';
import { openComparison } from './comparison-url';
import { expectFocused, expectFocusKept, monthly, openFixtureComparison, press, retype, tabTo } from './keyboard';
import { tableCell } from './table-cell';

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
  // "Add model" opens an empty slot with the focus; Escape closes it and gives the focus back.
  await expectFocused(model(3));
  await expect(model(3)).toHaveValue('');
  await press(page, 'Escape');
  await expect(model(3)).toHaveCount(0);
  await expectFocused(add);
  await press(page, 'Enter');
  await expectFocused(model(3));
  await page.keyboard.type('gpt-4.1');
  await press(page, 'ArrowDown');
  await press(page, 'Enter');
  await expect(model(3)).toHaveValue('GPT-4.1');
  await press(page, 'Tab');
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
  const total = Number((await more.textContent())?.match(/\d+/)?.[0]);
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
