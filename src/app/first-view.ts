/**
 * The default comparison prerendered into index.html (scripts/build/prerender-first-view.ts).
 * The page's entry puts it on screen when the page opens on the default comparison, well before
 * the app's script and the catalog have arrived; it is inert until the app has taken it over
 * (src/app/main.tsx). A link or a saved comparison opens something else, so those pages keep the
 * loading line instead. Part of the entry, so it imports no code, only types.
 */
import type { AddressSnapshot } from '../domain/link/start';

/** On #root while it holds the copy and nothing in it works yet. */
export const SHOWN_CLASS = 'first-view';

/** The loading line the copy replaced, to put back if the app cannot start. */
let loadingLine: Node[] = [];

/** True when the page opens on the default comparison: no query in the link and none saved (as in startingQueryOf). */
export const opensOnDefault = ({ link, saved }: AddressSnapshot): boolean => link === '' && !saved;

const pageRoot = (): HTMLElement | null => document.getElementById('root');

/** The copy is inert (no focus, no clicks) and marked busy because nothing in it works yet. */
function markShown(root: HTMLElement, shown: boolean): void {
  root.classList.toggle(SHOWN_CLASS, shown);
  root.inert = shown;
  if (shown) root.setAttribute('aria-busy', 'true');
  else root.removeAttribute('aria-busy');
}

/**
 * Puts the prerendered comparison in #root in place of the loading line, when there is one and
 * the page opens on it. Returns whether it did.
 */
export function showFirstView(address: AddressSnapshot): boolean {
  const template = document.getElementById('first-view');
  const root = pageRoot();
  if (!(template instanceof HTMLTemplateElement) || !root) return false;
  if (!opensOnDefault(address) || template.content.childElementCount === 0) return false;
  loadingLine = [...root.childNodes];
  root.replaceChildren(template.content.cloneNode(true));
  markShown(root, true);
  return true;
}

/** Puts the loading line back in place of the copy, so that a message about the failed start can go there. */
export function hideFirstView(): void {
  const root = pageRoot();
  if (!root || !firstViewShown()) return;
  root.replaceChildren(...loadingLine);
  markShown(root, false);
}

/** The app has committed its first render, over the copy or in its place: the page takes input from now on. */
export function releaseFirstView(): void {
  const root = pageRoot();
  if (root && firstViewShown()) markShown(root, false);
}

/** Whether the prerendered comparison is on screen and the app has not taken it over yet. */
export const firstViewShown = (): boolean => pageRoot()?.classList.contains(SHOWN_CLASS) ?? false;
