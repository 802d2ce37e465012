import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { cacheControlFor, IMMUTABLE, REVALIDATE, securityHeaders } from '../../scripts/build/headers';
import { expectedMonthlyUsd, loadIndex, loadModel, usd } from '../catalog-data';
import { waitForLiveApp } from '../comparison-url';
import { PageErrors } from '../page-errors';
import { costRow } from '../pick';

const IDENTITY = { 'Accept-Encoding': 'identity' };
const GZIP = { 'Accept-Encoding': 'gzip' };

/** The policy index.html carries in its meta tag, as the browser reads the attribute. */
function metaPolicy(html: string): string {
  const content = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
  expect(content, 'index.html carries the policy as a meta tag').toBeDefined();
  return content!
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

async function builtPage(request: APIRequestContext): Promise<{ html: string; policy: string; script: string }> {
  const html = await (await request.get('/', { headers: IDENTITY })).text();
  const script = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  expect(script, 'index.html loads a hashed script').toBeDefined();
  return { html, policy: metaPolicy(html), script: script! };
}

function expectSecurityHeaders(response: APIResponse, policy: string): void {
  const headers = response.headers();
  for (const [name, value] of Object.entries(securityHeaders(policy))) {
    expect(headers[name.toLowerCase()], `${name} on ${response.url()}`).toBe(value);
  }
}

test('the app loads from nginx and shows the default comparison’s monthly costs', async ({
  page,
  request,
  baseURL,
}) => {
  const errors = new PageErrors(page);
  const index = await loadIndex(request);
  const models = await Promise.all([loadModel(request, 'kimi-k2.5'), loadModel(request, 'gpt-4.1')]);
  const served: { path: string; status: number; cacheControl: string | undefined; policy: string | undefined }[] = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin !== new URL(baseURL!).origin) return;
    const headers = response.headers();
    served.push({
      path: url.pathname,
      status: response.status(),
      cacheControl: headers['cache-control'],
      policy: headers['content-security-policy'],
    });
  });

  await page.goto('/');
  await waitForLiveApp(page);
  for (const model of models) {
    await expect(costRow(page, model.name)).toContainText(usd(expectedMonthlyUsd(model, index, 1_000_000, 800, 250)));
  }
  errors.expectNone();

  // The header and the page's meta tag state the same policy, which the app runs under without a violation.
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toBeTruthy();
  const files = served.map((response) => response.path);
  expect(files).toContain('/');
  expect(files).toContain('/catalog/index.json');
  expect(files.some((path) => path.startsWith('/assets/'))).toBe(true);
  for (const response of served) {
    expect(response.status, response.path).toBe(200);
    expect(response.cacheControl, response.path).toBe(cacheControlFor(response.path));
    expect(response.policy, response.path).toBe(policy);
  }
});

test('the page, its hashed assets and the catalog carry their headers', async ({ request }) => {
  const { policy, script } = await builtPage(request);

  for (const path of ['/', '/index.html']) {
    const response = await request.get(path, { headers: GZIP });
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toMatch(/^text\/html/);
    expect(response.headers()['cache-control'], path).toBe(REVALIDATE);
    expectSecurityHeaders(response, policy);
  }

  const asset = await request.get(script, { headers: GZIP });
  expect(asset.status()).toBe(200);
  expect(asset.headers()['cache-control']).toBe(IMMUTABLE);
  expect(asset.headers()['content-type']).toMatch(/javascript/);
  expectSecurityHeaders(asset, policy);

  for (const path of ['/catalog/index.json', '/catalog/models/gpt-4.1.json']) {
    const response = await request.get(path, { headers: GZIP });
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toMatch(/^application\/json/);
    expect(response.headers()['cache-control'], path).toBe(REVALIDATE);
  }
});

test('text files go out as their gzip twins to a client that takes gzip', async ({ request }) => {
  const { script } = await builtPage(request);
  for (const path of [script, '/catalog/index.json']) {
    const plain = await request.get(path, { headers: IDENTITY });
    const gzipped = await request.get(path, { headers: GZIP });
    expect(plain.headers()['content-encoding'], path).toBeUndefined();
    expect(gzipped.headers()['content-encoding'], path).toBe('gzip');
    expect(gzipped.headers()['content-type'], path).toBe(plain.headers()['content-type']);
    expect(gzipped.headers()['vary'], path).toMatch(/Accept-Encoding/i);
    expect(Number(gzipped.headers()['content-length']), path).toBeLessThan(Number(plain.headers()['content-length']));
    // Decoded, the twin is the file itself.
    expect((await gzipped.body()).equals(await plain.body()), path).toBe(true);
  }
});

test('an unchanged catalog index is revalidated with a bodiless 304', async ({ request }) => {
  const first = await request.get('/catalog/index.json', { headers: GZIP });
  const etag = first.headers()['etag'];
  expect(etag).toBeTruthy();
  const again = await request.get('/catalog/index.json', { headers: { ...GZIP, 'If-None-Match': etag! } });
  expect(again.status()).toBe(304);
});

test('a deep link gets the app; a missing script or catalog file is a real 404', async ({ request }) => {
  const { html, policy } = await builtPage(request);

  const deep = await request.get('/compare/anything', { headers: IDENTITY });
  expect(deep.status()).toBe(200);
  expect(deep.headers()['content-type']).toMatch(/^text\/html/);
  expect(deep.headers()['cache-control']).toBe(REVALIDATE);
  expect(await deep.text()).toBe(html);
  expectSecurityHeaders(deep, policy);

  for (const path of ['/assets/missing-0000abcd.js', '/assets/missing.css', '/catalog/models/no-such-model.json']) {
    const response = await request.get(path, { headers: GZIP });
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).not.toContain('<div id="root"');
    // A 404 is never kept as if it were a hashed file.
    expect(response.headers()['cache-control'], path).toBeUndefined();
    expectSecurityHeaders(response, policy);
  }
});
