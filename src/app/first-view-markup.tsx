/**
 * The default comparison as markup, rendered once at build time (scripts/build/prerender-first-view.ts)
 * from the catalog files the build ships. It is the app itself, rendered from the same parsed
 * files the page would load, so its figures are the ones the live page then draws in its place.
 * Runs where a browser at the site's root address is simulated: the app reads the address bar
 * in its first render.
 */
import { renderToStaticMarkup } from 'react-dom/server';
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

/** Throws with the parser's own message when a file is unusable: the build must not ship a broken first view. */
export function firstViewMarkup(files: FirstViewFiles): string {
  const client = createQueryClient();
  const index = parseCatalogIndex(files.index);
  if (!index.ok) throw new Error(index.reason);
  client.setQueryData(catalogQueries.index().queryKey, index.data);
  for (const id of firstViewModelIds()) {
    const model = parseModel(files.models[id], id);
    if (!model.ok) throw new Error(model.reason);
    client.setQueryData(catalogQueries.model(id).queryKey, model.data);
  }
  return renderToStaticMarkup(<App queryClient={client} />);
}
