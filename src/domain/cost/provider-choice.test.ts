import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { modelCost, routeLeftOut, unconfirmedOutlier, type CostOptions } from './engine';
import {
  choiceSummary,
  NO_PROVIDER_CHOICE,
  regionArea,
  withExcluded,
  withPinned,
  type ProviderChoice,
} from './provider-choice';
import { routeArb } from '../../test/domain/arbitraries';
import { makeRoute, toUsd } from '../../test/domain/routes';
import { customRouteToRoute } from '../custom/merge';
import { DEFAULT_TRAFFIC } from '../traffic/profile';

const choice = (over: Partial<ProviderChoice>): ProviderChoice => ({ ...NO_PROVIDER_CHOICE, ...over });
const headline = (cost: ReturnType<typeof modelCost>) =>
  cost.status === 'priced' ? cost.cheapest.route.id : undefined;

describe('provider choice in the engine', () => {
  const reseller = makeRoute({ input: 1, output: 4 }, { providerId: 'jiekou', id: 'jiekou/m' });
  const cloud = makeRoute({ input: 1.5, output: 6 }, { providerId: 'azure', id: 'azure/m', region: 'eu-west-1' });
  const lab = makeRoute({ input: 2, output: 8 }, { providerId: 'openai', id: 'openai/m', region: 'us' });
  const routes = [lab, cloud, reseller];
  const base: CostOptions = { includeFreeAndPlans: false, creatorId: 'openai' };
  const cost = (providers: ProviderChoice) => modelCost(routes, DEFAULT_TRAFFIC, toUsd, { ...base, providers });

  it('takes the next cheapest route when the headline’s provider is excluded, and keeps every route listed', () => {
    expect(headline(cost(NO_PROVIDER_CHOICE))).toBe('jiekou/m');
    const without = cost(choice({ excluded: ['jiekou'] }));
    expect(headline(without)).toBe('azure/m');
    expect(without.routes.map((r) => r.route.id)).toEqual(['jiekou/m', 'azure/m', 'openai/m']);
    expect(headline(cost(choice({ excluded: ['jiekou', 'azure'] })))).toBe('openai/m');
  });

  it('uses a pinned provider’s route where the model has one, even when dearer, and ignores a pin it lacks', () => {
    expect(headline(cost(choice({ pinned: ['openai'] })))).toBe('openai/m');
    expect(headline(cost(choice({ pinned: ['azure', 'openai'] })))).toBe('azure/m');
    expect(headline(cost(choice({ pinned: ['bedrock'] })))).toBe('jiekou/m');
  });

  it('counts only the lab’s own routes when first-party only is on', () => {
    expect(headline(cost(choice({ firstPartyOnly: true })))).toBe('openai/m');
    // Microsoft's Azure is Microsoft's own service, not OpenAI's.
    expect(routeLeftOut(cloud, { ...base, providers: choice({ firstPartyOnly: true }) })).toMatch(/lab’s own/);
  });

  it('counts only routes stated to be served in the chosen area', () => {
    expect(headline(cost(choice({ region: 'eu' })))).toBe('azure/m');
    expect(headline(cost(choice({ region: 'us' })))).toBe('openai/m');
    expect(routeLeftOut(reseller, { ...base, providers: choice({ region: 'eu' }) })).toBe(
      'No region stated; only Europe routes count.',
    );
  });

  it('is Unavailable with a reason that names the choice and its undo when the choice leaves out every route', () => {
    const none = cost(choice({ excluded: ['jiekou', 'azure', 'openai'] }));
    expect(none.status).toBe('unavailable');
    if (none.status !== 'unavailable') return;
    expect(none.reason).toMatch(/^Your provider choice leaves out every priced route .*\(3 providers excluded\)/);
    expect(none.reason).toMatch(/include an excluded provider again/);
    const eu = modelCost([lab], DEFAULT_TRAFFIC, toUsd, {
      ...base,
      providers: choice({ region: 'apac', firstPartyOnly: true }),
    });
    expect(eu.status === 'unavailable' && eu.reason).toMatch(/first-party routes only, Asia-Pacific routes only/);
    expect(eu.status === 'unavailable' && eu.reason).toMatch(/turn off “First-party routes only”.*“Any region”/);
    // A model with no priced route at all keeps its own reason: the choice did not cause it.
    const unpriced = modelCost([makeRoute({ input: 1 })], DEFAULT_TRAFFIC, toUsd, {
      ...base,
      providers: choice({ firstPartyOnly: true }),
    });
    expect(unpriced.status === 'unavailable' && unpriced.reason).toBe(
      'No pay-as-you-go route with both an input and an output token price.',
    );
  });

  it('lets the user’s own routes through first-party and region filters, but not an exclusion of them', () => {
    const own = customRouteToRoute({
      id: 'c1',
      modelId: 'm',
      providerName: 'My deal',
      prices: { input: 3, output: 9 },
      currency: 'USD',
    });
    const strict = choice({ firstPartyOnly: true, region: 'eu' });
    expect(routeLeftOut(own, { ...base, providers: strict })).toBeUndefined();
    expect(routeLeftOut(own, { ...base, providers: choice({ excluded: [own.providerId] }) })).toBe(
      'Provider excluded by you.',
    );
  });

  it('never makes a headline cheaper than without it, and the headline always counts under it', () => {
    const choiceArb = fc.record({
      excluded: fc.subarray(['p0', 'p1', 'p2', 'p3']),
      pinned: fc.subarray(['p0', 'p1', 'p2', 'p3']),
      firstPartyOnly: fc.boolean(),
      region: fc.constantFrom(undefined, 'us' as const, 'eu' as const),
    });
    const routesArb = fc.array(
      fc.tuple(routeArb(), fc.constantFrom('p0', 'p1', 'p2', 'p3'), fc.constantFrom(undefined, 'us', 'eu-west-1')),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(routesArb, choiceArb, (rows, raw) => {
        const providers: ProviderChoice = raw.region ? raw : { ...raw, region: undefined };
        const list = rows.map(([r, providerId, region], i) => ({ ...r, id: `${providerId}/${i}`, providerId, region }));
        const options: CostOptions = { includeFreeAndPlans: false, creatorId: 'p0', providers };
        const chosen = modelCost(list, DEFAULT_TRAFFIC, toUsd, options);
        const free = modelCost(list, DEFAULT_TRAFFIC, toUsd, { ...options, providers: undefined });
        if (chosen.status !== 'priced') return;
        expect(routeLeftOut(chosen.cheapest.route, options)).toBeUndefined();
        expect(free.status).toBe('priced');
        // Without pins, narrowing the routes can only keep or raise the cheapest non-outlier figure.
        const fellBack = unconfirmedOutlier(chosen.cheapest.route);
        if (free.status === 'priced' && providers.pinned.length === 0 && !fellBack && !free.skipped)
          expect(chosen.cheapest.perRequest).toBeGreaterThanOrEqual(free.cheapest.perRequest);
      }),
    );
  });
});

describe('provider choice edits', () => {
  it('keeps a provider from being excluded and pinned at once', () => {
    const pinned = withPinned(NO_PROVIDER_CHOICE, 'openai', true);
    expect(pinned.pinned).toEqual(['openai']);
    const excluded = withExcluded(pinned, 'openai', true);
    expect(excluded).toMatchObject({ excluded: ['openai'], pinned: [] });
    expect(withPinned(excluded, 'openai', true)).toMatchObject({ excluded: [], pinned: ['openai'] });
    expect(withExcluded(excluded, 'openai', false).excluded).toEqual([]);
  });

  it('sums the choice up in words', () => {
    expect(choiceSummary(choice({ excluded: ['a', 'b'], pinned: ['c'], firstPartyOnly: true, region: 'eu' }))).toBe(
      '2 providers excluded, first-party routes only, Europe routes only, 1 provider pinned',
    );
    expect(choiceSummary(NO_PROVIDER_CHOICE)).toBe('');
  });

  it.each([
    ['eu-central-1', 'eu'],
    ['us-gov-west-1', 'us'],
    ['ap-northeast-1', 'apac'],
    ['jp', 'apac'],
    ['global-standard', 'global'],
    ['mars-1', undefined],
    [undefined, undefined],
  ] as const)('puts region %s in area %s', (region, area) => {
    expect(regionArea(region)).toBe(area);
  });
});
