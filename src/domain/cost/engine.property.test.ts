import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { modelCost, monthlyCost, routeCost, unconfirmedOutlier, type RouteCost } from './engine';
import { profileArb, routeArb, wildProfileArb } from '../../test/domain/arbitraries';
import { toUsd } from '../../test/domain/routes';
import type { TrafficProfile } from '../traffic/profile';
import type { Route } from '../types';

const perRequest = (route: Route, profile: TrafficProfile): number => {
  const cost: RouteCost = routeCost(route, profile, toUsd);
  if (!cost.ok) throw new Error(cost.reason);
  return cost.perRequest;
};

/** Allows for floating-point rounding only: a millionth of a cent relative. */
const slack = (x: number): number => 1e-12 * Math.max(1, Math.abs(x));

describe('cost engine properties', () => {
  it('turned into monthly figures at another number of requests, equals the cost worked out at it', () => {
    fc.assert(
      fc.property(
        fc.array(routeArb(), { maxLength: 6 }),
        profileArb,
        fc.double({ min: 0, max: 1e10, noNaN: true }),
        fc.boolean(),
        (routes, profile, otherRequests, includeFreeAndPlans) => {
          const options = { includeFreeAndPlans };
          const elsewhere = modelCost(routes, { ...profile, requests: otherRequests }, toUsd, options);
          expect(monthlyCost(elsewhere, profile.requests)).toEqual(modelCost(routes, profile, toUsd, options));
        },
      ),
    );
  });

  it('is never negative, NaN or infinite, whatever the profile', () => {
    fc.assert(
      fc.property(routeArb(), wildProfileArb, (route, profile) => {
        const cost = routeCost(route, profile, toUsd);
        expect(cost.ok).toBe(true);
        if (!cost.ok) return;
        for (const value of [cost.perRequest, cost.monthly, ...Object.values(cost.blended)]) {
          expect(Number.isFinite(value)).toBe(true);
          expect(value).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it('is linear in requests', () => {
    fc.assert(
      fc.property(routeArb(), profileArb, fc.integer({ min: 0, max: 1000 }), (route, profile, k) => {
        const one = routeCost(route, profile, toUsd);
        const many = routeCost(route, { ...profile, requests: profile.requests * k }, toUsd);
        if (!one.ok || !many.ok) throw new Error('unpriced');
        expect(Math.abs(many.monthly - k * one.monthly)).toBeLessThanOrEqual(1e-9 * Math.max(1, many.monthly));
      }),
    );
  });

  // Holds for tiers priced at or above the prices below them (see tiersAbove); the generator only makes such tiers.
  it.each(['inputTokens', 'outputTokens', 'reasoningTokens'] as const)('does not fall as %s grow', (field) => {
    fc.assert(
      fc.property(routeArb(), profileArb, fc.integer({ min: 0, max: 1_000_000 }), (route, profile, extra) => {
        const before = perRequest(route, profile);
        const after = perRequest(route, { ...profile, [field]: profile[field] + extra });
        expect(after).toBeGreaterThanOrEqual(before - slack(before));
      }),
    );
  });

  it('does not rise as the cached share grows, where cache reads cost at most the input price', () => {
    const shares = fc
      .tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 500 }))
      .map(([w, a, b]) => ({ write: w / 1000, low: Math.min(a, b) / 1000, high: Math.max(a, b) / 1000 }));
    fc.assert(
      fc.property(routeArb({ uniformTiers: true }), profileArb, shares, (route, profile, s) => {
        const at = (cachedShare: number) => perRequest(route, { ...profile, cacheWriteShare: s.write, cachedShare });
        const low = at(s.low);
        expect(at(s.high)).toBeLessThanOrEqual(low + slack(low));
      }),
    );
  });

  it('does not rise as the batch share grows, where batch prices are at most standard', () => {
    fc.assert(
      fc.property(routeArb(), profileArb, fc.integer({ min: 0, max: 1000 }), (route, profile, extra) => {
        const before = perRequest(route, profile);
        const after = perRequest(route, { ...profile, batchShare: Math.min(1, profile.batchShare + extra / 1000) });
        expect(after).toBeLessThanOrEqual(before + slack(before));
      }),
    );
  });

  it('picks a cheapest route that costs at most every qualifying route', () => {
    fc.assert(
      fc.property(fc.array(routeArb(), { minLength: 1, maxLength: 6 }), profileArb, (routes, profile) => {
        const cost = modelCost(routes, profile, toUsd, { includeFreeAndPlans: false });
        expect(cost.status).toBe('priced');
        if (cost.status !== 'priced') return;
        for (const route of routes) expect(cost.cheapest.perRequest).toBeLessThanOrEqual(perRequest(route, profile));
        expect(cost.routes).toHaveLength(routes.length);
      }),
    );
  });

  it('never rests on an unconfirmed outlier while another route qualifies, and costs at most every other one', () => {
    // Routes flagged at random, some confirmed by a second source: the flag, not the price, decides.
    const flagged = routeArb().chain((route) =>
      fc.record({ outlier: fc.boolean(), confirmed: fc.boolean() }).map(({ outlier, confirmed }) => ({
        ...route,
        ...(outlier ? { outlier: { medianOutput: 1, factor: 3 } } : {}),
        ...(confirmed ? { confirmedBy: ['other'] } : {}),
      })),
    );
    fc.assert(
      fc.property(fc.array(flagged, { minLength: 1, maxLength: 6 }), profileArb, (routes, profile) => {
        const cost = modelCost(routes, profile, toUsd, { includeFreeAndPlans: false });
        if (cost.status !== 'priced') throw new Error('every generated route is priced');
        const trusted = routes.filter((r) => !unconfirmedOutlier(r));
        if (trusted.length > 0) expect(unconfirmedOutlier(cost.cheapest.route)).toBe(false);
        for (const route of trusted.length > 0 ? trusted : routes)
          expect(cost.cheapest.perRequest).toBeLessThanOrEqual(perRequest(route, profile));
        for (const skipped of cost.skipped ?? []) expect(unconfirmedOutlier(skipped.route)).toBe(true);
      }),
    );
  });
});
