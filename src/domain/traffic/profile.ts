/**
 * The traffic profile: how a workload uses a model in a month. Token counts are per request;
 * shares are fractions of 0..1.
 */
import { fail, ok, type Result } from '../result';

export interface TrafficProfile {
  /** Requests per month. */
  requests: number;
  /** Input tokens per request, cached part included. */
  inputTokens: number;
  /** Output tokens per request, reasoning tokens excluded. */
  outputTokens: number;
  /** Share of input tokens read from the cache. */
  cachedShare: number;
  /** Share of input tokens written to the cache. */
  cacheWriteShare: number;
  /** Reasoning (thinking) tokens per request. */
  reasoningTokens: number;
  /** Share of requests sent through a batch API. */
  batchShare: number;
}

/** The reference pages' traffic: 1M requests a month of 800 input and 250 output tokens. */
export const DEFAULT_TRAFFIC: TrafficProfile = {
  requests: 1_000_000,
  inputTokens: 800,
  outputTokens: 250,
  cachedShare: 0,
  cacheWriteShare: 0,
  reasoningTokens: 0,
  batchShare: 0,
};

export type TrafficField = keyof TrafficProfile;

interface FieldRule {
  /** Noun used in messages, e.g. "Requests per month". */
  label: string;
  kind: 'count' | 'share';
  /** Largest accepted value; shares stop at 1. */
  max: number;
}

/**
 * Bounds of each field. The maxima are far above any real workload (a trillion requests a
 * month, 100M tokens in one request) and exist so that a typo cannot push the engine into
 * figures that overflow a formatted number or mean nothing.
 */
export const TRAFFIC_RULES: Readonly<Record<TrafficField, FieldRule>> = {
  requests: { label: 'Requests per month', kind: 'count', max: 1e12 },
  inputTokens: { label: 'Input tokens per request', kind: 'count', max: 1e8 },
  outputTokens: { label: 'Output tokens per request', kind: 'count', max: 1e8 },
  reasoningTokens: { label: 'Reasoning tokens per request', kind: 'count', max: 1e8 },
  cachedShare: { label: 'Cached share', kind: 'share', max: 1 },
  cacheWriteShare: { label: 'Cache-write share', kind: 'share', max: 1 },
  batchShare: { label: 'Batch share', kind: 'share', max: 1 },
};

export const TRAFFIC_FIELDS = Object.keys(TRAFFIC_RULES) as TrafficField[];

const SUFFIXES: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, b: 1e9 };

/** Reads "1,000,000", "1_000", "2.5k", "1e6" or "25%"; NaN when the text is not a number. */
function readNumber(text: string, kind: FieldRule['kind']): number {
  let body = text.replace(/[,_\s]/g, '').toLowerCase();
  let scale = 1;
  if (kind === 'share' && body.endsWith('%')) {
    body = body.slice(0, -1);
    scale = 0.01;
  } else if (kind === 'count') {
    const suffix = SUFFIXES[body.slice(-1)];
    if (suffix !== undefined) {
      body = body.slice(0, -1);
      scale = suffix;
    }
  }
  // Number('') is 0 and Number('0x10') is 16: only plain decimal notation is accepted.
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(body)) return Number.NaN;
  return Number(body) * scale;
}

/**
 * Parses one user-entered value (text from an input, or a number from a slider) for a field.
 * Counts accept thousands separators and k / M / B suffixes; shares accept 0..1, a percentage
 * ("25%"), or a bare number from above 1 to 100 read as a percentage ("50" is 50 %).
 * The failure reason is a sentence the form can show as is.
 */
export function parseTrafficField(field: TrafficField, raw: string | number): Result<number> {
  const rule = TRAFFIC_RULES[field];
  if (typeof raw === 'string' && raw.trim() === '') return fail(`${rule.label} is empty: enter a number.`);
  const value = typeof raw === 'number' ? raw : readNumber(raw.trim(), rule.kind);
  if (Number.isNaN(value)) return fail(`${rule.label} must be a number, not "${String(raw).trim()}".`);
  if (!Number.isFinite(value)) return fail(`${rule.label} is too large to be a number.`);
  if (value < 0) return fail(`${rule.label} cannot be negative.`);
  // A share field shows a percentage, so a bare number above 1 is one: "50" is 50 %.
  if (rule.kind === 'share' && typeof raw === 'string' && value > 1 && value <= 100 && !raw.includes('%'))
    return ok(value / 100);
  if (rule.kind === 'share' && value > 1) return fail(`${rule.label} must be between 0 and 1 (or 0% and 100%).`);
  if (value > rule.max)
    return fail(`${rule.label} is above the largest accepted value, ${rule.max.toExponential(0).replace('e+', 'e')}.`);
  return ok(value === 0 ? 0 : value);
}

/** Per-field messages for a form; an empty object means every field is valid. */
export type TrafficErrors = Partial<Record<TrafficField, string>>;

/** The messages for every invalid field of user input, cross-field rules included. */
export function trafficErrors(input: Readonly<Record<TrafficField, string | number>>): TrafficErrors {
  const errors: TrafficErrors = {};
  const values: Partial<TrafficProfile> = {};
  for (const field of TRAFFIC_FIELDS) {
    const parsed = parseTrafficField(field, input[field]);
    if (parsed.ok) values[field] = parsed.data;
    else errors[field] = parsed.reason;
  }
  const { cachedShare, cacheWriteShare } = values;
  if (cachedShare !== undefined && cacheWriteShare !== undefined && cachedShare + cacheWriteShare > 1 + 1e-12)
    errors.cacheWriteShare = 'Cached share and cache-write share together exceed 100% of input tokens.';
  return errors;
}

/**
 * Turns user input for every field into a valid profile, or fails with every problem found
 * (one sentence per field, in field order). Use `trafficErrors` to show them beside each field.
 */
export function validateTraffic(input: Readonly<Record<TrafficField, string | number>>): Result<TrafficProfile> {
  const errors = trafficErrors(input);
  const messages = TRAFFIC_FIELDS.flatMap((field) => (errors[field] ? [errors[field]] : []));
  if (messages.length > 0) return fail(messages.join(' '));
  const profile = {} as TrafficProfile;
  for (const field of TRAFFIC_FIELDS) {
    const parsed = parseTrafficField(field, input[field]);
    if (parsed.ok) profile[field] = parsed.data;
  }
  return ok(profile);
}

function clampField(value: number, max: number): number {
  if (Number.isNaN(value)) return 0;
  return Math.min(Math.max(value, 0), max);
}

/**
 * One request of a workload: the traffic profile without its request count, held within the
 * valid bounds. What a request costs depends on nothing else, so the engine costs routes from
 * this and the request count only multiplies (`monthlyCost` in cost.ts). It cannot carry a
 * request count, and only `requestProfileOf` makes one, so it is always valid.
 */
export type RequestProfile = Readonly<Omit<TrafficProfile, 'requests'>> & {
  readonly requests?: never;
  readonly [validRequest]: true;
};
declare const validRequest: unique symbol;

/** The fields of a request profile, in field order. */
export const REQUEST_FIELDS = TRAFFIC_FIELDS.filter(
  (field): field is Exclude<TrafficField, 'requests'> => field !== 'requests',
);

/**
 * The nearest valid request: NaN becomes 0, values are held within [0, max] (so Infinity
 * becomes the maximum), and the cache-write share is cut so both cache shares sum to at most 1.
 * Every cost goes through this, so no input can give a negative or NaN cost.
 */
export function requestProfileOf(profile: Omit<TrafficProfile, 'requests'>): RequestProfile {
  const request: Partial<Record<Exclude<TrafficField, 'requests'>, number>> = {};
  for (const field of REQUEST_FIELDS) request[field] = clampField(profile[field], TRAFFIC_RULES[field].max);
  request.cacheWriteShare = Math.min(request.cacheWriteShare ?? 0, 1 - (request.cachedShare ?? 0));
  // The one place a request profile is made: the brand says it passed through here.
  return request as RequestProfile;
}

/** Requests per month held within [0, max]; NaN is 0. */
export const clampRequests = (requests: number): number => clampField(requests, TRAFFIC_RULES.requests.max);

/** The nearest valid profile: its request (requestProfileOf) and its request count (clampRequests). */
export function clampTraffic(profile: TrafficProfile): TrafficProfile {
  return { requests: clampRequests(profile.requests), ...requestProfileOf(profile) };
}
