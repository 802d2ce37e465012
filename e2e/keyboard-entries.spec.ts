/** The keyboard alone in the panels that take the user's own figures: prices, models, self-hosting. */
import { expect, test } from '@playwright/test';
import { openComparison } from './comparison-url';
import { expectFocused, expectFocusKept, monthly, openFixtureComparison, press, retype, tabTo } from './keyboard';
import { costRow } from './pick';

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
  // Listened for before the key: Playwright starts catching file choosers only once something
  // listens, and a chooser opened before that never reaches the test.
  const chooser = page.waitForEvent('filechooser');
  await press(page, 'Tab');
  await expectFocused(page.getByRole('button', { name: 'Import JSON', exact: true }));
  await press(page, 'Space');
  await chooser;

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
  // Past the routes tables, each row with its Exclude and Pin buttons.
  await tabTo(page, gpu, { max: 200 });
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
