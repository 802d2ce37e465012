// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../vite.config';
import {
  CACHE_RULES,
  cacheControlFor,
  headersFile,
  IMMUTABLE,
  REVALIDATE,
  rulePathMatches,
  securityHeaders,
} from './headers';

const NGINX_CONF = readFileSync(new URL('../../deploy/nginx.conf', import.meta.url), 'utf8');

/** Paths of every kind the site answers. */
const PATHS = [
  '/',
  '/index.html',
  '/favicon.svg',
  '/assets/index-BVWaM1L7.js',
  '/assets/main-Bsf9V0yn.css',
  '/catalog/index.json',
  '/catalog/models/gpt-4.1.json',
  '/catalog/schema/model.json',
  '/compare/anything',
];

/** `_headers` as its readers parse it: a path line, then indented `Name: value` lines. */
function parseHeadersFile(text: string): { path: string; headers: Record<string, string> }[] {
  const rules: { path: string; headers: Record<string, string> }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: {} });
      continue;
    }
    const colon = line.indexOf(':');
    rules.at(-1)!.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

/** The server block's `add_header` lines: name, value, and whether they go on errors too. */
function nginxAddHeaders(conf: string): Map<string, { value: string; always: boolean }> {
  const found = new Map<string, { value: string; always: boolean }>();
  for (const [, name, quoted, bare, always] of conf.matchAll(
    /^\s*add_header\s+(\S+)\s+(?:"([^"]*)"|(\S+?))(\s+always)?;/gm,
  )) {
    found.set(name!, { value: quoted ?? bare!, always: !!always });
  }
  return found;
}

/** The Cache-Control nginx's map gives a path: the first regex that matches, else the default. */
function nginxCacheControl(conf: string, pathname: string): string | undefined {
  const body = /map \$uri \$versus_cache_control \{([^}]*)\}/.exec(conf)?.[1];
  if (body === undefined) return undefined;
  const entries = [...body.matchAll(/^\s*(\S+)\s+"([^"]*)";/gm)].map(([, key, value]) => ({
    key: key!,
    value: value!,
  }));
  const regex = entries.find(({ key }) => key.startsWith('~') && new RegExp(key.slice(1)).test(pathname));
  return (regex ?? entries.find(({ key }) => key === 'default'))?.value;
}

describe('response headers', () => {
  it('send the policy the built page carries in its meta tag', () => {
    expect(securityHeaders(CONTENT_SECURITY_POLICY)['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('keep hashed assets a year and revalidate everything else', () => {
    expect(cacheControlFor('/assets/index-BVWaM1L7.js')).toBe(IMMUTABLE);
    for (const path of ['/', '/index.html', '/catalog/index.json', '/catalog/models/gpt-4.1.json', '/compare/x']) {
      expect(cacheControlFor(path)).toBe(REVALIDATE);
    }
  });
});

describe('dist/_headers', () => {
  const rules = parseHeadersFile(headersFile(CONTENT_SECURITY_POLICY));

  it('sends the security headers on every path', () => {
    expect(rules[0]).toEqual({ path: '/*', headers: securityHeaders(CONTENT_SECURITY_POLICY) });
  });

  it('gives each path one Cache-Control, the one the rules define', () => {
    for (const path of PATHS) {
      const matching = rules.filter((rule) => rulePathMatches(rule.path, path) && 'Cache-Control' in rule.headers);
      expect(matching.length, path).toBeLessThanOrEqual(1);
      // A path no rule names is left to the host's default, which revalidates as well.
      expect(matching[0]?.headers['Cache-Control'] ?? REVALIDATE, path).toBe(cacheControlFor(path));
    }
    expect(rules.slice(1).map((rule) => rule.path)).toEqual(CACHE_RULES.map((rule) => rule.path));
  });
});

describe('deploy/nginx.conf', () => {
  const added = nginxAddHeaders(NGINX_CONF);

  it('sends the same security headers, on errors too', () => {
    for (const [name, value] of Object.entries(securityHeaders(CONTENT_SECURITY_POLICY))) {
      expect(added.get(name), name).toEqual({ value, always: true });
    }
  });

  it('sends the same Cache-Control per path, on successful answers only', () => {
    expect(added.get('Cache-Control')).toEqual({ value: '$versus_cache_control', always: false });
    for (const path of PATHS) expect(nginxCacheControl(NGINX_CONF, path), path).toBe(cacheControlFor(path));
  });

  it('sends no other header', () => {
    expect([...added.keys()].sort()).toEqual([...Object.keys(securityHeaders('')), 'Cache-Control'].sort());
  });
});
