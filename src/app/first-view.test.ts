import fc from 'fast-check';
import { startingQueryOf, type AddressSnapshot } from '../domain/url-start';
import { firstViewShown, hideFirstView, opensOnDefault, showFirstView } from './first-view';

const atDefault: AddressSnapshot = { link: '', saved: null, entry: undefined };

/** index.html as the build writes it: the loading line in #root, the prerendered page in a template. */
function writePage(prerendered: string) {
  document.body.innerHTML = `
    <div id="root"><header>Versus</header><main><p class="notice">Loading Versus…</p></main></div>
    <template id="first-view">${prerendered}</template>`;
}

const PRERENDERED = '<main><table aria-label="Monthly cost"><tbody><tr><td>$615.00</td></tr></tbody></table></main>';

describe('opensOnDefault', () => {
  it('agrees with the app on when no comparison is asked for', () => {
    const address = fc.record({
      link: fc.oneof(fc.constant(''), fc.constantFrom('m=gpt-4.1', 'v=1&m=a,b', '?'), fc.string()),
      saved: fc.option(fc.oneof(fc.constant(''), fc.string()), { nil: null }),
      entry: fc.option(fc.string(), { nil: undefined }),
    });
    fc.assert(fc.property(address, (a) => opensOnDefault(a) === (startingQueryOf(a) === undefined)));
  });
});

describe('showFirstView', () => {
  it('puts the prerendered page in place of the loading line, inert, on the default comparison', () => {
    writePage(PRERENDERED);
    expect(showFirstView(atDefault)).toBe(true);
    expect(firstViewShown()).toBe(true);
    const copy = document.querySelector<HTMLElement>('#root > .first-view')!;
    expect(copy.inert).toBe(true);
    expect(copy.getAttribute('aria-busy')).toBe('true');
    expect(copy.querySelector('table[aria-label="Monthly cost"] td')?.textContent).toBe('$615.00');
    expect(document.querySelector('#root .notice')).toBeNull();
    // The template keeps its content: the copy is a clone.
    expect(document.querySelector('template')!.content.childElementCount).toBe(1);
  });

  it('keeps the loading line for a link, a saved comparison or a build without the prerendered page', () => {
    for (const [address, prerendered] of [
      [{ ...atDefault, link: 'm=gpt-4.1,claude-sonnet-4.5' }, PRERENDERED],
      [{ ...atDefault, saved: 'm=gpt-4.1' }, PRERENDERED],
      [atDefault, ''],
    ] as const) {
      writePage(prerendered);
      expect(showFirstView(address)).toBe(false);
      expect(firstViewShown()).toBe(false);
      expect(document.querySelector('#root .notice')?.textContent).toBe('Loading Versus…');
    }
  });

  it('puts the loading line back when the app cannot start, so its message has a place', () => {
    writePage(PRERENDERED);
    showFirstView(atDefault);
    hideFirstView();
    expect(firstViewShown()).toBe(false);
    expect(document.querySelector('#root .notice')?.textContent).toBe('Loading Versus…');
    expect(document.querySelector('#root table')).toBeNull();
  });
});
