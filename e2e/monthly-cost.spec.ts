import { expect, test } from '@playwright/test';
import { expectedMonthlyUsd, loadIndex, loadModel, usd } from './catalog-data';
import { costRow, pickModel } from './pick';

test('monthly cost of two picked models follows the requests per month', async ({ page, request }) => {
  const index = await loadIndex(request);
  const [kimi, gpt] = await Promise.all([loadModel(request, 'kimi-k2.5'), loadModel(request, 'gpt-4.1')]);

  await page.goto('/');
  await pickModel(page, 'Model 1', 'gpt 4.1', gpt.name);
  await pickModel(page, 'Model 2', 'kimi k2.5', kimi.name);

  const rowOf = (name: string) => costRow(page, name);

  await expect(rowOf(gpt.name)).toContainText(usd(expectedMonthlyUsd(gpt, index, 1_000_000, 800, 250)));

  const requests = page.getByRole('spinbutton', { name: 'Requests per month' });
  await requests.fill('2500000');

  for (const model of [gpt, kimi]) {
    await expect(rowOf(model.name)).toContainText(usd(expectedMonthlyUsd(model, index, 2_500_000, 800, 250)));
  }
});
