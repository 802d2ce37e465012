import { expect, test, type Page } from '@playwright/test';
import { pickModel } from './pick';
import { waitForLiveApp } from './comparison-url';

const costTable = (page: Page) => page.getByRole('table', { name: 'Monthly cost' });
const combobox = (page: Page, slot: number) => page.getByRole('combobox', { name: `Model ${slot}`, exact: true });

async function expectModels(page: Page, names: string[]) {
  for (const [i, name] of names.entries()) await expect(combobox(page, i + 1)).toHaveValue(name);
  await expect(combobox(page, names.length + 1)).toHaveCount(0);
}

test('a copied link opens the same comparison, custom price included, in a fresh browser', async ({ browser }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto('/');
  await expect(costTable(page)).toBeVisible();

  await page.getByRole('button', { name: 'Add model', exact: true }).click();
  await pickModel(page, 'Model 3', 'qwen3.5 4b', 'Qwen3.5-4B');
  await page.getByRole('spinbutton', { name: 'Requests per month' }).fill('2500000');
  await page.getByRole('spinbutton', { name: 'Output tokens per request' }).fill('400');
  await page.getByLabel('Currency', { exact: true }).selectOption('EUR');

  const form = page.getByRole('form', { name: 'Add your price for a model' });
  await form.getByLabel('Model', { exact: true }).selectOption({ label: 'GPT-4.1' });
  await form.getByLabel('Provider name').fill('Our enterprise deal');
  await form.getByLabel('Input price').fill('0.3');
  await form.getByLabel('Output price').fill('1.2');
  await form.getByRole('button', { name: 'Add price' }).click();
  await expect(costTable(page)).toContainText('Our enterprise deal');

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(page.url());
  expect(new URL(link).searchParams.get('cur')).toBe('EUR');
  const costs = await costTable(page).innerText();
  expect(costs).toContain('€');

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expectModels(other, ['Kimi K2.5', 'GPT-4.1', 'Qwen3.5-4B']);
  await expect(other.getByRole('spinbutton', { name: 'Requests per month' })).toHaveValue('2500000');
  await expect(other.getByRole('spinbutton', { name: 'Output tokens per request' })).toHaveValue('400');
  await expect(other.getByLabel('Currency', { exact: true })).toHaveValue('EUR');
  await expect(costTable(other)).toContainText('Our enterprise deal');
  await expect(costTable(other)).toHaveText(costs, { useInnerText: true });
  await expect(other.getByRole('status', { name: 'Link notice' })).toHaveCount(0);
  await Promise.all([context.close(), fresh.close()]);
});

test('Back returns to each earlier comparison, Forward comes back', async ({ page }) => {
  await page.goto('/');
  await expectModels(page, ['Kimi K2.5', 'GPT-4.1']);
  await pickModel(page, 'Model 1', 'qwen3.5 4b', 'Qwen3.5-4B');
  await pickModel(page, 'Model 2', 'deepseek v3.2', 'DeepSeek V3.2');

  await page.goBack();
  await expectModels(page, ['Qwen3.5-4B', 'GPT-4.1']);
  await page.goBack();
  await expectModels(page, ['Kimi K2.5', 'GPT-4.1']);
  await page.goForward();
  await expectModels(page, ['Qwen3.5-4B', 'GPT-4.1']);
});

test('a reload without parameters restores the last comparison', async ({ page }) => {
  await page.goto('/');
  await pickModel(page, 'Model 2', 'claude opus 4.6', 'Claude Opus 4.6');
  await page.getByLabel('Currency', { exact: true }).selectOption('GBP');
  await page.goto('/');
  await expectModels(page, ['Kimi K2.5', 'Claude Opus 4.6']);
  await expect(page.getByLabel('Currency', { exact: true })).toHaveValue('GBP');
  expect(new URL(page.url()).searchParams.get('m')).toBe('kimi-k2.5,claude-opus-4.6');
});

test('a link with unknown ids and hostile values gives a working page, a notice and no script', async ({ page }) => {
  const errors: Error[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (error) => errors.push(error));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const script = '<script>window.__versusLinkScript=1;alert(1)</script>';
  const handler = '<img src=x onerror="window.__versusLinkScript=1;alert(2)">';
  const query = [
    `m=kimi-k2.5,no-such-model,${script},kimi-k2.5`,
    'r=-5',
    'in=NaN',
    'out=1e400',
    `cur=${script}`,
    `b=${handler}`,
    `bm=${script}`,
    'fx=EUR:-1',
    `c=${handler}`,
    `gpu=${script}`,
    'v=9',
  ].join('&');
  await page.goto(`/?${query}`);

  const notice = page.getByRole('status', { name: 'Link notice' });
  await expect(notice).toContainText('Unknown model id “no-such-model” ignored.');
  await expect(notice).toContainText('Requests per month “-5” is out of range; using 1,000,000.');
  await expect(notice).toContainText('Link version 9 is newer than this app');
  await expect(costTable(page)).toBeVisible();
  await expect(combobox(page, 1)).toHaveValue('Kimi K2.5');
  await expect(combobox(page, 2)).not.toHaveValue('');
  await expect(page.getByRole('spinbutton', { name: 'Requests per month' })).toHaveValue('1000000');
  await expect(costTable(page)).not.toContainText(/NaN|Infinity/);

  // The address bar now holds the cleaned comparison, so a copied link carries none of it.
  expect(page.url()).not.toMatch(/script|onerror|no-such-model/);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);

  expect(await page.evaluate(() => (window as unknown as Record<string, unknown>).__versusLinkScript)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
});

test('a slider drag makes one history entry, and Back returns to the value before it', async ({ page }) => {
  await page.goto('/');
  await waitForLiveApp(page);
  const requests = page.getByRole('spinbutton', { name: 'Requests per month' });
  await expect(requests).toHaveValue('1000000');
  const before = await page.evaluate(() => window.history.length);

  const slider = page.getByRole('slider', { name: 'Requests per month' });
  // The mouse works in viewport coordinates: the slider must be on screen, wherever the page puts it.
  await slider.scrollIntoViewIfNeeded();
  const box = await slider.boundingBox();
  if (!box) throw new Error('the slider is not on screen');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.6, y);
  await page.mouse.down();
  for (let step = 1; step <= 20; step++) await page.mouse.move(box.x + box.width * (0.6 + step * 0.01), y);
  await page.mouse.up();

  await expect(requests).not.toHaveValue('1000000');
  const dragged = await requests.inputValue();
  await expect.poll(() => Number(new URL(page.url()).searchParams.get('r'))).toBe(Number(dragged));
  expect(await page.evaluate(() => window.history.length)).toBe(before + 1);

  await page.goBack();
  await expect(requests).toHaveValue('1000000');
  await page.goForward();
  await expect(requests).toHaveValue(dragged);
});
