import { describe, expect, it } from 'vitest';
import { fixtureIndex, fixtureModel, fixtureModels, fixtureRoute } from '../../mocks/fixture-catalog';
import { buildFaq } from './faq';
import type { Model } from '../types';

const [alpha, beta, gamma] = fixtureModels as [Model, Model, Model];
const answer = (models: Model[], id: string) => buildFaq(models, fixtureIndex.providers).find((e) => e.id === id);

describe('buildFaq', () => {
  it('asks the reference pages’ questions', () => {
    expect(buildFaq([alpha, beta], fixtureIndex.providers).map((e) => e.question)).toEqual([
      'Which has a larger context window, Alpha 1 or Beta 2?',
      'Is Alpha 1 or Beta 2 open source?',
      'Which supports vision, Alpha 1 or Beta 2?',
      'Which supports function calling, Alpha 1 or Beta 2?',
      'Where can I run Alpha 1 and Beta 2?',
    ]);
  });

  it.each<{ name: string; models: Model[]; id: string; expected: string }>([
    {
      name: 'context',
      models: [alpha, beta],
      id: 'context',
      expected:
        'Beta 2 has the larger context window. Beta 2 supports 1.05M tokens; Alpha 1 supports 256K tokens. Providers may serve a smaller window; check the route you will call.',
    },
    {
      name: 'context, one unknown',
      models: [alpha, gamma],
      id: 'context',
      expected:
        'Alpha 1 supports 256K tokens; the context window of Gamma Small is unknown. Providers may serve a smaller window; check the route you will call.',
    },
    {
      name: 'license',
      models: [alpha, beta, gamma],
      id: 'license',
      expected:
        'Alpha 1 is open-weight under Modified MIT. Beta 2 has closed weights (proprietary license): it runs only on hosted APIs. Gamma Small is open-weight under Apache 2.0.',
    },
    {
      name: 'vision, all yes',
      models: [alpha, beta],
      id: 'vision',
      expected: "Both support vision. Model support and what a provider's API exposes can differ.",
    },
    {
      name: 'function calling, mixed',
      models: [alpha, gamma, fixtureModel({ id: 'x', name: 'X' })],
      id: 'function-calling',
      expected:
        "Alpha 1 supports function calling. Gamma Small does not. For X, support is unknown. Model support and what a provider's API exposes can differ.",
    },
    {
      name: 'where',
      models: [alpha, gamma, fixtureModel({ id: 'x', name: 'X' })],
      id: 'where',
      expected:
        'Alpha 1 is available on Big Cloud, Cheap Cloud and Plan Co. Gamma Small is available on Free Host. X has no tracked provider yet.',
    },
  ])('$name', ({ models, id, expected }) => expect(answer(models, id)?.answer).toBe(expected));

  it('caps a long provider list', () => {
    const many = fixtureModel({
      id: 'm',
      name: 'M',
      routes: Array.from({ length: 10 }, (_, i) => fixtureRoute({ providerId: `p${i}`, prices: {} })),
    });
    expect(answer([many, gamma], 'where')?.answer).toBe(
      'M is available on p0, p1, p2, p3, p4, p5, p6, p7 and 2 more providers. Gamma Small is available on Free Host.',
    );
  });

  it('says "largest" among three', () => {
    const big = fixtureModel({ id: 'b', name: 'Big', contextWindow: { value: 2e6, source: 's' } });
    expect(answer([alpha, beta, big], 'context')?.answer).toMatch(/^Big has the largest context window\. /);
  });

  it('is empty for fewer than two models', () => expect(buildFaq([alpha], [])).toEqual([]));
});
