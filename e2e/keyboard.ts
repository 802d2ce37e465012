import { expect, type Locator, type Page } from '@playwright/test';
import { openComparison } from './comparison-url';
import { serveFixtureCatalog } from './fixture-catalog';
import { costRow } from './pick';

/** What has the focus, in words, for failure messages: tag, role and name. */
export const describeFocus = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return '<body>';
    const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? '';
    return `<${el.tagName.toLowerCase()}${el.getAttribute('role') ? ` role=${el.getAttribute('role')}` : ''}> “${name}”`;
  });

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus and returns how many presses it took;
 * fails with the last stops it went through when `max` presses were not enough.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  { max = 40, backward = false }: { max?: number; backward?: boolean } = {},
): Promise<number> {
  await expect(target, 'the control to Tab to is on the page').toBeAttached();
  const key = backward ? 'Shift+Tab' : 'Tab';
  const path: string[] = [];
  for (let presses = 0; presses <= max; presses += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return presses;
    if (presses === max) break;
    await page.keyboard.press(key);
    // Only the last stops go into the failure message, and only they cost a look.
    if (presses >= max - 8) path.push(await describeFocus(page));
  }
  throw new Error(`${key} did not reach ${target} in ${max} presses; the last stops: ${path.join(' → ')}`);
}

/** The focus is on `target` and shows: a focus outline that is drawn, as keyboard focus (:focus-visible). */
export async function expectFocused(target: Locator): Promise<void> {
  await expect(target).toBeFocused();
  const ring = await target.evaluate((el) => {
    const style = getComputedStyle(el);
    return { visible: el.matches(':focus-visible'), style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(ring.visible, `${target} matches :focus-visible`).toBe(true);
  expect(ring.style, `${target} has a focus outline`).not.toBe('none');
  expect(ring.width, `${target}'s focus outline is at least 2 px wide`).toBeGreaterThanOrEqual(2);
}

/** After an action, the focus is on some element of the page, not dropped to <body>. */
export async function expectFocusKept(page: Page): Promise<void> {
  await expect
    .poll(() => describeFocus(page), { message: 'the focus is not lost to <body>', timeout: 2000 })
    .not.toBe('<body>');
}

/** Ctrl+A, then types `text`: replaces a text field's content the way a person does. */
export async function retype(page: Page, text: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
}

/** Every interaction below is a key press; page.goto is the only other way the tests move the page. */
export const press = (page: Page, key: string) => page.keyboard.press(key);

/** Opens the fixture catalog's Alpha 1 and Beta 2 at the default traffic: $852.00 and $3,600 a month. */
export async function openFixtureComparison(page: Page, ids = ['alpha-1', 'beta-2']) {
  await serveFixtureCatalog(page);
  await openComparison(page, ids);
  await expect(costRow(page, 'Alpha 1')).toContainText('$852.00');
}

export const monthly = (page: Page, model: string) => costRow(page, model).getByRole('cell').nth(1);
