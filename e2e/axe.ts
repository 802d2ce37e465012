import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.0 and 2.1, levels A and AA: what the app promises. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Fails with one readable line per violation and the first elements it hit, so a report says
 * what to fix without opening the trace. `include`, a CSS selector, limits the check to one part
 * of the page, where the whole of a large comparison would take axe minutes.
 */
export async function expectNoAxeViolations(page: Page, state: string, include?: string): Promise<void> {
  await drawEveryPanel(page);
  const builder = new AxeBuilder({ page }).withTags(TAGS);
  const results = await (include ? builder.include(include) : builder).analyze();
  const lines = results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'n/a'}): ${v.help} at ${v.nodes
        .slice(0, 4)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
  expect(lines, `axe violations with ${state}`).toEqual([]);
}

/**
 * Scrolls the page through and back, a frame per step. Panels off screen are not rendered until
 * they near the viewport (content-visibility), and a reader or a Tab key brings each one near
 * before reaching it; axe reads every panel at once, so each is drawn once first, as it would be
 * by then (a wide table's scroll region takes its tab stop when its panel is first laid out).
 */
async function drawEveryPanel(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const start = window.scrollY;
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await frame();
    }
    window.scrollTo(0, start);
    await frame();
  });
}
