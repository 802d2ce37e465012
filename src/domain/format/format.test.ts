import { describe, expect, it } from 'vitest';
import { ratePerUsd } from '../cost/currency';
import { formatMoney, formatPercent, formatTokens, moneyFractionDigits } from './format';

describe('formatMoney', () => {
  it.each<[number, string, number, string]>([
    [852, 'USD', 1, '$852.00'],
    [852.4, 'USD', 1, '$852.40'],
    [3600, 'USD', 1, '$3,600'],
    [1234567.89, 'USD', 1, '$1,234,568'],
    [0.000852, 'USD', 1, '$0.000852'],
    [0.00085234, 'USD', 1, '$0.000852'],
    [0.0036, 'USD', 1, '$0.0036'],
    [0.5, 'USD', 1, '$0.50'],
    [0.123456, 'USD', 1, '$0.123'],
    [1e-12, 'USD', 1, '$0.00'],
    [0, 'USD', 1, '$0.00'],
    [-2748, 'USD', 1, '-$2,748'],
    [852, 'INR', 85, '₹72,420'],
    [10, 'INR', 85, '₹850.00'],
    [0.000852, 'INR', 85, '₹0.0724'],
    [852, 'EUR', 0.92, '€783.84'],
    [852, 'JPY', 150, '¥127,800'],
    [5, 'JPY', 150, '¥750'],
    [Number.NaN, 'USD', 1, '—'],
    [Number.POSITIVE_INFINITY, 'USD', 1, '—'],
  ])('%d USD in %s at %d per USD is %s', (usd, currency, perUsd, expected) => {
    expect(formatMoney(usd, currency, perUsd)).toBe(expected);
  });
  it.each<[number, string]>([
    [2748, '+$2,748'],
    [-0.5, '-$0.50'],
    [0, '$0.00'],
  ])('signed %d is %s', (usd, expected) => {
    expect(formatMoney(usd, 'USD', 1, { signed: true })).toBe(expected);
  });
  it('compacts axis labels', () => {
    expect(formatMoney(1_234_567, 'USD', 1, { compact: true })).toBe('$1.23M');
    expect(formatMoney(3600, 'USD', 1, { compact: true })).toBe('$3.6K');
  });
  it('follows the locale', () => {
    expect(formatMoney(3600, 'EUR', 1, { locale: 'de-DE' })).toBe('3.600\u00a0€');
  });
});

describe('moneyFractionDigits and a fixed precision', () => {
  it.each([
    { usd: 3600, digits: 0, fixed: '$400.00', at: '$400' },
    { usd: 852.4, digits: 2, fixed: '$1,600', at: '$1,600.00' },
    { usd: 0.000852, digits: 6, fixed: '$0.0004', at: '$0.000400' },
  ])('$usd shows $digits digits; other amounts can share them', ({ usd, digits, fixed, at }) => {
    expect(moneyFractionDigits(usd, 'USD', 1)).toBe(digits);
    const other = Number(fixed.replace(/[$,]/g, ''));
    expect(formatMoney(other, 'USD', 1)).toBe(fixed);
    expect(formatMoney(other, 'USD', 1, { fractionDigits: digits })).toBe(at);
  });
});

describe('ratePerUsd', () => {
  const rates = [{ currency: 'INR', perUsd: 85, date: '2026-01-01', source: 'test' }];
  it.each<[string, Record<string, number>, number | undefined]>([
    ['USD', {}, 1],
    ['INR', {}, 85],
    ['INR', { INR: 90 }, 90],
    ['INR', { INR: -1 }, 85],
    ['EUR', {}, undefined],
    ['EUR', { EUR: 0.9 }, 0.9],
  ])('%s with overrides %o is %s', (currency, overrides, expected) => {
    expect(ratePerUsd(rates, currency, overrides)).toBe(expected);
  });
});

describe('formatTokens', () => {
  it.each<[number, string]>([
    [0, '0'],
    [800, '800'],
    [999, '999'],
    [1000, '1k'],
    [1500, '1.5k'],
    [128_000, '128k'],
    [256_000, '256k'],
    [262_144, '262k'],
    [999_999, '1M'],
    [1_000_000, '1M'],
    [1_048_576, '1.05M'],
    [2_000_000, '2M'],
    [2_000_000_000, '2B'],
    [-1500, '-1.5k'],
    [Number.NaN, '—'],
  ])('%d is %s', (tokens, expected) => {
    expect(formatTokens(tokens)).toBe(expected);
  });
});

describe('formatPercent', () => {
  it.each<[number, Parameters<typeof formatPercent>[1], string]>([
    [0.25, {}, '25%'],
    [3.2253, {}, '322.5%'],
    [-0.7633, {}, '-76.3%'],
    [3.2253, { signed: true }, '+322.5%'],
    [0, { signed: true }, '0%'],
    [0.0001, {}, '<0.1%'],
    [0.0001, { signed: true }, '<+0.1%'],
    [-0.0001, {}, '>-0.1%'],
    [0.123456, { digits: 2 }, '12.35%'],
    [Number.NaN, {}, '—'],
  ])('%d with %o is %s', (fraction, options, expected) => {
    expect(formatPercent(fraction, options)).toBe(expected);
  });
});
