/**
 * Keeps the comparison store and the address bar in step, and the last comparison in local
 * storage. A discrete change (a pick, a currency, an option) pushes one history entry; a slider
 * drag makes one entry, written when the drag rests for DRAG_PAUSE_MS and when it ends, so Back
 * returns to the state before the drag and the history does not fill with every step. Writing
 * the address costs a few milliseconds, so none happens while the thumb is moving: that would
 * make some frames of the drag miss their paint. Arrow-key presses in quick succession count as
 * one drag. Back and Forward restore the state from the URL without pushing.
 */
import type { CustomEntries } from '../domain/custom/entry';
import { decode, encode, encodeLink, type DecodedLink, type KnownIds } from '../domain/link/codec';
import { writeCustomEntries } from '../domain/link/custom';
import { startingQueryOf, type StartingQuery } from '../domain/link/start';
import { currentQuery, entryQuery, readAddress, readSaved, STORAGE_KEY, type EntryState } from './address';
import { comparisonSnapshot, useComparisonStore } from './comparison-store';
import { noteStorageWrite } from './storage-status';

export { STORAGE_KEY } from './address';
/** A drag resting this long has its place written to the address, before it is released. */
export const DRAG_PAUSE_MS = 300;
/** A drag with no step for this long is over even if its final commit never came. */
const DRAG_IDLE_MS = 1000;

export interface UrlNotice {
  /** Where the state came from: a link (the address bar) or the comparison saved last time. */
  source: StartingQuery['source'];
  messages: string[];
  /** The user's own custom entries from before, which an opened link replaced; they can add them back. */
  setAside?: CustomEntries;
}

function save(full: string): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, full);
    noteStorageWrite(true);
  } catch {
    // The comparison still lives in the URL; the panels of the user's own entries say they will not be kept.
    noteStorageWrite(false);
  }
}

function addressOf(query: string): string {
  const { pathname, hash } = window.location;
  return `${pathname}${query ? `?${query}` : ''}${hash}`;
}

const startingQuery = () => startingQueryOf(readAddress());

function apply(decoded: DecodedLink): void {
  useComparisonStore.getState().replaceState(decoded.state);
}

/**
 * The user's saved custom entries when the link about to replace the comparison lacks them:
 * without this, opening a colleague's link would overwrite prices typed here.
 */
function entriesSetAside(decoded: DecodedLink, known: KnownIds): CustomEntries | undefined {
  const saved = readSaved();
  if (!saved) return undefined;
  const own = decode(saved, known).state.custom;
  const ownText = writeCustomEntries(own);
  return ownText !== '' && ownText !== writeCustomEntries(decoded.state.custom) ? own : undefined;
}

/**
 * Reads the address bar (or the saved comparison) into the store. Call once, after the catalog
 * index has loaded, before the panels first render. Returns what was ignored, if anything.
 */
export function restoreFromAddress(known: KnownIds): UrlNotice | null {
  const start = startingQuery();
  if (!start) return null;
  const decoded = decode(start.query, known);
  const setAside = start.source === 'link' ? entriesSetAside(decoded, known) : undefined;
  apply(decoded);
  if (decoded.ignored.length === 0 && !setAside) return null;
  return { source: start.source, messages: decoded.ignored, ...(setAside ? { setAside } : {}) };
}

/**
 * Starts writing store changes to the history and storage, and restoring on Back and Forward.
 * `onNotice` receives what a restored history entry could not use. Returns the stop function.
 */
export function startUrlSync(known: KnownIds, onNotice: (notice: UrlNotice | null) => void): () => void {
  let applying = false;
  let dragging = false;
  /** The drag under way starts a new history entry, not yet written. */
  let entryPending = false;
  let releasedAt = -Infinity;
  let trailing: ReturnType<typeof setTimeout> | undefined;
  let idle: ReturnType<typeof setTimeout> | undefined;

  const write = (mode: 'push' | 'replace') => {
    const state = comparisonSnapshot(useComparisonStore.getState());
    const entry: EntryState = { versus: encodeLink(state, { maxLength: Infinity }).query };
    const link = encode(state);
    save(entry.versus);
    if (link === currentQuery() && entryQuery() === entry.versus) return;
    if (mode === 'push' && link !== currentQuery()) window.history.pushState(entry, '', addressOf(link));
    else window.history.replaceState(entry, '', addressOf(link));
  };
  const clearTimers = () => {
    clearTimeout(trailing);
    clearTimeout(idle);
    trailing = idle = undefined;
  };

  /** The drag's own entry: pushed by its first write, replaced by the later ones. */
  const writeDrag = () => {
    write(entryPending ? 'push' : 'replace');
    entryPending = false;
  };

  const onTransient = () => {
    clearTimeout(idle);
    idle = setTimeout(() => {
      clearTimers();
      if (dragging) writeDrag();
      dragging = false;
    }, DRAG_IDLE_MS);
    if (!dragging) {
      dragging = true;
      // A step soon after a drag's release, nothing else changed between, goes on with that
      // drag's entry: a run of arrow-key presses (each one a step and a release) is one entry.
      entryPending = Date.now() - releasedAt >= DRAG_IDLE_MS;
    }
    clearTimeout(trailing);
    trailing = setTimeout(() => {
      trailing = undefined;
      writeDrag();
    }, DRAG_PAUSE_MS);
  };

  const onDiscrete = () => {
    clearTimers();
    // The commit at the end of a drag lands on the drag's own entry.
    if (dragging) writeDrag();
    else write('push');
    releasedAt = dragging ? Date.now() : -Infinity;
    dragging = false;
  };

  const unsubscribe = useComparisonStore.subscribe((state) => {
    if (applying) return;
    if (state.lastChangeTransient) onTransient();
    else onDiscrete();
  });

  const onPopState = () => {
    clearTimers();
    dragging = false;
    releasedAt = -Infinity;
    // The entry's full query where it has one; the saved comparison is not this entry's.
    const start = startingQueryOf({ link: currentQuery(), saved: null, entry: entryQuery() });
    const decoded = decode(start?.query ?? '', known);
    applying = true;
    try {
      apply(decoded);
    } finally {
      applying = false;
    }
    write('replace');
    onNotice(decoded.ignored.length > 0 ? { source: 'link', messages: decoded.ignored } : null);
  };
  window.addEventListener('popstate', onPopState);

  // The address bar shows the state in force from the start, so "Copy link" copies it.
  write('replace');
  return () => {
    clearTimers();
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
  };
}
