/**
 * Puts the default comparison, rendered by the app from the catalog this build ships, into
 * index.html as a <template>. The page's entry shows it when the page opens on the default
 * comparison, so the figures are on screen before the app's script and the catalog have
 * arrived and run; the app replaces it with the live page when that is ready
 * (src/app/first-view.ts). Beside it goes the catalog summary a link's first figures need
 * (src/catalog/page-summary.ts).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createServer, type Plugin } from 'vite';
import type * as FirstView from '../../src/app/first-view-markup';
import { pageSummaryOf, pageSummaryScript } from '../../src/catalog/page-summary';
import type { CatalogIndex } from '../../src/domain/types';

/** Where index.html keeps the template; the build fills it. */
export const FIRST_VIEW_SLOT = '<template id="first-view"></template>';

/** The app's markup for the default comparison, rendered through Vite so its imports resolve as in the app. */
export async function renderFirstView(root: string, catalogDir: string): Promise<string> {
  const readJson = (path: string): unknown => JSON.parse(readFileSync(join(catalogDir, path), 'utf8'));
  const server = await createServer({
    root,
    logLevel: 'error',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    appType: 'custom',
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const app = (await server.ssrLoadModule('/src/app/first-view-markup.tsx')) as typeof FirstView;
    const ids = app.firstViewModelIds();
    const models = Object.fromEntries(ids.map((id) => [id, readJson(`models/${encodeURIComponent(id)}.json`)]));
    return app.firstViewMarkup({ index: readJson('index.json'), models });
  } finally {
    await server.close();
  }
}

export function prerenderFirstView(): Plugin {
  let root = '';
  let catalogDir = '';
  return {
    name: 'versus-prerender-first-view',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      catalogDir = resolve(config.publicDir, 'catalog');
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        if (!html.includes(FIRST_VIEW_SLOT)) throw new Error(`index.html has no ${FIRST_VIEW_SLOT} to fill.`);
        const markup = await renderFirstView(root, catalogDir);
        // Checked where it is read; an index without these lists fails the render above first.
        const index = JSON.parse(readFileSync(join(catalogDir, 'index.json'), 'utf8')) as CatalogIndex;
        const summary = pageSummaryScript(pageSummaryOf(index));
        return html.replace(FIRST_VIEW_SLOT, () => `<template id="first-view">${markup}</template>${summary}`);
      },
    },
  };
}
