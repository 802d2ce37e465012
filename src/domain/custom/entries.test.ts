import { describe, expect, it } from 'vitest';
import type { CustomEntries, CustomRoute } from './entry';
import {
  mergeImported,
  newCustomModelId,
  newCustomRouteId,
  removeCustomModel,
  removeRoute,
  slugify,
  upsertModel,
  upsertRoute,
} from './entries';

const route = (id: string, modelId = 'alpha-1', providerName = 'Deal'): CustomRoute => ({
  id,
  modelId,
  providerName,
  prices: { input: 1, output: 2 },
  currency: 'USD',
});
const entries: CustomEntries = {
  models: [{ id: 'custom-a', name: 'A' }],
  routes: [route('c1'), route('c2', 'custom-a')],
};

describe('custom entry edits', () => {
  it('adds a new route at the end and replaces an edited one in place', () => {
    expect(upsertRoute(entries, route('c3')).routes.map((r) => r.id)).toEqual(['c1', 'c2', 'c3']);
    const edited = upsertRoute(entries, { ...route('c1'), providerName: 'New name' });
    expect(edited.routes.map((r) => r.providerName)).toEqual(['New name', 'Deal']);
    expect(entries.routes[0]!.providerName).toBe('Deal');
  });

  it('removes a route, and a model together with its routes', () => {
    expect(removeRoute(entries, 'c1').routes.map((r) => r.id)).toEqual(['c2']);
    expect(removeCustomModel(entries, 'custom-a')).toEqual({ models: [], routes: [route('c1')] });
  });

  it('adds and renames models', () => {
    expect(upsertModel(entries, { id: 'custom-a', name: 'A2' }).models).toEqual([{ id: 'custom-a', name: 'A2' }]);
    expect(upsertModel(entries, { id: 'custom-b', name: 'B' }).models).toHaveLength(2);
  });
});

describe('mergeImported', () => {
  it('replaces the same entries, keeps the others, renumbers a clashing route id', () => {
    const imported: CustomEntries = {
      models: [{ id: 'custom-a', name: 'A from file' }],
      routes: [{ ...route('c1'), prices: { input: 0.5, output: 1 } }, route('c2', 'gpt-4.1', 'Other deal')],
    };
    const merged = mergeImported(entries, imported);
    expect(merged.models).toEqual([{ id: 'custom-a', name: 'A from file' }]);
    expect(merged.routes.map((r) => [r.id, r.modelId, r.prices.input])).toEqual([
      ['c2', 'custom-a', 1],
      ['c1', 'alpha-1', 0.5],
      ['c3', 'gpt-4.1', 1],
    ]);
  });
});

describe('ids', () => {
  it.each([
    ['House Model 7', 'house-model-7'],
    ['  --Ünïcode name!  ', 'unicode-name'],
    ['日本語', 'model'],
    ['a'.repeat(60), 'a'.repeat(40)],
  ])('slugify(%j) is %j', (text, slug) => expect(slugify(text)).toBe(slug));

  it('numbers a taken model id and the smallest free route id', () => {
    expect(newCustomModelId('House', [])).toBe('custom-house');
    expect(newCustomModelId('House', ['custom-house', 'custom-house-2'])).toBe('custom-house-3');
    expect(newCustomRouteId(['c1', 'c3'])).toBe('c2');
  });
});
