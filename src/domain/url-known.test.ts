import { describe, expect, it } from 'vitest';
import { fixtureIndex } from '../mocks/fixture-catalog';
import { decode } from './url-codec';
import { knownIdsOf } from './url-known';

describe('known ids of a catalog', () => {
  const known = knownIdsOf(fixtureIndex);

  it('lists its models, currencies with USD, and benchmarks', () => {
    expect([...known.modelIds].sort()).toEqual(fixtureIndex.models.map((m) => m.id).sort());
    expect(known.currencies.has('USD')).toBe(true);
    for (const rate of fixtureIndex.rates) expect(known.currencies.has(rate.currency)).toBe(true);
    expect(known.benchmarkIds?.has('mmlu-pro')).toBe(true);
  });

  it('fills a link naming too few models with the most widely served ones', () => {
    const byReach = [...fixtureIndex.models].sort((a, b) => b.routeCount - a.routeCount);
    expect(known.fallbackModelIds?.[0]).toBe(byReach[0]?.id);
    const lone = byReach.at(-1)!.id;
    const { state, filledModelIds } = decode(`m=${lone}`, known);
    expect(state.modelIds).toEqual([lone, byReach[0]!.id]);
    expect(filledModelIds).toEqual([byReach[0]!.id]);
  });
});
