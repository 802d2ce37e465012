import { expect, test } from '@playwright/test';
import { waitForLiveApp } from './comparison-url';
import { tableCell } from './table-cell';

test('the breakdown of GPT-4.1 at the default traffic adds up to its monthly cost, and a batch share says what it saves', async ({
  page,
}) => {
  await page.goto('/');
  await waitForLiveApp(page);
  const cost = page.getByRole('region', { name: 'Monthly cost', exact: true });
  const monthly = await tableCell(cost.getByRole('table', { name: 'Monthly cost' }), 'GPT-4.1', 'Monthly cost');
  await expect(monthly).toHaveText('$3,600');

  const breakdown = cost.getByRole('region', { name: 'Cost by component' });
  const gpt = breakdown.getByRole('listitem').filter({ hasText: /^GPT-4\.1/ });
  await expect(gpt.locator('.cost-breakdown-sum')).toHaveText('$1,600 input + $2,000 output = $3,600');
  await expect(gpt.getByText('Input: 800M tokens × $2.00 per 1M = $1,600')).toBeVisible();
  await expect(gpt.getByText('Output: 250M tokens × $8.00 per 1M = $2,000')).toBeVisible();

  await page.getByRole('spinbutton', { name: 'Batch share' }).fill('50%');
  await expect(
    gpt.getByText(/^The 50% batch share saves \$[\d,]+ a month against \$3,600 at standard prices\.$/),
  ).toBeVisible();
  // The parts still add up to the figure the table shows after the change.
  await expect(monthly).not.toHaveText('$3,600');
  const shown = (await monthly.textContent())?.trim() ?? '';
  await expect(gpt.locator('.cost-breakdown-sum')).toHaveText(new RegExp(` = ${shown.replace('$', '\\$')}$`));
});
