import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalogIndex } from '../../src/catalog/parse';
import { syntheticIndex } from './synthetic-catalog';

const realIndex = JSON.parse(readFileSync('public/catalog/index.json', 'utf8')) as {
  models: { id: string; name: string }[];
};

describe('synthetic catalog', () => {
  const grown = syntheticIndex(realIndex, 20_000);

  it('holds the asked number of models, each id once, the real ones first and unchanged', () => {
    expect(grown.models).toHaveLength(20_000);
    expect(new Set(grown.models.map((m) => m.id)).size).toBe(20_000);
    expect(grown.models.slice(0, realIndex.models.length)).toEqual(realIndex.models);
    expect(grown.models.at(-1)!.name).toMatch(/ Variant \d+$/);
  });

  it('is a catalog index the app accepts without a warning', () => {
    const parsed = parseCatalogIndex(grown);
    expect(parsed.ok && parsed.data.warnings).toEqual([]);
    expect(parsed.ok && parsed.data.data.models).toHaveLength(20_000);
  });
});
