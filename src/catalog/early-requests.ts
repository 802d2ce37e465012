/**
 * The first view's catalog files, requested by the page's entry before the app's script has
 * arrived: a worker downloads and parses the index and the starting models' files while the
 * script downloads and starts, so neither waits for the other and the main thread parses
 * nothing but the worker's checked result. The app's first read of each file takes it over; a
 * retry fetches anew. Part of the entry, so it imports no code, only types.
 */
import type { AddressSnapshot } from '../domain/link/start';

/** Absolute, so that fetch behaves the same in the browser, in a worker and in tests. */
export const catalogUrl = (path: string) =>
  new URL(
    `${import.meta.env.BASE_URL}catalog/${path}`,
    typeof document === 'undefined' ? self.location.href : document.baseURI,
  ).href;

/** One file's outcome: its parsed content as JSON text, or the message of the CatalogError met. */
export type EarlyFile = { ok: true; json: string } | { ok: false; message: string };

/** What the worker posts: first the paths it is fetching, then each file as it is ready. */
export type WorkerMessage = { paths: string[] } | { path: string; file: EarlyFile };

let listed: Promise<ReadonlySet<string>> | undefined;
/** Each file's outcome; undefined when the worker failed before delivering it. */
const files = new Map<string, { promise: Promise<EarlyFile | undefined>; resolve: (file?: EarlyFile) => void }>();
const taken = new Set<string>();

function fileEntry(path: string) {
  let entry = files.get(path);
  if (!entry) {
    let resolve!: (file?: EarlyFile) => void;
    const promise = new Promise<EarlyFile | undefined>((done) => (resolve = done));
    entry = { promise, resolve };
    files.set(path, entry);
  }
  return entry;
}

export function requestFirstViewEarly(address: AddressSnapshot): void {
  if (typeof Worker !== 'function') return;
  listed = new Promise((resolveList) => {
    let worker: Worker | undefined;
    // The app then fetches whatever the worker did not deliver.
    const stop = () => {
      resolveList(new Set());
      for (const entry of files.values()) entry.resolve(undefined);
      worker?.terminate();
    };
    try {
      // The address goes in the worker's name, not a message: a message posted now would be
      // handed over only once the main thread is free again, after the app's script has run.
      worker = new Worker(new URL('./first-view-worker.ts', import.meta.url), {
        type: 'module',
        name: JSON.stringify(address),
      });
    } catch {
      stop();
      return;
    }
    let waiting = 0;
    worker.onmessage = ({ data }: MessageEvent<WorkerMessage>) => {
      if ('paths' in data) {
        waiting = data.paths.length;
        resolveList(new Set(data.paths));
        return;
      }
      fileEntry(data.path).resolve(data.file);
      waiting -= 1;
      if (waiting === 0) worker?.terminate();
    };
    worker.onerror = (event) => {
      event.preventDefault();
      stop();
    };
  });
}

/**
 * The early outcome for `path`, leaving it for the app to take: a link's first figures read the
 * compared models' files this way (src/app/first-figures.tsx). Undefined as for takeEarly.
 */
export async function peekEarly(path: string): Promise<EarlyFile | undefined> {
  if (!listed || !(await listed).has(path)) return undefined;
  return fileEntry(path).promise;
}

/**
 * The early outcome for `path`, once; undefined when the entry did not request it, it was
 * taken already, or the worker failed (then the caller fetches it itself).
 */
export async function takeEarly(path: string): Promise<EarlyFile | undefined> {
  if (!listed || taken.has(path)) return undefined;
  taken.add(path);
  if (!(await listed).has(path)) return undefined;
  return fileEntry(path).promise;
}
