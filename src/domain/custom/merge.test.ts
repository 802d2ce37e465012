import { describe, expect, it } from 'vitest';
import { fixtureModels } from '../../mocks/fixture-catalog';
import { usdConverter } from '../cost/currency';
import { modelCost } from '../cost/engine';
import { DEFAULT_TRAFFIC } from '../traffic/profile';
import type { CustomEntries } from './entry';
import {
  customModelSummary,
  customRouteToRoute,
  isCustomRoute,
  mergeCustom,
  routeProviderName,
  splitModelIds,
  withCustomSummaries,
} from './merge';

const toUsd = usdConverter([{ currency: 'EUR', perUsd: 0.5, date: '2026-07-01', source: 'x' }]);
const alpha = fixtureModels[0]!;
const beta = fixtureModels[1]!;

const custom: CustomEntries = {
  models: [{ id: 'custom-house-model', name: 'House model', contextWindow: 64000 }],
  routes: [
    {
      id: 'c1',
      modelId: 'alpha-1',
      providerName: 'Our Azure deal',
      prices: { input: 0.2, output: 1 },
      currency: 'USD',
      added: '2026-08-01',
    },
    {
      id: 'c2',
      modelId: 'custom-house-model',
      providerName: 'On-prem',
      prices: { input: 0.5, output: 0.5 },
      currency: 'EUR',
    },
    { id: 'c3', modelId: 'not-compared', providerName: 'Elsewhere', prices: { input: 1, output: 1 }, currency: 'USD' },
  ],
};

describe('customRouteToRoute', () => {
  it('makes a pay-as-you-go route of the custom provider with the entry date as its checked date', () => {
    const route = customRouteToRoute(custom.routes[0]!);
    expect(route).toEqual({
      id: 'custom/c1',
      providerId: 'custom',
      providerModelId: 'Our Azure deal',
      billing: 'payg',
      currency: 'USD',
      prices: { input: 0.2, output: 1 },
      status: 'active',
      source: 'custom',
      checked: '2026-08-01',
    });
    expect(isCustomRoute(route)).toBe(true);
    expect(routeProviderName(route, () => 'catalog name')).toBe('Our Azure deal');
  });

  it('leaves catalog routes to the catalog provider names', () => {
    const route = alpha.routes[0]!;
    expect(isCustomRoute(route)).toBe(false);
    expect(routeProviderName(route, (id) => `name of ${id}`)).toBe('name of cheap-cloud');
  });
});

describe('splitModelIds', () => {
  it('keeps custom ids away from catalog fetches, order kept on both sides', () => {
    expect(splitModelIds(['b', 'custom-x', 'a', 'custom-y'])).toEqual({
      catalogIds: ['b', 'a'],
      customIds: ['custom-x', 'custom-y'],
    });
  });
});

describe('mergeCustom', () => {
  it('adds custom routes to catalog models and builds custom models, in the order of the ids', () => {
    const merged = mergeCustom([beta, alpha], ['custom-house-model', 'alpha-1', 'beta-2'], custom);
    expect(merged.map((m) => m.id)).toEqual(['custom-house-model', 'alpha-1', 'beta-2']);
    expect(merged[1]!.routes.map((r) => r.id)).toEqual([...alpha.routes.map((r) => r.id), 'custom/c1']);
    expect(merged[2]).toBe(beta);
    const house = merged[0]!;
    expect(house).toMatchObject({
      name: 'House model',
      creatorName: 'Custom',
      contextWindow: { value: 64000, source: 'custom' },
    });
    expect(house.routes.map((r) => r.providerModelId)).toEqual(['On-prem']);
  });

  it('skips ids with no loaded model and custom ids with no entry', () => {
    expect(mergeCustom([alpha], ['beta-2', 'custom-gone', 'alpha-1'], custom).map((m) => m.id)).toEqual(['alpha-1']);
  });

  it('does not touch the catalog model objects', () => {
    const before = alpha.routes.length;
    mergeCustom([alpha], ['alpha-1'], custom);
    expect(alpha.routes).toHaveLength(before);
  });

  it('makes a cheaper custom route the cost engine’s cheapest', () => {
    const [merged] = mergeCustom([alpha], ['alpha-1'], custom);
    const cost = modelCost(merged!.routes, DEFAULT_TRAFFIC, toUsd, { includeFreeAndPlans: false });
    expect(cost.status === 'priced' && cost.cheapest.route.id).toBe('custom/c1');
    // 1M requests × (800 × 0.2 + 250 × 1) / 1e6 = $410
    expect(cost.status === 'priced' && cost.cheapest.monthly).toBeCloseTo(410, 9);
  });
});

describe('custom summaries', () => {
  it('gives a custom model creator "Custom" and its cheapest route in USD', () => {
    expect(customModelSummary(custom.models[0]!, custom, toUsd)).toEqual({
      id: 'custom-house-model',
      name: 'House model',
      creatorId: 'custom',
      creatorName: 'Custom',
      aliases: [],
      contextWindow: 64000,
      capabilities: [],
      cheapest: { input: 1, output: 1, providerId: 'custom' },
      routeCount: 1,
      scores: {},
    });
  });

  it('returns the catalog list itself when there is no custom model', () => {
    const catalog: never[] = [];
    expect(withCustomSummaries(catalog, { models: [], routes: custom.routes }, toUsd)).toBe(catalog);
    expect(withCustomSummaries(catalog, custom, toUsd).map((m) => m.id)).toEqual(['custom-house-model']);
  });
});
