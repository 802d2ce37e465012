/**
 * The default comparison prerendered into index.html (scripts/build/prerender-first-view.ts).
 * The page's entry puts it on screen when the page opens on the default comparison, well before
 * the app's script and the catalog have arrived; it is inert until the app draws the live page
 * over it. A link or a saved comparison opens something else, so those pages keep the loading
 * line instead. Part of the entry, so it imports no code, only types.
 */
import type { AddressSnapshot } from '../domain/url-start';

const SHOWN_CLASS = 'first-view';

/** The loading line the copy replaced, to put back if the app cannot start. */
let loadingLine: Node[] = [];

/** True when the page opens on the default comparison: no query in the link and none saved (as in startingQueryOf). */
export const opensOnDefault = ({ link, saved }: AddressSnapshot): boolean => link === '' && !saved;

/**
 * Replaces the loading line with the prerendered comparison, when there is one and the page
 * opens on it. Returns whether it did. The copy is inert (no focus, no clicks) because nothing
 * behind it works yet; React's first render into #root removes it.
 */
export function showFirstView(address: AddressSnapshot): boolean {
  const template = document.getElementById('first-view');
  const root = document.getElementById('root');
  if (!(template instanceof HTMLTemplateElement) || !root) return false;
  if (!opensOnDefault(address) || template.content.childElementCount === 0) return false;
  const copy = document.createElement('div');
  copy.className = SHOWN_CLASS;
  copy.inert = true;
  copy.setAttribute('aria-busy', 'true');
  copy.append(template.content.cloneNode(true));
  loadingLine = [...root.childNodes];
  root.replaceChildren(copy);
  return true;
}

/** Puts the loading line back in place of the copy, so that a message about the failed start can go there. */
export function hideFirstView(): void {
  const root = document.getElementById('root');
  if (root && firstViewShown()) root.replaceChildren(...loadingLine);
}

/** Whether the prerendered comparison is on screen, i.e. the app has not rendered yet. */
export const firstViewShown = (): boolean => document.querySelector(`#root > .${SHOWN_CLASS}`) !== null;
