import fc from 'fast-check';
import { startingQueryOf, type AddressSnapshot } from '../domain/link/start';
import { firstViewShown, hideFirstView, opensOnDefault, releaseFirstView, showFirstView } from './first-view';

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
    // The copy goes straight into #root, as the app renders it there: React adopts it as it is.
    const root = document.getElementById('root')!;
    expect(root.firstElementChild?.tagName).toBe('MAIN');
    expect(root.inert).toBe(true);
    expect(root.getAttribute('aria-busy')).toBe('true');
    expect(root.querySelector('table[aria-label="Monthly cost"] td')?.textContent).toBe('$615.00');
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

  it('takes input once the app has committed its first render, keeping the page as it is', () => {
    writePage(PRERENDERED);
    showFirstView(atDefault);
    const table = document.querySelector('#root table');
    releaseFirstView();
    const root = document.getElementById('root')!;
    expect(firstViewShown()).toBe(false);
    expect(root.inert).toBe(false);
    expect(root.hasAttribute('aria-busy')).toBe(false);
    expect(document.querySelector('#root table')).toBe(table);
  });

  it('puts the loading line back when the app cannot start, so its message has a place', () => {
    writePage(PRERENDERED);
    showFirstView(atDefault);
    hideFirstView();
    expect(firstViewShown()).toBe(false);
    expect(document.getElementById('root')!.inert).toBe(false);
    expect(document.querySelector('#root .notice')?.textContent).toBe('Loading Versus…');
    expect(document.querySelector('#root table')).toBeNull();
  });
});
