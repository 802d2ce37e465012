import { describe, expect, it } from 'vitest';
import { factView, isDisputed } from './fact-view';
import type { Fact } from '../types';

const text = (n: number) => `${n / 1000}K`;

describe('isDisputed', () => {
  it.each<{ name: string; fact: Fact<number>; expected: boolean }>([
    { name: 'no claims', fact: { value: 1, source: 's' }, expected: false },
    { name: 'empty claims', fact: { value: 1, source: 's', claims: [] }, expected: false },
    {
      name: 'claims that agree',
      fact: {
        value: 1,
        source: 's',
        claims: [
          { value: 1, source: 'a' },
          { value: 1, source: 'b' },
        ],
      },
      expected: false,
    },
    {
      name: 'claims that differ',
      fact: {
        value: 1,
        source: 's',
        claims: [
          { value: 1, source: 'a' },
          { value: 2, source: 'b' },
        ],
      },
      expected: true,
    },
  ])('$name -> $expected', ({ fact, expected }) => expect(isDisputed(fact)).toBe(expected));

  it.each<{ claims: string[][]; expected: boolean }>([
    { claims: [['a'], ['a']], expected: false },
    {
      claims: [
        ['image', 'text'],
        ['text', 'image'],
      ],
      expected: false,
    },
    { claims: [['image', 'text'], ['text']], expected: true },
  ])('compares lists as sets: $claims -> $expected', ({ claims, expected }) => {
    const fact: Fact<string[]> = {
      value: claims[0] ?? [],
      source: 's',
      claims: claims.map((value) => ({ value, source: 'x' })),
    };
    expect(isDisputed(fact)).toBe(expected);
  });
});

describe('factView', () => {
  it('formats the value and keeps the source of an undisputed fact', () => {
    expect(factView({ value: 128000, source: 'docs' }, text)).toEqual({
      text: '128K',
      source: 'docs',
      disputed: false,
      claims: [],
    });
  });

  it('lists every claim of a disputed fact, formatted, marks the chosen one and keeps the rule', () => {
    const view = factView(
      {
        value: 256000,
        source: 'docs',
        claims: [
          { value: 128000, source: 'reseller', note: '128K' },
          { value: 256000, source: 'docs' },
        ],
        rule: 'First-party wins.',
      },
      text,
    );
    expect(view.disputed).toBe(true);
    expect(view.rule).toBe('First-party wins.');
    expect(view.claims).toEqual([
      { text: '128K', source: 'reseller', note: '128K', chosen: false },
      { text: '256K', source: 'docs', chosen: true },
    ]);
  });
});
