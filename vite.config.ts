import react from '@vitejs/plugin-react';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { deployHeaders } from './scripts/build/headers.ts';
import { precompress } from './scripts/build/precompress.ts';
import { preloadApp } from './scripts/build/preload-app.ts';
import { prerenderFirstView } from './scripts/build/prerender-first-view.ts';

/**
 * The built app's Content-Security-Policy, as a meta tag so it travels with the files to any
 * host. No inline script may run; styles allow inline attributes because the chart library
 * positions elements with style attributes. Only the production build gets it: the dev server
 * injects inline scripts of its own. Served as a response header too, where the host allows
 * (dist/_headers and deploy/nginx.conf, from scripts/build/headers.ts).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'versus-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * The mock service worker (public/mockServiceWorker.js) serves `VITE_MSW=1 npm run dev` only; a
 * deployed site must not ship a script that can stand in for its network.
 */
function withoutMockWorker(): Plugin {
  let outDir = '';
  return {
    name: 'versus-without-mock-worker',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    writeBundle: {
      sequential: true,
      order: 'pre',
      handler() {
        rmSync(resolve(outDir, 'mockServiceWorker.js'), { force: true });
      },
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    preloadApp('src/app/main.tsx'),
    prerenderFirstView(),
    withoutMockWorker(),
    deployHeaders(CONTENT_SECURITY_POLICY),
    precompress(),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    // dist/.vite/manifest.json: the chunk graph the byte budgets read (scripts/bench/check-bytes.ts).
    manifest: true,
  },
  // The first view's catalog worker (src/catalog/first-view-worker.ts) is a module, like the app.
  worker: { format: 'es' },
  preview: { port: 4173, strictPort: true },
});
