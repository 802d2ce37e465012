import { describe, expect, it } from 'vitest';
import type { Route } from '../../src/domain/types';
import { mergeRoutes, type RouteCandidate } from './merge-routes';
import type { LookupPrice, PriceLookup } from './types';

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
    expect(routes[0]?.priceClaims).toEqual([
      { value: { input: 5.5, output: 27.5 }, source: 'litellm', date: '2026-07-01' },
    ]);
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

  it('makes one route of one source listing an offer twice at two prices: the newest claim wins, the other stays dated', () => {
    const { routes } = mergeRoutes([
      candidate('models.dev', 'deepseek-chat', { input: 0.14, output: 0.28 }, { checked: '2026-02-28' }),
      candidate('litellm', 'deepseek-chat', { input: 0.28, output: 0.42 }, { checked: '2026-07-24' }),
      candidate('litellm', 'DeepSeek-Chat', { input: 0.27, output: 1.1 }, { checked: '2026-07-24' }),
    ]);
    expect(routes.map((r) => r.id)).toEqual(['p/deepseek-chat']);
    expect(routes[0]).toMatchObject({
      source: 'litellm',
      checked: '2026-07-24',
      prices: { input: 0.28, output: 0.42 },
    });
    expect(routes[0]?.priceClaims).toEqual([
      { value: { input: 0.27, output: 1.1 }, source: 'litellm', date: '2026-07-24' },
      { value: { input: 0.14, output: 0.28 }, source: 'models.dev', date: '2026-02-28' },
    ]);
  });

  it('lets the newest dated claim win over a source of higher precedence', () => {
    const { routes } = mergeRoutes([
      candidate('models.dev', 'm', { input: 0.4, output: 2 }, { checked: '2025-08-12' }),
      candidate('litellm', 'm', { input: 1.5, output: 7.5 }, { checked: '2026-07-24' }),
    ]);
    expect(routes[0]).toMatchObject({ source: 'litellm', prices: { input: 1.5, output: 7.5 }, checked: '2026-07-24' });
    expect(routes[0]?.priceClaims).toEqual([
      { value: { input: 0.4, output: 2 }, source: 'models.dev', date: '2025-08-12' },
    ]);
  });

  it('never takes a long-context tier price for the base price, however new', () => {
    const tiers = [{ above: 128_000, prices: { input: 2.5, output: 10 } }];
    const { routes } = mergeRoutes([
      candidate('models.dev', 'gemini-1.5-pro', { input: 1.25, output: 5 }, { checked: '2025-01-01', tiers }),
      candidate('llm-leaderboard', 'gemini-1.5-pro', { input: 2.5, output: 10 }, { checked: '2025-07-19' }),
    ]);
    expect(routes[0]?.prices).toEqual({ input: 1.25, output: 5 });
    expect(routes[0]?.priceClaims?.[0]).toMatchObject({
      source: 'llm-leaderboard',
      note: 'the long-context price above 128K input tokens (per models.dev)',
    });
  });

  it('drops an output price that is the model’s image-output price, and names it in the claim', () => {
    const image: LookupPrice = {
      modelId: 'flash-image',
      route: { ...candidate('genai-prices', 'img', { input: 0.5, output: 3 }).route, checked: '2026-09-03' },
      imageOutput: 60,
    };
    const lookup: PriceLookup = {
      source: 'genai-prices',
      find: (q) => (q.providerId === 'p' ? image : undefined),
    };
    const { routes } = mergeRoutes(
      [
        candidate('models.dev', 'img', { input: 0.5, output: 60 }, { checked: '2026-02-26' }),
        candidate('models.dev', 'img', { input: 0.5, output: 60 }, { providerId: 'reseller', checked: '2026-02-27' }),
      ],
      { lookups: [lookup] },
    );
    const [own, reseller] = routes;
    expect(own).toMatchObject({ source: 'genai-prices', prices: { input: 0.5, output: 3 } });
    expect(reseller?.prices).toEqual({ input: 0.5 });
    expect(reseller?.priceClaims?.[0]?.note).toMatch(/image-output price/);
  });

  it('counts each other publisher that states the same price as corroboration', () => {
    const { routes } = mergeRoutes(
      [
        candidate('models.dev', 'm', { input: 2, output: 8 }, { checked: '2026-01-01' }),
        candidate('litellm', 'm', { input: 2, output: 8 }, { checked: '2026-04-01' }),
        candidate('page-a', 'm', { input: 2, output: 8 }, { checked: '2026-05-22' }),
        candidate('page-b', 'm', { input: 2, output: 8 }, { checked: '2026-05-22' }),
      ],
      { publisherOf: (s) => (s.startsWith('page') ? 'one site' : s) },
    );
    expect(routes[0]?.source).toBe('page-a');
    expect(routes[0]?.confirmedBy).toEqual(['litellm', 'models.dev']);
  });

  it('gives a free listing of the same id as a paid one an id of its own, without a number', () => {
    const { routes } = mergeRoutes([
      candidate('models.dev', 'm', {}, { billing: 'free' }),
      candidate('litellm', 'm', { input: 0.72, output: 0.72 }),
    ]);
    expect(routes.map((r) => r.id).sort()).toEqual(['p/m', 'p/m#free']);
    expect(routes.find((r) => r.id === 'p/m')?.billing).toBe('payg');
  });

  it('asks a price lookup about each offer and keeps its dated price changes as history', () => {
    const asked: string[] = [];
    const lookup: PriceLookup = {
      source: 'genai-prices',
      find: (q) => {
        asked.push(q.providerModelId);
        return {
          modelId: 'medium',
          route: {
            ...candidate('genai-prices', q.providerModelId, { input: 1.5, output: 7.5 }).route,
            checked: '2026-09-03',
          },
          history: [{ prices: { input: 0.4, output: 2 }, until: '2026-06-16', source: 'genai-prices' }],
        };
      },
    };
    const { routes, lookups } = mergeRoutes(
      [candidate('models.dev', 'medium-latest', { input: 0.4, output: 2 }, { checked: '2025-08-12' })],
      { lookups: [lookup] },
    );
    expect(asked).toEqual(['medium-latest']);
    expect(routes[0]).toMatchObject({
      source: 'genai-prices',
      checked: '2026-09-03',
      prices: { input: 1.5, output: 7.5 },
    });
    expect(routes[0]?.history).toEqual([
      { prices: { input: 0.4, output: 2 }, until: '2026-06-16', source: 'genai-prices' },
    ]);
    expect(lookups[0]?.without?.route.prices).toEqual({ input: 0.4, output: 2 });
  });
});
