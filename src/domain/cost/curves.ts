/**
 * View models for the cost charts: how each model's cost moves as traffic grows, always on
 * the model's cheapest qualifying route at each point (which can change along a curve, e.g.
 * when a long prompt crosses one route's long-context threshold but not another's). Charts
 * draw these as they are; all arithmetic happens here.
 */
import { costPerRequest, monthlyCost, type CostOptions, type ModelRequestCost } from './engine';
import type { ToUsd } from './currency';
import { requestProfileOf, type RequestProfile } from '../traffic/profile';
import type { Route } from '../types';

/** A model to draw: its id, the label to show, and its routes from the catalog. */
export interface CurveModel {
  id: string;
  label: string;
  routes: readonly Route[];
  /** The model's lab, whose own route wins a tie for the cheapest. */
  creatorId?: string;
  /** Tokens the model takes in and gives back in one request; a longer prompt has no cost. */
  contextWindow?: number;
}

export interface CurveSeries {
  /** Data key in `rows` ("s0", "s1", ...): model ids hold dots, which chart libraries read as paths. */
  key: string;
  modelId: string;
  label: string;
  /** Set when the model has no qualifying route at any point; the series is then all gaps. */
  unavailable?: string;
  /** The last x the line reaches: the longest prompt its context window takes, inside the range. */
  endsAt?: number;
  /** The context window behind `endsAt`, in tokens. */
  contextWindow?: number;
}

/** One model's figure at one point, in the display currency. */
export interface CurveValue {
  y: number;
  routeId: string;
  providerId: string;
  /** Long-context tier in force, in prompt tokens, where one applies. */
  tierAbove?: number;
}

export interface CurvePoint {
  x: number;
  /** Whether this is the user's current traffic. */
  isCurrent: boolean;
  /** By series key; null where the model has no qualifying route at this point. */
  values: Record<string, CurveValue | null>;
}

export interface CostCurve {
  series: CurveSeries[];
  points: CurvePoint[];
  /** Flat rows for a chart: { x, isCurrent, s0: y or null, s1: ... }. */
  rows: Record<string, number | boolean | null>[];
  /** The current traffic's x, if it can sit on the log axis (above 0). */
  current: number | undefined;
}

export interface CurveOptions extends CostOptions {
  /** Display currency units per USD; 1 for USD. */
  perUsd: number;
}

/**
 * Points spread evenly on a log scale from `min` to `max` (both > 0), `perDecade` per power
 * of ten, rounded to three significant digits so axis ticks and tooltips read cleanly.
 */
export function logSpaced(min: number, max: number, perDecade: number): number[] {
  const start = Math.log10(min);
  const steps = Math.max(1, Math.round((Math.log10(max) - start) * perDecade));
  const points: number[] = [];
  for (let i = 0; i <= steps; i++)
    points.push(Number((10 ** (start + ((Math.log10(max) - start) * i) / steps)).toPrecision(3)));
  points[0] = min;
  points[points.length - 1] = max;
  return [...new Set(points)];
}

function buildCurve<C extends ModelRequestCost>(
  models: readonly Pick<CurveModel, 'id' | 'label'>[],
  xs: readonly number[],
  current: number | undefined,
  /** The model's cost at x, or null where x is past what the model can take; `index` is its place in `models`. */
  costAt: (index: number, x: number) => C | null,
  measure: (cheapest: Extract<C, { status: 'priced' }>['cheapest']) => number,
  options: Pick<CurveOptions, 'perUsd'>,
): CostCurve {
  const series: CurveSeries[] = models.map((m, i) => ({ key: `s${i}`, modelId: m.id, label: m.label }));
  const sorted = [...new Set(current === undefined ? xs : [...xs, current])].sort((a, b) => a - b);
  const points: CurvePoint[] = sorted.map((x) => {
    const values: Record<string, CurveValue | null> = {};
    models.forEach((_, i) => {
      const cost = costAt(i, x);
      const key = `s${i}`;
      if (cost === null) {
        values[key] = null;
        return;
      }
      if (cost.status !== 'priced') {
        values[key] = null;
        const s = series[i];
        if (s && s.unavailable === undefined) s.unavailable = cost.reason;
        return;
      }
      const { cheapest } = cost as Extract<C, { status: 'priced' }>;
      const value: CurveValue = {
        y: measure(cheapest) * options.perUsd,
        routeId: cheapest.route.id,
        providerId: cheapest.route.providerId,
      };
      if (cheapest.tierAbove !== undefined) value.tierAbove = cheapest.tierAbove;
      values[key] = value;
    });
    return { x, isCurrent: x === current, values };
  });
  // A model priced at some points is not unavailable as a whole.
  for (const s of series) if (points.some((p) => p.values[s.key])) delete s.unavailable;
  const rows = points.map((p) => {
    const row: Record<string, number | boolean | null> = { x: p.x, isCurrent: p.isCurrent };
    for (const s of series) row[s.key] = p.values[s.key]?.y ?? null;
    return row;
  });
  return { series, points, rows, current };
}

/** Requests per month the requests curve spans: a thousand to a billion. */
export const REQUESTS_RANGE = [1e3, 1e9] as const;

/**
 * Monthly cost (display currency) of each model as requests per month grow from 1e3 to 1e9
 * (4 points a decade), plus the current traffic's point. The cost of one request, and so the
 * cheapest route, does not depend on how many there are: each model's cost per request (at the
 * current request profile, in `models` order) is turned into monthly figures along the curve.
 */
export function requestsCurve(
  models: readonly Pick<CurveModel, 'id' | 'label'>[],
  perRequest: readonly ModelRequestCost[],
  currentRequests: number,
  options: Pick<CurveOptions, 'perUsd'>,
): CostCurve {
  const current = currentRequests > 0 ? currentRequests : undefined;
  return buildCurve(
    models,
    logSpaced(REQUESTS_RANGE[0], REQUESTS_RANGE[1], 4),
    current,
    (i, requests) => monthlyCost(perRequest[i]!, requests),
    (cheapest) => cheapest.monthly,
    options,
  );
}

/** Input tokens per request the prompt-size curve spans: 100 to 2M. */
export const INPUT_TOKENS_RANGE = [100, 2_000_000] as const;

/**
 * Every long-context threshold of the models' routes inside the range, as two points each:
 * the threshold itself (the largest prompt still at the lower prices, since a tier applies
 * only to prompts that exceed it) and one token above (the first at the tier's prices), so
 * the step is drawn as a step and not as a slope between distant points.
 */
export function thresholdPoints(
  models: readonly CurveModel[],
  range: readonly [number, number] = INPUT_TOKENS_RANGE,
): number[] {
  const points = new Set<number>();
  for (const model of models)
    for (const route of model.routes)
      for (const tier of route.tiers ?? [])
        for (const x of [tier.above, tier.above + 1]) if (x >= range[0] && x <= range[1]) points.add(x);
  return [...points].sort((a, b) => a - b);
}

/**
 * The longest prompt a model's context window takes with room for the answer (output and
 * reasoning tokens), or undefined where its context size is unknown. Zero or less: not even the
 * answer fits.
 */
export function longestPrompt(model: Pick<CurveModel, 'contextWindow'>, request: RequestProfile): number | undefined {
  if (model.contextWindow === undefined) return undefined;
  return model.contextWindow - request.outputTokens - request.reasoningTokens;
}

/**
 * Cost per request (display currency) of each model as input tokens per request grow from 100
 * to 2M (8 points a decade, plus both sides of every tier threshold, each model's longest
 * prompt and the current prompt size). Output, reasoning and the cache and batch shares are held
 * at the profile's values. A model's line ends at the longest prompt its context window takes:
 * a prompt past it is refused, so it has no cost to draw.
 */
export function inputTokensCurve(
  models: readonly CurveModel[],
  request: RequestProfile,
  toUsd: ToUsd,
  options: CurveOptions,
): CostCurve {
  const current = request.inputTokens > 0 ? request.inputTokens : undefined;
  const limits = models.map((m) => longestPrompt(m, request));
  const ends = limits.filter(
    (x): x is number => x !== undefined && x >= INPUT_TOKENS_RANGE[0] && x < INPUT_TOKENS_RANGE[1],
  );
  const curve = buildCurve(
    models,
    [...logSpaced(INPUT_TOKENS_RANGE[0], INPUT_TOKENS_RANGE[1], 8), ...thresholdPoints(models), ...ends],
    current,
    (i, inputTokens) => {
      const limit = limits[i];
      if (limit !== undefined && inputTokens > limit) return null;
      return costPerRequest(models[i]!.routes, requestProfileOf({ ...request, inputTokens }), toUsd, {
        ...options,
        creatorId: models[i]!.creatorId,
      });
    },
    (cheapest) => cheapest.perRequest,
    options,
  );
  curve.series.forEach((s, i) => {
    const limit = limits[i];
    const contextWindow = models[i]?.contextWindow;
    if (limit === undefined || contextWindow === undefined || limit >= INPUT_TOKENS_RANGE[1]) return;
    s.contextWindow = contextWindow;
    if (limit < INPUT_TOKENS_RANGE[0]) {
      // No point of the range fits: say why rather than "no price".
      s.unavailable ??= `its ${contextWindow.toLocaleString('en-US')}-token context window leaves no room for these prompts`;
      return;
    }
    s.endsAt = limit;
  });
  return curve;
}
