import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from './base64url';
import { readLinkNumber, writeLinkNumber } from './number';

describe('link numbers', () => {
  it.each([
    [1_000_000, '1e6'],
    [2_500_000, '2.5e6'],
    [800, '800'],
    [1000, '1e3'],
    [0.5, '0.5'],
    [0, '0'],
    [-0, '0'],
    [1e12, '1e12'],
    [1e-7, '1e-7'],
    [123456789, '123456789'],
  ])('%d is written as %s', (value, text) => {
    expect(writeLinkNumber(value)).toBe(text);
  });

  it('reads back every finite double exactly', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(readLinkNumber(writeLinkNumber(x))).toBe(x === 0 ? 0 : x);
      }),
      { numRuns: 2000 },
    );
  });

  it.each(['', ' ', '0x10', 'Infinity', 'NaN', '1_000', '1,000', '1e', 'e5', '--1', '1.2.3'])('refuses %j', (text) => {
    expect(readLinkNumber(text)).toBeNaN();
  });

  it('reads -0 as 0', () => {
    expect(Object.is(readLinkNumber('-0'), 0)).toBe(true);
  });
});

describe('base64url', () => {
  it('round-trips any text, in the URL-safe alphabet', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const encoded = toBase64Url(text);
        expect(encoded).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(fromBase64Url(encoded)).toBe(text);
      }),
    );
  });

  it('agrees with the platform encoder', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(toBase64Url(text)).toBe(Buffer.from(text, 'utf8').toString('base64url'));
      }),
    );
  });

  it.each(['a', '!!!!', 'abc$', '_w'])('refuses %j', (text) => {
    expect(fromBase64Url(text)).toBeUndefined();
  });
});
