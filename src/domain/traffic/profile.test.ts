import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TRAFFIC,
  TRAFFIC_FIELDS,
  TRAFFIC_RULES,
  clampTraffic,
  parseTrafficField,
  trafficErrors,
  validateTraffic,
  type TrafficField,
  type TrafficProfile,
} from './profile';
import { TRAFFIC_PRESETS } from './presets';

describe('parseTrafficField', () => {
  it.each<[TrafficField, string | number, number]>([
    ['requests', '1000000', 1e6],
    ['requests', ' 1,000,000 ', 1e6],
    ['requests', '1_000', 1000],
    ['requests', '2.5k', 2500],
    ['requests', '3M', 3e6],
    ['requests', '1e6', 1e6],
    ['requests', 0, 0],
    ['requests', '-0', 0],
    ['inputTokens', '800', 800],
    ['inputTokens', 1e8, 1e8],
    ['cachedShare', '0.25', 0.25],
    ['cachedShare', '25%', 0.25],
    ['batchShare', '100%', 1],
    // A share field shows a percentage: a bare number above 1 is read as one.
    ['cachedShare', '50', 0.5],
    ['cachedShare', '1.5', 0.015],
    ['cacheWriteShare', '100', 1],
    ['batchShare', '0.5', 0.5],
    ['batchShare', '1', 1],
    ['batchShare', 1, 1],
  ])('%s: %j is %d', (field, raw, expected) => {
    expect(parseTrafficField(field, raw)).toEqual({ ok: true, data: expected });
  });

  it.each<[TrafficField, string | number, string]>([
    ['requests', '', 'Requests per month is empty: enter a number.'],
    ['requests', '   ', 'Requests per month is empty: enter a number.'],
    ['requests', 'abc', 'Requests per month must be a number, not "abc".'],
    ['requests', '0x10', 'Requests per month must be a number, not "0x10".'],
    ['requests', Number.NaN, 'Requests per month must be a number, not "NaN".'],
    ['requests', '-5', 'Requests per month cannot be negative.'],
    ['requests', '1e309', 'Requests per month is too large to be a number.'],
    ['requests', Number.POSITIVE_INFINITY, 'Requests per month is too large to be a number.'],
    ['requests', '2e12', 'Requests per month is above the largest accepted value, 1e12.'],
    ['inputTokens', 100_000_001, 'Input tokens per request is above the largest accepted value, 1e8.'],
    ['outputTokens', '12 tokens', 'Output tokens per request must be a number, not "12 tokens".'],
    ['cachedShare', '150', 'Cached share must be between 0 and 1 (or 0% and 100%).'],
    ['cachedShare', '150%', 'Cached share must be between 0 and 1 (or 0% and 100%).'],
    ['cachedShare', 1.5, 'Cached share must be between 0 and 1 (or 0% and 100%).'],
    ['cachedShare', '25k', 'Cached share must be a number, not "25k".'],
    ['batchShare', -0.1, 'Batch share cannot be negative.'],
  ])('%s: %j fails with a clear message', (field, raw, reason) => {
    expect(parseTrafficField(field, raw)).toEqual({ ok: false, reason });
  });
});

const asInput = (p: TrafficProfile): Record<TrafficField, string | number> => ({ ...p });

describe('validateTraffic', () => {
  it('accepts a valid profile given as text', () => {
    const input = { ...asInput(DEFAULT_TRAFFIC), requests: '1,000,000', cachedShare: '30%' };
    expect(validateTraffic(input)).toEqual({ ok: true, data: { ...DEFAULT_TRAFFIC, cachedShare: 0.3 } });
  });
  it('rejects cache shares that sum above 1, on the cache-write field', () => {
    const input = { ...asInput(DEFAULT_TRAFFIC), cachedShare: 0.7, cacheWriteShare: '40%' };
    expect(trafficErrors(input)).toEqual({
      cacheWriteShare: 'Cached share and cache-write share together exceed 100% of input tokens.',
    });
    expect(validateTraffic(input).ok).toBe(false);
  });
  it('accepts cache shares that sum to exactly 1', () => {
    expect(validateTraffic({ ...asInput(DEFAULT_TRAFFIC), cachedShare: 0.7, cacheWriteShare: 0.3 }).ok).toBe(true);
  });
  it('reports every invalid field, in field order', () => {
    const result = validateTraffic({ ...asInput(DEFAULT_TRAFFIC), requests: '', batchShare: 2 });
    expect(result).toEqual({
      ok: false,
      reason: 'Requests per month is empty: enter a number. Batch share must be between 0 and 1 (or 0% and 100%).',
    });
  });
});

describe('clampTraffic', () => {
  it('maps every number to a valid profile', () => {
    fc.assert(
      fc.property(
        fc.record(
          Object.fromEntries(TRAFFIC_FIELDS.map((f) => [f, fc.double()])) as Record<TrafficField, fc.Arbitrary<number>>,
        ),
        (raw) => {
          const clamped = clampTraffic(raw);
          expect(validateTraffic(asInput(clamped))).toEqual({ ok: true, data: clamped });
        },
      ),
    );
  });
  it('leaves a valid profile unchanged', () => {
    for (const preset of TRAFFIC_PRESETS) expect(clampTraffic(preset.profile)).toEqual(preset.profile);
  });
  it.each<[Partial<TrafficProfile>, Partial<TrafficProfile>]>([
    [{ requests: Number.NaN }, { requests: 0 }],
    [{ requests: Number.POSITIVE_INFINITY }, { requests: TRAFFIC_RULES.requests.max }],
    [{ inputTokens: -3 }, { inputTokens: 0 }],
    [
      { cachedShare: 0.8, cacheWriteShare: 0.5 },
      { cachedShare: 0.8, cacheWriteShare: 1 - 0.8 },
    ],
    [{ batchShare: 7 }, { batchShare: 1 }],
  ])('clamps %o to %o', (over, expected) => {
    expect(clampTraffic({ ...DEFAULT_TRAFFIC, ...over })).toEqual({ ...DEFAULT_TRAFFIC, ...expected });
  });
});

describe('traffic presets', () => {
  it.each(TRAFFIC_PRESETS.map((p) => [p.id, p] as const))(
    '%s is a valid profile with a one-line rationale',
    (_id, preset) => {
      expect(validateTraffic(asInput(preset.profile))).toEqual({ ok: true, data: preset.profile });
      expect(preset.rationale).toMatch(/^[A-Z].+\.$/);
      expect(preset.rationale).not.toContain('\n');
    },
  );
  it('covers the four workloads, with unique ids', () => {
    const ids = TRAFFIC_PRESETS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining(['chat-assistant', 'rag-long-documents', 'coding-agent', 'batch-summarization']),
    );
  });
});
