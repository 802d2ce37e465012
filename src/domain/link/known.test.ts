import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureIndex } from '../../mocks/fixture-catalog';
import { MAX_MODELS } from '../comparison';
import { decode } from './codec';
import { knownIdsOf } from './known';

describe('known ids of a catalog', () => {
  const known = knownIdsOf(fixtureIndex);

  it('lists its models, currencies with USD, and benchmarks', () => {
    expect([...known.modelIds].sort()).toEqual(fixtureIndex.models.map((m) => m.id).sort());
    expect(known.currencies.has('USD')).toBe(true);
    for (const rate of fixtureIndex.rates) expect(known.currencies.has(rate.currency)).toBe(true);
    expect(known.benchmarkIds?.has('mmlu-pro')).toBe(true);
  });

  it('keeps the catalog’s providers in a provider choice and drops the others with a message', () => {
    const provider = fixtureIndex.providers[0]!.id;
    const { state, ignored } = decode(`xp=${provider},not-a-provider`, known);
    expect(state.providers.excluded).toEqual([provider]);
    expect(ignored).toEqual(['Unknown provider “not-a-provider” not excluded; ignored.']);
  });

  it('fills a link naming too few models with the most widely served ones', () => {
    const byReach = [...fixtureIndex.models].sort((a, b) => b.routeCount - a.routeCount);
    expect(known.fallbackModelIds?.[0]).toBe(byReach[0]?.id);
    const lone = byReach.at(-1)!.id;
    const { state, filledModelIds } = decode(`m=${lone}`, known);
    expect(state.modelIds).toEqual([lone, byReach[0]!.id]);
    expect(filledModelIds).toEqual([byReach[0]!.id]);
  });

  it('opens the model an unknown id names as its alias, unless two models list it', () => {
    const [a, b, c] = fixtureIndex.models;
    const index = {
      ...fixtureIndex,
      models: [
        { ...a!, aliases: ['old-id', 'shared-id', b!.id] },
        { ...b!, aliases: ['shared-id'] },
        ...(c ? [c] : []),
      ],
    };
    const renamed = knownIdsOf(index);
    expect(renamed.modelNamed?.('old-id')).toBe(a!.id);
    expect(renamed.modelNamed?.('OLD-ID')).toBe(a!.id);
    expect(renamed.modelNamed?.('shared-id')).toBeUndefined();
    const { state, ignored } = decode(`m=old-id,${b!.id}&b=old-id`, renamed);
    expect(state.modelIds).toEqual([a!.id, b!.id]);
    expect(state.baselineId).toBe(a!.id);
    expect(ignored).toEqual([]);
    expect(decode(`m=shared-id,${b!.id}`, renamed).ignored[0]).toMatch(/Unknown model id .shared-id. ignored/);
  });

  it('picks the same fallback models as sorting the whole catalog by reach, ties by id', () => {
    const model = fc.record({ id: fc.stringMatching(/^[a-c][a-c0-9.-]{0,3}$/), routeCount: fc.nat(4) });
    fc.assert(
      fc.property(fc.uniqueArray(model, { selector: (m) => m.id, maxLength: 30 }), (models) => {
        const index = {
          models: models.map((m) => ({ ...fixtureIndex.models[0]!, ...m })),
          rates: [],
          benchmarks: [],
          providers: [],
        };
        const sorted = [...models].sort((a, b) => b.routeCount - a.routeCount || a.id.localeCompare(b.id));
        expect(knownIdsOf(index).fallbackModelIds).toEqual(sorted.slice(0, MAX_MODELS).map((m) => m.id));
      }),
    );
  });
});
