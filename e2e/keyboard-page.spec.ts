/** The keyboard alone across the page: every Tab stop, the skip link, the header's controls, notices, a narrow screen. */
import { expect, test } from '@playwright/test';
import { drawCharts } from './charts';
import { openComparison } from './comparison-url';
import { serveFixtureCatalog } from './fixture-catalog';
import { describeFocus, expectFocused, expectFocusKept, openFixtureComparison, press, tabTo } from './keyboard';

test('every Tab stop shows a focus ring unlike the control at rest, and Shift+Tab walks the same stops back', async ({
  page,
}) => {
  // A walk of more than a hundred key presses, each checked: three times the usual time limit.
  test.slow();
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

test('the skip link moves the focus into the comparison, and the theme control switches with the arrow keys', async ({
  page,
}) => {
  await openFixtureComparison(page);
  await press(page, 'Tab');
  const skip = page.getByRole('link', { name: 'Skip to the comparison' });
  await expectFocused(skip);
  expect((await skip.boundingBox())?.x).toBeGreaterThanOrEqual(0);

  await press(page, 'Enter');
  await expect(page.locator('main')).toBeFocused();
  // The first stops of the comparison: the prices' age warning where the figures are old, then Copy link.
  await tabTo(page, page.getByRole('button', { name: 'Copy link' }), { max: 2 });
  await expectFocused(page.getByRole('button', { name: 'Copy link' }));

  // The theme is one stop: the chosen radio button; arrow keys move the choice.
  const theme = page.getByRole('group', { name: 'Theme' });
  const system = theme.getByRole('radio', { name: 'System' });
  await tabTo(page, system, { backward: true, max: 3 });
  await expectFocused(system);
  await press(page, 'ArrowLeft');
  await expect(theme.getByRole('radio', { name: 'Dark' })).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectFocused(theme.getByRole('radio', { name: 'Dark' }));
  await press(page, 'ArrowLeft');
  await expect(theme.getByRole('radio', { name: 'Light' })).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await press(page, 'ArrowRight');
  await press(page, 'ArrowRight');
  await expect(system).toBeChecked();
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
  // On into the comparison: the prices' age warning where the figures are old, then Copy link.
  await tabTo(page, page.getByRole('button', { name: 'Copy link' }), { max: 2 });
  await expectFocused(page.getByRole('button', { name: 'Copy link' }));
});
