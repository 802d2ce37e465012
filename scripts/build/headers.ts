/**
 * The response headers the built site is served with, defined once for every way of serving it:
 * the build writes them to `dist/_headers` (the format Netlify and Cloudflare Pages read), and
 * `deploy/nginx.conf` carries the same values (`headers.test.ts` holds the two together, and
 * `e2e/deploy/nginx.deploy.ts` reads them off a running nginx).
 *
 * Caching follows from what is hashed. Files under /assets/ have their content's hash in their
 * name, so a browser may keep them for a year without asking again. Everything else keeps its
 * name from one deploy to the next and is revalidated on every use (`no-cache` still stores the
 * file; the server answers a conditional request with a bodiless 304 while it is unchanged):
 * index.html names the current assets, and the catalog's files (index, models, schemas) form one
 * version of the data with it, so a returning visitor never sees a model's prices from an older
 * catalog than the index beside them, nor a prerendered page from another build.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** Sent with every response, errors included. */
export function securityHeaders(contentSecurityPolicy: string): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    // Links to sources carry the site's origin, never the comparison in the address.
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    // A meta tag cannot carry the policy's frame-ancestors; this keeps the page out of frames.
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  };
}

/**
 * Cache-Control by path, in `_headers` path syntax. The paths do not overlap: where two rules
 * match one path, Cloudflare Pages joins their values with a comma. A path no rule names (a deep
 * link answered with index.html) gets the host's default, which on Netlify and Cloudflare Pages
 * is to revalidate on every use too; nginx sends `no-cache` there.
 */
export const CACHE_RULES: readonly { path: string; cacheControl: string }[] = [
  { path: '/', cacheControl: REVALIDATE },
  { path: '/index.html', cacheControl: REVALIDATE },
  { path: '/favicon.svg', cacheControl: REVALIDATE },
  { path: '/assets/*', cacheControl: IMMUTABLE },
  { path: '/catalog/*', cacheControl: REVALIDATE },
];

/** Whether a `_headers` path (a trailing `*` matches the rest) covers a request path. */
export function rulePathMatches(rulePath: string, pathname: string): boolean {
  return rulePath.endsWith('*') ? pathname.startsWith(rulePath.slice(0, -1)) : pathname === rulePath;
}

/** The Cache-Control a successful response for this path carries. */
export function cacheControlFor(pathname: string): string {
  return CACHE_RULES.find((rule) => rulePathMatches(rule.path, pathname))?.cacheControl ?? REVALIDATE;
}

/** The `_headers` file: security headers for every path, then Cache-Control per path. */
export function headersFile(contentSecurityPolicy: string): string {
  const block = (path: string, headers: Record<string, string>) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return (
    [
      block('/*', securityHeaders(contentSecurityPolicy)),
      ...CACHE_RULES.map((rule) => block(rule.path, { 'Cache-Control': rule.cacheControl })),
    ].join('\n\n') + '\n'
  );
}

/** Writes `_headers` into the build's output folder. */
export function deployHeaders(contentSecurityPolicy: string): Plugin {
  let outDir = '';
  return {
    name: 'versus-deploy-headers',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    writeBundle() {
      writeFileSync(resolve(outDir, '_headers'), headersFile(contentSecurityPolicy));
    },
  };
}
