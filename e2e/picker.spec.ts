import { expect, test } from '@playwright/test';
import { waitForLiveApp } from './comparison-url';

test('typing "kimi k2.5" in Model 1 offers Kimi K2.5 first', async ({ page }) => {
  await page.goto('/');
  const model1 = page.getByRole('combobox', { name: 'Model 1', exact: true });
  await model1.fill('kimi k2.5');
  await expect(page.getByRole('listbox').getByRole('option').first()).toContainText(/^Kimi K2\.5Moonshot/);
});

test.describe('searches people type', () => {
  for (const [query, name] of [
    ['kimi 2.5', 'Kimi K2.5'],
    ['gpt4.1', 'GPT-4.1'],
    ['opus 4.6', 'Claude Opus 4.6'],
  ] as const) {
    test(`"${query}" finds ${name} first`, async ({ page }) => {
      await page.goto('/');
      await page.getByRole('combobox', { name: 'Model 2', exact: true }).fill(query);
      await expect(page.getByRole('listbox').getByRole('option').first().locator('.option-name')).toHaveText(name);
    });
  }
});

test('the whole picker works with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  await waitForLiveApp(page);
  const model1 = page.getByRole('combobox', { name: 'Model 1', exact: true });
  await expect(model1).toHaveValue(/./);

  // Reach Model 1 from the top of the page with Tab only.
  await page.keyboard.press('Tab'); // skip link
  for (let i = 0; i < 10 && !(await model1.evaluate((el) => el === document.activeElement)); i += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(model1).toBeFocused();

  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('gpt4.1');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(model1).toHaveValue('GPT-4.1');

  // Escape leaves the choice as it was.
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('claude');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(model1).toHaveValue('GPT-4.1');

  // Add a third model and remove it again, from the keyboard.
  const add = page.getByRole('button', { name: 'Add model' });
  await add.focus();
  await page.keyboard.press('Enter');
  const model3 = page.getByRole('combobox', { name: 'Model 3', exact: true });
  await expect(model3).toBeVisible();
  await model3.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('qwen3.5 4b');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(model3).toHaveValue('Qwen3.5-4B');

  const remove = page.getByRole('button', { name: 'Remove Qwen3.5-4B' });
  await remove.focus();
  await page.keyboard.press('Enter');
  await expect(model3).toHaveCount(0);

  // Filters open and apply from the keyboard too.
  const filters = page.getByText('Filters', { exact: true });
  await filters.focus();
  await page.keyboard.press('Enter');
  const openWeights = page.getByRole('checkbox', { name: 'Open weights only' });
  await openWeights.focus();
  await page.keyboard.press('Space');
  await expect(openWeights).toBeChecked();
  await expect(page.getByText(/1 active: [\d,]+ models match/)).toBeVisible();
});
