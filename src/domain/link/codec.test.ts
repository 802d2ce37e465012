import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stateProblems } from '../../test/domain/check-comparison';
import { hostileQuery, KNOWN, validState } from '../../test/domain/comparison-arbitraries';
import { decode, encode, encodeLink } from './codec';
import { MAX_LINK_QUERY_LENGTH } from './keys';

const RUNS = { numRuns: 400 };

describe('round trip', () => {
  it('decode(encode(s)) is s for any valid state, with nothing reported', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const query = encodeLink(state, { maxLength: Infinity }).query;
        const decoded = decode(query, KNOWN);
        expect(decoded.ignored).toEqual([]);
        expect(decoded.state).toEqual(state);
      }),
      RUNS,
    );
  });

  it('a shared link round-trips, or leaves out only the custom entries and keeps to the length limit', () => {
    // A limit far below the real one, so that generated custom entries often overflow it.
    const limits = fc.constantFrom(MAX_LINK_QUERY_LENGTH, 600, 300);
    let omitted = 0;
    fc.assert(
      fc.property(validState, limits, (state, maxLength) => {
        const { query, customOmitted } = encodeLink(state, { maxLength });
        const decoded = decode(query, KNOWN);
        if (!customOmitted) {
          expect(decoded.state).toEqual(state);
          return;
        }
        omitted++;
        const withoutCustom = encodeLink({ ...state, custom: { routes: [], models: [] } }).query;
        expect(query.length).toBeLessThanOrEqual(Math.max(maxLength, withoutCustom.length + '&c=~'.length));
        expect(decoded.customOmitted).toBe(true);
        expect(decoded.state.custom).toEqual({ routes: [], models: [] });
        const { modelIds: _m, baselineId: _b, custom: _c, ...rest } = state;
        expect(decoded.state).toMatchObject(rest);
      }),
      RUNS,
    );
    expect(omitted).toBeGreaterThan(0);
  });

  it('encoding is stable: a decoded link encodes to the same text', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const query = encode(state);
        expect(encode(decode(query, KNOWN).state)).toBe(query);
      }),
      RUNS,
    );
  });
});

describe('decoding anything', () => {
  const valid = (query: string) => {
    const decoded = decode(query, KNOWN);
    expect(stateProblems(decoded.state, KNOWN)).toEqual([]);
    expect(decoded.ignored.length).toBeLessThanOrEqual(12);
  };

  it('never throws and gives a valid state for any text', () => {
    fc.assert(fc.property(fc.string(), valid), RUNS);
    fc.assert(fc.property(fc.string({ unit: 'binary' }), valid), RUNS);
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), valid), RUNS);
  });

  it('never throws and gives a valid state for query strings of real keys and hostile values', () => {
    fc.assert(fc.property(hostileQuery, valid), { numRuns: 1000 });
  });

  it('also without a catalog to check against', () => {
    fc.assert(
      fc.property(hostileQuery, (query) => {
        const { state } = decode(query);
        expect(state.modelIds.length).toBeGreaterThanOrEqual(2);
        expect(state.modelIds.length).toBeLessThanOrEqual(8);
        expect(new Set(state.modelIds).size).toBe(state.modelIds.length);
      }),
      RUNS,
    );
  });
});
