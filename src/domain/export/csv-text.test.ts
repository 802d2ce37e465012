import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, csvNumber, toCsv } from './csv-text';
import { parseCsv } from '../../test/domain/parse-csv';

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['', ''],
    [undefined, ''],
    [null, ''],
    [852, '852'],
    [-12.5, '-12.5'],
    [Number.NaN, ''],
    [Infinity, ''],
    [true, 'true'],
  ])('%j is written %j', (value, written) => expect(csvField(value)).toBe(written));

  it.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['\tTab', "'\tTab"],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['=1,2', `"'=1,2"`],
  ])('defuses the formula %j', (value, written) => expect(csvField(value)).toBe(written));

  it.each(['-12.5', '+3', '-1e-7', '-0.5'])('leaves the plain number %j alone', (value) =>
    expect(csvField(value)).toBe(value),
  );
});

describe('toCsv', () => {
  it('ends every record with CRLF', () => {
    expect(
      toCsv([
        ['a', 1],
        ['b,c', undefined],
      ]),
    ).toBe('a,1\r\n"b,c",\r\n');
  });

  it('reads back as written for any text that is not a formula', () => {
    // Formula starts are left out: those cells gain a leading quote on purpose.
    const cell = fc
      .string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', ' ', 'é', '1', '=', '-') })
      .filter((text) => !/^[=+\-@\t\r]/.test(text));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        expect(parseCsv(toCsv(rows))).toEqual(rows);
      }),
    );
  });
});

describe('csvNumber', () => {
  it('drops floating-point tails and keeps tiny amounts', () => {
    expect(csvNumber(852.0000000000001)).toBe(852);
    expect(csvNumber(0.000852)).toBe(0.000852);
    expect(csvNumber(undefined)).toBeUndefined();
    expect(csvNumber(Number.NaN)).toBeUndefined();
  });
});
