import fc from 'fast-check';
import { startingQueryOf, type AddressSnapshot } from '../domain/link/start';
import {
  FIGURES_CLASS,
  firstViewShown,
  hideFirstView,
  markAppDrawing,
  opensOnDefault,
  releaseFirstView,
  showFirstFigures,
  showFirstView,
  standInShown,
} from './first-view';

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

describe('showFirstFigures', () => {
  const figures = () => {
    const panel = document.createElement('section');
    panel.innerHTML = '<table aria-label="Monthly cost"><tbody><tr><td>$3,600.00</td></tr></tbody></table>';
    return panel;
  };

  it('puts a link’s figures in the main region under the header, inert, with a line saying the rest is coming', () => {
    writePage(PRERENDERED);
    expect(showFirstFigures(figures())).toBe(true);
    const root = document.getElementById('root')!;
    expect(standInShown()).toBe(true);
    expect(firstViewShown()).toBe(false);
    expect(root.classList.contains(FIGURES_CLASS)).toBe(true);
    expect(root.inert).toBe(true);
    expect(root.getAttribute('aria-busy')).toBe('true');
    expect(root.querySelector('header')?.textContent).toBe('Versus');
    expect(root.querySelector('main td')?.textContent).toBe('$3,600.00');
    expect(root.querySelector('main .notice')?.textContent).toBe('Loading the rest of the comparison…');
  });

  it('is released like the prerendered copy, and gives way to the loading line when the app cannot start', () => {
    writePage(PRERENDERED);
    showFirstFigures(figures());
    releaseFirstView();
    expect(standInShown()).toBe(false);
    expect(document.getElementById('root')!.inert).toBe(false);

    writePage(PRERENDERED);
    showFirstFigures(figures());
    hideFirstView();
    expect(standInShown()).toBe(false);
    expect(document.querySelector('#root .notice')?.textContent).toBe('Loading Versus…');
    expect(document.querySelector('#root td')).toBeNull();
  });

  it('never writes over the prerendered copy, nor over the app once it has begun to draw', () => {
    writePage(PRERENDERED);
    showFirstView(atDefault);
    expect(showFirstFigures(figures())).toBe(false);
    expect(document.querySelector('#root td')?.textContent).toBe('$615.00');

    writePage(PRERENDERED);
    markAppDrawing();
    expect(showFirstFigures(figures())).toBe(false);
    expect(document.querySelector('#root .notice')?.textContent).toBe('Loading Versus…');
  });
});
