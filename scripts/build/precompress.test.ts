import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compactAndCompress, gzipTwin } from './precompress';

describe('precompressed build', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'versus-precompress-'));
    mkdirSync(join(dir, 'catalog', 'models'), { recursive: true });
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'catalog', 'index.json'), JSON.stringify({ models: [{ id: 'a', price: 1.5 }] }, null, 2));
    writeFileSync(join(dir, 'catalog', 'models', 'a.json'), '{\n  "id": "a"\n}\n');
    writeFileSync(join(dir, 'assets', 'app.js'), 'console.log("  kept as written  ");\n');
    writeFileSync(join(dir, 'index.html'), '<!doctype html>');
    compactAndCompress(dir);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the catalog without whitespace, the same data, and leaves scripts as built', () => {
    const index = readFileSync(join(dir, 'catalog', 'index.json'), 'utf8');
    expect(index).toBe('{"models":[{"id":"a","price":1.5}]}');
    expect(readFileSync(join(dir, 'catalog', 'models', 'a.json'), 'utf8')).toBe('{"id":"a"}');
    expect(readFileSync(join(dir, 'assets', 'app.js'), 'utf8')).toBe('console.log("  kept as written  ");\n');
  });

  it('gives each script and catalog file a gzip twin of its final content', () => {
    for (const file of ['catalog/index.json', 'catalog/models/a.json', 'assets/app.js']) {
      expect(gunzipSync(readFileSync(join(dir, `${file}.gz`))).toString('utf8')).toBe(
        readFileSync(join(dir, file), 'utf8'),
      );
    }
  });

  it('serves a twin only to a client that takes gzip, for a file inside the build', () => {
    expect(gzipTwin(dir, '/catalog/index.json?x=1', 'gzip, deflate, br')).toMatchObject({
      file: join(dir, 'catalog', 'index.json.gz'),
      type: 'application/json; charset=utf-8',
    });
    expect(gzipTwin(dir, '/catalog/index.json', 'br')).toBeUndefined();
    expect(gzipTwin(dir, '/catalog/missing.json', 'gzip')).toBeUndefined();
    expect(gzipTwin(dir, '/index.html', 'gzip')).toBeUndefined();
    expect(gzipTwin(dir, '/../../etc/passwd.json', 'gzip')).toBeUndefined();
    expect(gzipTwin(dir, '/%2e%2e/%2e%2e/etc/passwd.json', 'gzip')).toBeUndefined();
    expect(gzipTwin(dir, '/%E0%A4%A.json', 'gzip')).toBeUndefined();
  });
});
