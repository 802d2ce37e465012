import { expect, type Page } from '@playwright/test';
import { FIGURES_CLASS, SHOWN_CLASS } from '../src/app/first-view';

/** The three models the reference pages compare, as a link names them (see src/domain/link/keys.ts). */
export const THREE_MODELS = ['kimi-k2.5', 'qwen3.5-4b', 'gpt-4.1'] as const;
export const THREE_MODEL_NAMES = ['Kimi K2.5', 'Qwen3.5-4B', 'GPT-4.1'] as const;

/** The reference pages' three models and five more of the most compared: the page at its fullest. */
export const EIGHT_MODELS = [
  'kimi-k2.5',
  'qwen3.5-4b',
  'gpt-4.1',
  'claude-opus-4.6',
  'deepseek-v3.2',
  'gemini-2.5-pro',
  'gpt-4.1-mini',
  'mistral-large-3',
];

export const comparisonUrl = (ids: readonly string[]) => `/?m=${ids.join(',')}`;

/**
 * Waits until the app has taken over the prerendered comparison or a link's first figures: before
 * that what is on screen is inert, so raw mouse and key presses (which, unlike locator actions, do
 * not wait for a control to take input) would go nowhere.
 */
export async function waitForLiveApp(page: Page): Promise<void> {
  await expect(page.locator('#root')).not.toHaveClass(new RegExp(`\\b(${SHOWN_CLASS}|${FIGURES_CLASS})\\b`));
}

/**
 * Opens a comparison by link and waits until every panel has its models' detail files; `timeout`
 * gives a comparison of many models, whose panels take longer to draw, more than the default.
 */
export async function openComparison(
  page: Page,
  ids: readonly string[] = THREE_MODELS,
  { timeout }: { timeout?: number } = {},
): Promise<void> {
  await page.goto(comparisonUrl(ids));
  const specs = page.getByRole('table', { name: 'Specifications' });
  await expect(specs.locator('thead th')).toHaveCount(ids.length + 1, { timeout });
  await expect(page.getByText(/^Loading (one model|\d+ models)…$/)).toHaveCount(0, { timeout });
  await waitForLiveApp(page);
}
