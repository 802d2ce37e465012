import { describe, expect, it } from 'vitest';
import { activeFilterCount, creatorsOf, matchesFilters, NO_FILTERS } from './model-filters';
import type { ModelSummary } from '../types';

const model = (over: Partial<ModelSummary>): ModelSummary => ({
  id: 'm',
  name: 'M',
  creatorId: 'lab',
  creatorName: 'Lab',
  aliases: [],
  capabilities: [],
  routeCount: 1,
  scores: {},
  ...over,
});

describe('model filters', () => {
  const open = model({
    id: 'open',
    openWeights: true,
    contextWindow: 262144,
    capabilities: ['vision', 'function-calling'],
    cheapest: { input: 0.3, output: 1.5, providerId: 'p' },
  });
  const closed = model({
    id: 'closed',
    openWeights: false,
    contextWindow: 1047576,
    capabilities: ['function-calling'],
    cheapest: { input: 2, output: 8, providerId: 'p' },
    creatorId: 'openai',
    creatorName: 'OpenAI',
  });
  const unknown = model({ id: 'unknown' });

  it('lets everything through when no filter is set', () => {
    expect([open, closed, unknown].filter((m) => matchesFilters(m, NO_FILTERS))).toHaveLength(3);
    expect(activeFilterCount(NO_FILTERS)).toBe(0);
  });

  it.each([
    [{ openWeightsOnly: true }, ['open']],
    [{ capabilities: ['vision' as const] }, ['open']],
    [{ capabilities: ['function-calling' as const] }, ['open', 'closed']],
    [{ minContext: 500_000 }, ['closed']],
    [{ maxOutputPrice: 2 }, ['open']],
    [{ creatorId: 'openai' }, ['closed']],
  ])('%j keeps %j and drops models whose value is unknown', (patch, expected) => {
    const filters = { ...NO_FILTERS, ...patch };
    expect([open, closed, unknown].filter((m) => matchesFilters(m, filters)).map((m) => m.id)).toEqual(expected);
    expect(activeFilterCount(filters)).toBe(1);
  });

  it('lists creators by name with counts', () => {
    expect(creatorsOf([open, closed, unknown])).toEqual([
      { id: 'lab', name: 'Lab', count: 2 },
      { id: 'openai', name: 'OpenAI', count: 1 },
    ]);
  });
});
