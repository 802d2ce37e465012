/**
 * The default comparison as markup, rendered once at build time (scripts/build/prerender-first-view.ts)
 * from the catalog files the build ships. It is the app itself, rendered from the same parsed
 * files the page would load, so its figures are the ones the live page has, and the app in the
 * browser adopts this markup as its own first render.
 * Runs in Node, outside any browser: the app then stands at the site's root address with nothing
 * saved (src/state/address.ts), which is the default comparison.
 */
import type { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { catalogQueries } from '../catalog/catalog-queries';
import { parseCatalogIndex, parseModel } from '../catalog/parse';
import { DEFAULT_COMPARISON } from '../domain/comparison';
import { createQueryClient } from '../lib/query-client';
import { App } from './app';

/** The catalog files of the default comparison, as read from disk. */
export interface FirstViewFiles {
  index: unknown;
  /** Detail files by model id. */
  models: Readonly<Record<string, unknown>>;
}

/** The ids whose detail files the default comparison needs. */
export const firstViewModelIds = (): readonly string[] => DEFAULT_COMPARISON.modelIds;

/**
 * A query client holding the parsed files, as the page's would once they have loaded. Throws with
 * the parser's own message when a file is unusable: the build must not ship a broken first view.
 */
export function firstViewClient(files: FirstViewFiles): QueryClient {
  const client = createQueryClient();
  const index = parseCatalogIndex(files.index);
  if (!index.ok) throw new Error(index.reason);
  client.setQueryData(catalogQueries.index().queryKey, index.data);
  for (const id of firstViewModelIds()) {
    const model = parseModel(files.models[id], id);
    if (!model.ok) throw new Error(model.reason);
    client.setQueryData(catalogQueries.model(id).queryKey, model.data);
  }
  return client;
}

/** The default comparison's markup (see firstViewClient for what it throws). */
export function firstViewMarkup(files: FirstViewFiles): string {
  // renderToString, not renderToStaticMarkup: its markers between adjacent texts let React take
  // the markup over in the browser (src/app/main.tsx). The same tree as there, StrictMode included.
  const client = firstViewClient(files);
  try {
    return renderToString(
      <StrictMode>
        <App queryClient={client} />
      </StrictMode>,
    );
  } finally {
    // A build step leaves nothing scheduled: the cache's garbage-collection timers go with it.
    client.clear();
  }
}
