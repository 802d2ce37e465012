/**
 * What the published "A vs B" pages show, in the app: the one-line verdict, links to the next
 * comparisons, the vendor's API parameter rules as switch friction and every self-hosting
 * precision the reseller lists.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { openComparison, waitForLiveApp } from './comparison-url';
import { expectFocused, press } from './keyboard';

const DEFAULT_PAIR = ['kimi-k2.5', 'gpt-4.1'];
/** A busy machine draws the panels below the verdict slowly: each comparison gets room to open. */
const OPEN = { timeout: 30_000 };
const verdict = (page: Page) => page.getByTestId('verdict');
const usd = (text: string) => Number(text.replace(/[$,]/g, ''));

// axe walks every element of a full comparison: seconds per scan, more on a busy machine.
test.describe.configure({ timeout: 180_000 });

test('the verdict names the cheaper model by the share its monthly figures give, and follows the traffic', async ({
  page,
}) => {
  await openComparison(page, DEFAULT_PAIR, OPEN);
  const pattern =
    /^Verdict: Kimi K2\.5 costs (\d+)% less than GPT-4\.1 at your traffic \((\$[\d,.]+) vs (\$[\d,.]+) a month\); (Kimi K2\.5|GPT-4\.1) leads on \d+ of \d+ shared benchmarks\.$/;
  await expect(verdict(page)).toHaveText(pattern);
  const [, share, kimi, gpt] = (await verdict(page).innerText()).match(pattern) ?? [];
  expect(gpt).toBe('$3,600');
  expect(Number(share)).toBe(Math.round((1 - usd(kimi ?? '') / usd(gpt ?? '')) * 100));

  await page.getByRole('spinbutton', { name: 'Requests per month' }).fill('2000000');
  await expect(verdict(page)).toContainText('vs $7,200 a month');
  await expect(verdict(page)).toContainText(`costs ${share}% less`);
});

test('the verdict names a model without a price rather than ranking it', async ({ page }) => {
  await openComparison(page, ['gpt-4.1', 'qwen3.5-4b'], OPEN);
  await expect(verdict(page)).toHaveText(
    'Verdict: Only GPT-4.1 has a sourced price ($3,600 a month at your traffic); Qwen3.5-4B has no sourced price; GPT-4.1 leads on the one shared benchmark, MMLU-Pro.',
  );
});

test('a "Continue comparing" link opens its comparison from the keyboard, and Back returns', async ({ page }) => {
  await openComparison(page, DEFAULT_PAIR, OPEN);
  const region = page.getByRole('region', { name: 'Continue comparing' });
  const link = region.getByRole('link').first();
  await link.scrollIntoViewIfNeeded();
  // textContent, not innerText: a panel off screen is not laid out (content-visibility) and has no inner text.
  const title = (await link.textContent()) ?? '';
  const href = (await link.getAttribute('href')) ?? '';
  const ids = new URLSearchParams(href.slice(1)).get('m')?.split(',') ?? [];
  expect(ids).toHaveLength(2);
  expect(title.split(' vs ')).toHaveLength(2);

  await link.focus();
  await expectFocused(link);
  await press(page, 'Enter');
  await expect(page).toHaveURL(new RegExp(`[?&]m=${ids.join(',').replace(/\./g, '\\.')}(&|$)`));
  await expect(page.locator('#main')).toBeFocused();
  const [first, second] = title.split(' vs ');
  await expect(verdict(page)).toContainText(first ?? '');
  await expect(verdict(page)).toContainText(second ?? '');
  await expect(page.getByRole('table', { name: 'Specifications' }).locator('thead th')).toContainText([
    '',
    first ?? '',
    second ?? '',
  ]);

  await page.goBack();
  await expect(verdict(page)).toContainText('Kimi K2.5 costs');

  // The same link opened as a page of its own (a new tab, a shared copy) shows that comparison.
  await page.goto(href);
  await waitForLiveApp(page);
  await expect(verdict(page)).toContainText(first ?? '');
});

test('switch friction cites the vendor’s parameter rules; self-hosting lists every stated precision', async ({
  page,
}) => {
  await openComparison(page, DEFAULT_PAIR, OPEN);
  const friction = page.getByRole('region', { name: 'Switch friction' });
  await friction.scrollIntoViewIfNeeded();
  const line = friction.getByText(
    /^Kimi K2\.5 fixes temperature at 1\.0 with thinking enabled and 0\.6 with thinking disabled/,
  );
  await expect(line).toContainText('GPT-4.1 lets a request set temperature');
  await line.getByRole('button', { name: /^Source: temperature, GPT-4\.1 → Kimi K2\.5, ref-moonshot/ }).click();
  await expect(line).toContainText('Moonshot AI');

  const table = page.getByRole('table', { name: 'Self-hosting estimate' });
  await table.scrollIntoViewIfNeeded();
  for (const [precision, gb] of [
    ['FP16', '2,000 GB'],
    ['INT4', '630 GB'],
    ['2-bit', '375 GB'],
    ['1.58-bit', '240 GB'],
  ] as const) {
    const row = table.getByRole('row').filter({ has: page.getByRole('cell', { name: precision, exact: true }) });
    await expect(row).toContainText(gb);
    await expect(row).toContainText('stated');
  }
});

for (const theme of ['light', 'dark'] as const) {
  test(`the verdict, suggestions, parameter friction and precision rows are axe clean, ${theme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await openComparison(page, DEFAULT_PAIR, OPEN);
    await expect(verdict(page)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Continue comparing' }).getByRole('link').first()).toBeAttached(OPEN);
    const precision = page
      .getByRole('table', { name: 'Self-hosting estimate' })
      .getByRole('button', { name: 'Source: 2-bit weights, Kimi K2.5' });
    await precision.scrollIntoViewIfNeeded();
    await precision.click();
    await expect(precision).toHaveAttribute('aria-expanded', 'true');
    await expectNoAxeViolations(page, `reference content, ${theme}`);
  });
}
