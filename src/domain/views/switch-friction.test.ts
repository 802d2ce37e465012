import { describe, expect, it } from 'vitest';
import { fixtureIndex, fixtureModel, fixtureModels, fixtureRoute } from '../../mocks/fixture-catalog';
import { buildSwitchFriction, buildSwitchFrictions } from './switch-friction';
import type { Model } from '../types';

const [alpha, beta, gamma] = fixtureModels as [Model, Model, Model];
const providers = fixtureIndex.providers;

describe('buildSwitchFriction', () => {
  it.each<{ name: string; from: Model; to: Model; expected: string[] }>([
    {
      name: 'to a model on the same providers',
      from: beta,
      to: alpha,
      expected: [
        'Both are served by Big Cloud and Cheap Cloud: the switch can keep the same SDK, billing and endpoint there.',
        'Check code execution on Alpha 1: the catalog does not know whether it is supported.',
        'Alpha 1 adds reasoning.',
        'Alpha 1 has the smaller context window (256K vs 1.05M): prompts over 256K tokens will not fit.',
      ],
    },
    {
      name: 'from open weights to closed, sharing providers',
      from: alpha,
      to: beta,
      expected: [
        'Both are served by Big Cloud and Cheap Cloud: the switch can keep the same SDK, billing and endpoint there.',
        'Switching Alpha 1 to Beta 2 loses reasoning.',
        'Beta 2 has no open weights: self-hosting is not an option after the switch.',
      ],
    },
    {
      name: 'to a model on no common provider, with unknowns',
      from: alpha,
      to: gamma,
      expected: [
        'No overlapping provider route: plan for SDK, billing or endpoint changes.',
        'Switching Alpha 1 to Gamma Small loses function calling.',
        'Check reasoning, tool use and structured outputs on Gamma Small: the catalog does not know whether it is supported.',
        "Gamma Small's context window is unknown: confirm it fits prompts of up to 256K tokens.",
      ],
    },
  ])('$name', ({ from, to, expected }) => expect(buildSwitchFriction(from, to, providers).items).toEqual(expected));

  it('says when the target has no route at all', () => {
    const noRoutes = { ...gamma, routes: [] };
    expect(buildSwitchFriction(alpha, noRoutes, providers).items[0]).toBe(
      'Gamma Small has no tracked provider route yet.',
    );
  });
});

describe('buildSwitchFriction: wording', () => {
  it('names at most five shared providers and keeps acronyms in capability names', () => {
    const routes = Array.from({ length: 7 }, (_, i) => fixtureRoute({ providerId: `p${i}`, prices: {} }));
    const from = fixtureModel({
      id: 'f',
      name: 'F',
      routes,
      capabilities: { 'batch-api': { value: 'yes', source: 's' } },
    });
    const to = fixtureModel({ id: 't', name: 'T', routes });
    expect(buildSwitchFriction(from, to, []).items).toEqual([
      'Both are served by p0, p1, p2, p3, p4 and 2 more providers: the switch can keep the same SDK, billing and endpoint there.',
      'Check batch API on T: the catalog does not know whether it is supported.',
    ]);
  });
});

describe('buildSwitchFrictions', () => {
  it('pairs the baseline with every other model, both ways', () => {
    expect(buildSwitchFrictions([alpha, beta, gamma], 'beta-2', providers).map((f) => f.title)).toEqual([
      'Beta 2 → Alpha 1',
      'Alpha 1 → Beta 2',
      'Beta 2 → Gamma Small',
      'Gamma Small → Beta 2',
    ]);
  });

  it('falls back to the first model and needs two models', () => {
    expect(buildSwitchFrictions([alpha, beta], 'gone', providers)[0]?.title).toBe('Alpha 1 → Beta 2');
    expect(buildSwitchFrictions([alpha], undefined, providers)).toEqual([]);
  });
});
