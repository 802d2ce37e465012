import { describe, expect, it } from 'vitest';
import type { Route } from '../../src/domain/types';
import { mergeRoutes, type RouteCandidate } from './merge-routes';

function candidate(
  source: string,
  providerModelId: string,
  prices: Route['prices'],
  extra: Partial<Route> = {},
): RouteCandidate {
  return {
    route: {
      providerId: 'p',
      providerModelId,
      billing: 'payg',
      currency: 'USD',
      prices,
      status: 'active',
      source,
      checked: '2026-07-01',
      ...extra,
    },
    upstreamKeys: [`${source}:${providerModelId}`],
  };
}

describe('mergeRoutes', () => {
  it('merges one route from two sources, filling components when the base prices agree', () => {
    const { routes } = mergeRoutes([
      candidate('litellm', 'm', { input: 1, output: 2, cacheWrite1h: 2 }, { batch: { input: 0.5, output: 1 } }),
      candidate('models.dev', 'm', { input: 1, output: 2, cacheRead: 0.1 }),
    ]);
    expect(routes).toHaveLength(1);
    expect(routes[0]).toMatchObject({
      source: 'models.dev',
      prices: { input: 1, output: 2, cacheRead: 0.1, cacheWrite1h: 2 },
      batch: { input: 0.5, output: 1 },
    });
    expect(routes[0]?.priceClaims).toBeUndefined();
  });

  it('keeps the other source price as a claim when it differs beyond the tolerance', () => {
    const { routes } = mergeRoutes([
      candidate('models.dev', 'm', { input: 16.5, output: 82.5 }),
      candidate('litellm', 'm', { input: 5.5, output: 27.5 }, { batch: { input: 2.75, output: 13.75 } }),
    ]);
    expect(routes).toHaveLength(1);
    expect(routes[0]?.prices).toEqual({ input: 16.5, output: 82.5 });
    expect(routes[0]?.priceClaims).toEqual([{ value: { input: 5.5, output: 27.5 }, source: 'litellm' }]);
    expect(routes[0]?.batch).toBeUndefined();
  });

  it('lets a curated route win over upstream prices', () => {
    const { routes } = mergeRoutes([
      candidate('models.dev', 'm', { input: 0.375, output: 2.025 }),
      candidate('page', 'm', { input: 0.44, output: 2 }),
    ]);
    expect(routes[0]?.source).toBe('page');
    expect(routes[0]?.priceClaims?.[0]?.source).toBe('models.dev');
  });

  it('keeps two listings of one source with different prices as two routes with unique ids', () => {
    const { routes } = mergeRoutes([
      candidate('models.dev', 'm', { input: 0.574, output: 2.411 }),
      candidate('models.dev', 'lab/m', { input: 0.6, output: 3 }),
    ]);
    expect(routes.map((r) => r.id)).toEqual(['p/lab/m', 'p/m']);
  });

  it('keeps regions and variants apart and names them in the id', () => {
    const { routes } = mergeRoutes([
      candidate('litellm', 'm', { input: 1, output: 2 }, { region: 'eu-north-1' }),
      candidate('models.dev', 'm', { input: 1, output: 2 }, { variant: 'fast' }),
      candidate('models.dev', 'm', { input: 1, output: 2 }),
    ]);
    expect(routes.map((r) => r.id)).toEqual(['p/m', 'p/m#fast', 'p/m@eu-north-1']);
  });
});
