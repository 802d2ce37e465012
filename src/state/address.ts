/**
 * Reads what the browser holds about the comparison to open: the address bar, the current
 * history entry and the comparison saved in local storage. Imports nothing, so the page's
 * entry can read it before the app's script has loaded.
 */
import type { AddressSnapshot } from '../domain/link/start';

export const STORAGE_KEY = 'versus:last';

/** Storage may be missing, full or refused (private modes, quotas): the app carries on without it. */
export function readSaved(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/**
 * Each history entry the app writes carries the full query, custom entries included, so Back,
 * Forward and reload restore them even when the address bar had to leave them out for length.
 */
export interface EntryState {
  versus: string;
}

export function entryQuery(): string | undefined {
  const state: unknown = window.history.state;
  return typeof state === 'object' && state !== null && typeof (state as EntryState).versus === 'string'
    ? (state as EntryState).versus
    : undefined;
}

export const currentQuery = () => window.location.search.replace(/^\?/, '');

/** Rendered outside a browser (the build's prerender), the app stands at the site's root with nothing saved. */
const AT_ROOT: AddressSnapshot = { link: '', saved: null, entry: undefined };

export const readAddress = (): AddressSnapshot =>
  typeof window === 'undefined' ? AT_ROOT : { link: currentQuery(), saved: readSaved(), entry: entryQuery() };
