import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { costPerRequest, modelCost, type CostOptions } from './engine';
import { inputTokensCurve, logSpaced, requestsCurve, thresholdPoints, type CurveModel } from './curves';
import { routeArb, wildProfileArb } from '../../test/domain/arbitraries';
import { makeRoute, toUsd } from '../../test/domain/routes';
import { DEFAULT_TRAFFIC, requestProfileOf, type TrafficProfile } from '../traffic/profile';

/** The requests curve of `models` at a whole traffic profile: their costs per request, then the curve. */
const requestsCurveAt = (
  models: readonly CurveModel[],
  profile: TrafficProfile,
  opts: CostOptions & { perUsd: number },
) =>
  requestsCurve(
    models,
    models.map((m) => costPerRequest(m.routes, requestProfileOf(profile), toUsd, opts)),
    profile.requests,
    opts,
  );

const options = { includeFreeAndPlans: false, perUsd: 1 };
const flat: CurveModel = {
  id: 'gpt-4.1',
  label: 'GPT-4.1',
  routes: [makeRoute({ input: 2, output: 8 }, { providerId: 'openai' })],
};
// Cheaper than `flat` below 200k prompt tokens, dearer above: its cheapest route changes along the curve.
const tiered: CurveModel = {
  id: 'gemini-2.5-pro',
  label: 'Gemini 2.5 Pro',
  routes: [
    makeRoute(
      { input: 1.25, output: 10 },
      { providerId: 'google', tiers: [{ above: 200_000, prices: { input: 2.5, output: 15 } }] },
    ),
    makeRoute({ input: 2.2, output: 11 }, { providerId: 'reseller' }),
  ],
};
const unpriced: CurveModel = { id: 'qwen3.5-4b', label: 'Qwen3.5-4B', routes: [] };

describe('logSpaced', () => {
  it('spans the range on a log scale, ends included', () => {
    expect(logSpaced(1e3, 1e9, 1)).toEqual([1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9]);
    expect(logSpaced(100, 10_000, 2)).toEqual([100, 316, 1000, 3160, 10_000]);
    const points = logSpaced(100, 2e6, 8);
    expect(points[0]).toBe(100);
    expect(points.at(-1)).toBe(2e6);
    for (let i = 1; i < points.length; i++) expect(points[i]).toBeGreaterThan(points[i - 1] ?? Infinity);
  });
});

describe('requestsCurve', () => {
  const curve = requestsCurveAt([flat, unpriced], DEFAULT_TRAFFIC, options);
  it('runs from 1e3 to 1e9 requests with the current traffic marked', () => {
    expect(curve.points[0]?.x).toBe(1e3);
    expect(curve.points.at(-1)?.x).toBe(1e9);
    expect(curve.points.length).toBeGreaterThanOrEqual(25);
    expect(curve.points.filter((p) => p.isCurrent).map((p) => p.x)).toEqual([1e6]);
    expect(curve.current).toBe(1e6);
  });
  it('gives monthly cost on the cheapest route, $3,600 at the reference traffic', () => {
    const current = curve.points.find((p) => p.isCurrent);
    expect(current?.values.s0?.y).toBeCloseTo(3600, 9);
    expect(current?.values.s0?.providerId).toBe('openai');
    expect(curve.rows.find((r) => r.isCurrent)).toMatchObject({ x: 1e6, isCurrent: true, s1: null });
  });
  it('keys series by position, since model ids hold dots', () => {
    expect(curve.series.map((s) => s.key)).toEqual(['s0', 's1']);
    expect(curve.series[1]).toMatchObject({ modelId: 'qwen3.5-4b', unavailable: 'No provider route in the catalog.' });
    expect(curve.series[0]?.unavailable).toBeUndefined();
  });
  it('adds a current point off the grid and converts to the display currency', () => {
    const inr = requestsCurveAt([flat], { ...DEFAULT_TRAFFIC, requests: 123_456 }, { ...options, perUsd: 85 });
    const current = inr.points.find((p) => p.isCurrent);
    expect(current?.x).toBe(123_456);
    expect(current?.values.s0?.y).toBeCloseTo(123_456 * 0.0036 * 85, 6);
  });
  it('leaves zero requests off the log axis', () => {
    expect(requestsCurveAt([flat], { ...DEFAULT_TRAFFIC, requests: 0 }, options).current).toBeUndefined();
  });
});

describe('inputTokensCurve', () => {
  const curve = inputTokensCurve([tiered, flat], requestProfileOf(DEFAULT_TRAFFIC), toUsd, options);
  const at = (x: number) => curve.points.find((p) => p.x === x);

  it('includes both sides of every tier threshold', () => {
    expect(thresholdPoints([tiered, flat])).toEqual([200_000, 200_001]);
    expect(at(200_000)).toBeDefined();
    expect(at(200_001)).toBeDefined();
    expect(curve.points[0]?.x).toBe(100);
    expect(curve.points.at(-1)?.x).toBe(2e6);
    expect(at(800)?.isCurrent).toBe(true);
  });
  it('shows the long-context step and the cheapest route changing across it', () => {
    const below = at(200_000)?.values.s0;
    const above = at(200_001)?.values.s0;
    expect(below).toMatchObject({ providerId: expect.stringMatching(/google/) });
    expect(below?.y).toBeCloseTo((200_000 * 1.25 + 250 * 10) / 1e6, 12);
    expect(below?.tierAbove).toBeUndefined();
    // Above 200k the tier (2.5 / 15) loses to the flat reseller route (2.2 / 11).
    expect(above?.providerId).toMatch(/reseller/);
    expect(above?.y).toBeCloseTo((200_001 * 2.2 + 250 * 11) / 1e6, 12);
  });
  it('is cost per request, not per month', () => {
    expect(at(800)?.values.s1?.y).toBeCloseTo(0.0036, 12);
  });
  it("ends a model's line at the longest prompt its context window takes with room for the answer", () => {
    // GPT-4.1's 1,047,576-token window less the default 250 output tokens.
    const windowed = { ...flat, contextWindow: 1_047_576 };
    const ends = inputTokensCurve([tiered, windowed], requestProfileOf(DEFAULT_TRAFFIC), toUsd, options);
    const point = (x: number) => ends.points.find((p) => p.x === x);
    expect(ends.series[1]).toMatchObject({ endsAt: 1_047_326, contextWindow: 1_047_576 });
    expect(ends.series[1]?.unavailable).toBeUndefined();
    expect(point(1_047_326)?.values.s1?.y).toBeCloseTo((1_047_326 * 2 + 250 * 8) / 1e6, 12);
    expect(ends.points.filter((p) => p.x > 1_047_326).every((p) => p.values.s1 === null)).toBe(true);
    // The other model, with no window stated, runs on to the end of the range.
    expect(ends.series[0]?.endsAt).toBeUndefined();
    expect(ends.points.at(-1)?.values.s0).not.toBeNull();
  });
  it('says so when the window is too small for any prompt in the range', () => {
    const tiny = { ...flat, contextWindow: 300 };
    const none = inputTokensCurve([tiny], requestProfileOf(DEFAULT_TRAFFIC), toUsd, options);
    expect(none.series[0]?.unavailable).toMatch(/300-token context window/);
    expect(none.points.every((p) => p.values.s0 === null)).toBe(true);
  });
  it('ignores thresholds outside the range', () => {
    const huge: CurveModel = {
      ...tiered,
      routes: [makeRoute({ input: 1, output: 1 }, { tiers: [{ above: 5e6, prices: { input: 2 } }] })],
    };
    expect(thresholdPoints([huge])).toEqual([]);
  });
});

describe('requestsCurve against costing every point from scratch', () => {
  it('gives each point the monthly cost and route a full costing at that many requests gives', () => {
    fc.assert(
      fc.property(fc.array(routeArb(), { maxLength: 6 }), wildProfileArb, fc.boolean(), (routes, profile, all) => {
        const model: CurveModel = { id: 'm', label: 'M', routes };
        const opts = { includeFreeAndPlans: all, perUsd: 1 };
        for (const point of requestsCurveAt([model], profile, opts).points) {
          const cost = modelCost(routes, { ...profile, requests: point.x }, toUsd, opts);
          const value = point.values.s0;
          if (cost.status !== 'priced') expect(value).toBeNull();
          else {
            expect(value?.routeId).toBe(cost.cheapest.route.id);
            expect(value?.y).toBe(cost.cheapest.monthly);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
