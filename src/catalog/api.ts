/**
 * Fetchers for the catalog files. They turn every failure (network, HTTP status, bad JSON,
 * bad shape) into a CatalogError with a message meant for the user, so views only ever see
 * a query's error state, never a raw exception.
 */
import type { CatalogIndex, Model } from '../domain/types';
import { catalogUrl, peekEarly, takeEarly, type EarlyFile } from './early-requests';
import { parseCatalogIndex, parseModel, type Parsed } from './parse';

export class CatalogError extends Error {
  override name = 'CatalogError';
}

/** Path of a model's detail file; ids are slugs, encoded anyway so a hostile id cannot escape the folder. */
export const modelPath = (id: string) => `models/${encodeURIComponent(id)}.json`;

/**
 * How long one catalog file may take, body included. A server that never answers would
 * otherwise leave the loading state up forever; past this the user gets an error and a retry.
 */
export const CATALOG_TIMEOUT_MS = 20_000;

const timedOutError = (what: string) =>
  new CatalogError(
    `The server did not answer within ${CATALOG_TIMEOUT_MS / 1000} s for ${what}. Check the connection and retry.`,
  );

/**
 * The early request for `path`, under the same time limit as a fetch made here: the worker's
 * clock is its own, and the page must give up on a file at the same moment either way.
 */
function takeEarlyWithin(path: string, what: string): Promise<EarlyFile | undefined> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(timedOutError(what)), CATALOG_TIMEOUT_MS);
    takeEarly(path)
      .then(resolve, reject)
      .finally(() => clearTimeout(timer));
  });
}

async function fetchJson(
  path: string,
  what: string,
  signal?: AbortSignal,
  parseAfter?: Promise<unknown>,
): Promise<unknown> {
  // One controller for both causes of abort: the query being cancelled and the time limit.
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, CATALOG_TIMEOUT_MS);
  const cancel = () => controller.abort();
  signal?.addEventListener('abort', cancel, { once: true });
  let response: Response;
  let text: string;
  try {
    response = await fetch(catalogUrl(path), { signal: controller.signal });
    text = await response.text();
  } catch (error) {
    if (signal?.aborted) throw error;
    if (timedOut) throw timedOutError(what);
    throw new CatalogError(`Could not reach the server for ${what}. Check the connection and retry.`);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', cancel);
  }
  if (!response.ok) throw new CatalogError(`The server answered ${response.status} for ${what}.`);
  await parseAfter;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new CatalogError(
      `The ${what} is not valid JSON (${text.length.toLocaleString('en-US')} bytes received; the file may be truncated).`,
    );
  }
}

/** A file the first-view worker fetched and checked: its result as if fetched here. */
function fromEarly<T>(early: EarlyFile): Parsed<T> {
  if (!early.ok) throw new CatalogError(early.message);
  return JSON.parse(early.json) as Parsed<T>;
}

/** `parseAfter`: the index downloads at once but is parsed, a long task, only once that has settled. */
export async function fetchCatalogIndex(
  signal?: AbortSignal,
  parseAfter?: Promise<unknown>,
): Promise<Parsed<CatalogIndex>> {
  const early = await takeEarlyWithin('index.json', 'catalog index');
  if (early) return fromEarly<CatalogIndex>(early);
  const raw = await fetchJson('index.json', 'catalog index', signal, parseAfter);
  const parsed = parseCatalogIndex(raw);
  if (!parsed.ok) throw new CatalogError(parsed.reason);
  return parsed.data;
}

export async function fetchModel(id: string, signal?: AbortSignal): Promise<Parsed<Model>> {
  const early = await takeEarlyWithin(modelPath(id), `data of model "${id}"`);
  if (early) return fromEarly<Model>(early);
  return downloadModel(id, signal);
}

/**
 * A model's file as the first view's early request delivers it, leaving it to be taken by the
 * app's own read; fetched here where there was none.
 */
export async function readModelEarly(id: string): Promise<Parsed<Model>> {
  const early = await peekEarly(modelPath(id));
  return early ? fromEarly<Model>(early) : downloadModel(id);
}

async function downloadModel(id: string, signal?: AbortSignal): Promise<Parsed<Model>> {
  const raw = await fetchJson(modelPath(id), `data of model "${id}"`, signal);
  const parsed = parseModel(raw, id);
  if (!parsed.ok) throw new CatalogError(parsed.reason);
  return parsed.data;
}
