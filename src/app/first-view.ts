/**
 * What stands in for the app while its script and the catalog load. On the default comparison it
 * is the page prerendered into index.html at build time (scripts/build/prerender-first-view.ts),
 * put on screen by the page's entry well before the app's script and the catalog have arrived. A
 * link or a saved comparison names other models, which no build can prerender: there the entry
 * shows the compared models' monthly cost as soon as their files are in (first-figures.tsx). Both
 * are inert until the app has drawn the live page over or in place of them (src/app/main.tsx).
 * Part of the entry, so it imports no code, only types.
 */
import type { AddressSnapshot } from '../domain/link/start';

/** On #root while it holds the prerendered copy and nothing in it works yet. */
export const SHOWN_CLASS = 'first-view';
/** On #root while it holds a link's first figures. */
export const FIGURES_CLASS = 'first-figures';

/** Set once the app has begun to draw #root: from then on nothing else may write there. */
let appDrawing = false;

/** The loading line the copy replaced, to put back if the app cannot start. */
let loadingLine: Node[] = [];

/** True when the page opens on the default comparison: no query in the link and none saved (as in startingQueryOf). */
export const opensOnDefault = ({ link, saved }: AddressSnapshot): boolean => link === '' && !saved;

const pageRoot = (): HTMLElement | null => document.getElementById('root');

/** A stand-in is inert (no focus, no clicks) and marked busy because nothing in it works yet. */
function markShown(root: HTMLElement, shown: false | typeof SHOWN_CLASS | typeof FIGURES_CLASS): void {
  root.classList.toggle(SHOWN_CLASS, shown === SHOWN_CLASS);
  root.classList.toggle(FIGURES_CLASS, shown === FIGURES_CLASS);
  root.inert = shown !== false;
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
  markShown(root, SHOWN_CLASS);
  return true;
}

/**
 * Puts a link's first figures (`panel`) in the page's main region in place of the loading line,
 * followed by a line saying the rest is on its way, unless the app has begun to draw the page or
 * something else stands in already. Returns whether it did.
 */
export function showFirstFigures(panel: Element): boolean {
  const root = pageRoot();
  const main = root?.querySelector('main');
  if (!root || !main || appDrawing || standInShown()) return false;
  loadingLine = [...root.childNodes].map((node) => node.cloneNode(true));
  const rest = document.createElement('p');
  rest.className = 'notice';
  rest.textContent = 'Loading the rest of the comparison…';
  main.replaceChildren(panel, rest);
  markShown(root, FIGURES_CLASS);
  return true;
}

/** Settles once a link's first figures are on screen or will not be. */
let figuresSettled: Promise<unknown> = Promise.resolve();

/** The entry is working out a link's first figures: the app waits for them before it draws. */
export function expectFirstFigures(shown: Promise<unknown>): void {
  figuresSettled = shown.catch(() => undefined);
}

export const firstFiguresSettled = (): Promise<unknown> => figuresSettled;

/** The app begins to draw #root: a stand-in still on screen stays until it has, nothing new comes. */
export function markAppDrawing(): void {
  appDrawing = true;
}

/** Puts the loading line back in place of a stand-in, so that a message about the failed start can go there. */
export function hideFirstView(): void {
  const root = pageRoot();
  if (!root || !standInShown()) return;
  root.replaceChildren(...loadingLine);
  markShown(root, false);
}

/** The app has committed its first render, over a stand-in or in its place: the page takes input from now on. */
export function releaseFirstView(): void {
  const root = pageRoot();
  if (root && standInShown()) markShown(root, false);
}

/** Whether the prerendered comparison is on screen and the app has not taken it over yet. */
export const firstViewShown = (): boolean => pageRoot()?.classList.contains(SHOWN_CLASS) ?? false;

/** Whether the prerendered comparison or a link's first figures are on screen, before the app's own page. */
export const standInShown = (): boolean => firstViewShown() || (pageRoot()?.classList.contains(FIGURES_CLASS) ?? false);
