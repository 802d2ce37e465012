import { describe, expect, it } from 'vitest';
import { costPerRequest } from './engine';
import { withComparedSummaries, withHeadlinePrices } from './headline-price';
import { fixtureIndex } from '../../mocks/fixture-catalog';
import { makeRoute, toUsd } from '../../test/domain/routes';
import { requestProfileOf } from '../traffic/profile';
import { DEFAULT_TRAFFIC } from '../traffic/profile';

describe('withHeadlinePrices', () => {
  const [a, b] = fixtureIndex.models;
  const request = requestProfileOf(DEFAULT_TRAFFIC);
  const routes = [
    makeRoute({ input: 17, output: 85 }, { providerId: 'inr', currency: 'INR' }),
    makeRoute({ input: 2, output: 8 }, { providerId: 'lab' }),
  ];

  it('states the headline route’s prices in USD, following the provider choice, and only for compared models', () => {
    const open = costPerRequest(routes, request, toUsd, { includeFreeAndPlans: false });
    const choice = { excluded: ['inr'], pinned: [], firstPartyOnly: false };
    const chosen = costPerRequest(routes, request, toUsd, { includeFreeAndPlans: false, providers: choice });
    const [first] = withHeadlinePrices(fixtureIndex.models, [{ modelId: a!.id, cost: open }], toUsd);
    expect(first?.cheapest).toEqual({ input: 0.2, output: 1, providerId: 'inr' });
    const both = withHeadlinePrices(
      fixtureIndex.models,
      [
        { modelId: a!.id, cost: chosen },
        { modelId: b!.id, cost: costPerRequest([], request, toUsd, { includeFreeAndPlans: false }) },
      ],
      toUsd,
    );
    expect(both.map((s) => s.id)).toEqual([a!.id, b!.id]);
    expect(both[0]?.cheapest).toEqual({ input: 2, output: 8, providerId: 'lab' });
    // No route counts: no price, rather than the catalog's.
    expect(both[1]?.cheapest).toBeUndefined();
  });
});

describe('withComparedSummaries', () => {
  it('puts the compared models’ summaries in place in the whole catalog, order and the rest kept', () => {
    const [a, b, ...rest] = fixtureIndex.models;
    const repriced = { ...b!, cheapest: { input: 9, output: 9, providerId: 'lab' } };
    const merged = withComparedSummaries(fixtureIndex.models, [repriced]);
    expect(merged).toHaveLength(fixtureIndex.models.length);
    expect(merged[0]).toBe(a);
    expect(merged[1]).toBe(repriced);
    expect(merged.slice(2)).toEqual(rest);
  });
});
