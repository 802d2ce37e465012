import { describe, expect, it } from 'vitest';
import { resolveFact } from './disputes';

describe('resolveFact', () => {
  it('gives a plain fact when sources agree', () => {
    expect(
      resolveFact([
        { value: 8192, source: 'models.dev' },
        { value: 8192, source: 'litellm' },
      ]),
    ).toEqual({ value: 8192, source: 'models.dev' });
  });

  it('keeps every claim and a rule when sources disagree, choosing the majority', () => {
    const fact = resolveFact([
      { value: 'yes', source: 'models.dev' },
      { value: 'no', source: 'page' },
      { value: 'yes', source: 'litellm' },
    ]);
    expect(fact?.value).toBe('yes');
    expect(fact?.claims).toHaveLength(3);
    expect(fact?.rule).toMatch(/most sources/);
  });

  it('breaks a tie by precedence: models.dev, then curated pages, litellm, llm-leaderboard', () => {
    expect(
      resolveFact([
        { value: 100, source: 'litellm' },
        { value: 200, source: 'models.dev' },
      ])?.value,
    ).toBe(200);
    expect(
      resolveFact([
        { value: 100, source: 'page' },
        { value: 200, source: 'models.dev' },
      ])?.value,
    ).toBe(200);
    expect(
      resolveFact([
        { value: 100, source: 'llm-leaderboard' },
        { value: 200, source: 'page' },
      ])?.value,
    ).toBe(200);
  });

  it('reads a K figure and its exact binary count as one claim, using the exact one', () => {
    const agreeing = resolveFact([
      { value: 256000, source: 'page' },
      { value: 262144, source: 'models.dev' },
    ]);
    expect(agreeing).toEqual({ value: 262144, source: 'models.dev' });
    const disputed = resolveFact([
      { value: 256000, source: 'page' },
      { value: 262144, source: 'models.dev' },
      { value: 128000, source: 'other-page' },
    ]);
    expect(disputed?.value).toBe(262144);
    expect(disputed?.claims).toHaveLength(3);
  });

  it('treats a date and a more precise date within it as agreeing, using the precise one', () => {
    expect(
      resolveFact([
        { value: '2026-01', source: 'models.dev' },
        { value: '2026-01-27', source: 'page' },
      ])?.value,
    ).toBe('2026-01-27');
  });

  it('compares lists as sets', () => {
    expect(
      resolveFact([
        { value: ['text', 'image'], source: 'a' },
        { value: ['image', 'text'], source: 'b' },
      ])?.claims,
    ).toBeUndefined();
  });

  it('returns nothing without claims', () => {
    expect(resolveFact([])).toBeUndefined();
  });
});

describe('resolveFact readings and publishers', () => {
  it('reads a figure written with fewer digits as the exact one', () => {
    expect(
      resolveFact([
        { value: 1050000, source: 'page' },
        { value: 1047576, source: 'models.dev' },
      ]),
    ).toEqual({ value: 1047576, source: 'models.dev' });
    expect(
      resolveFact([
        { value: 1000000, source: 'page' },
        { value: 1047576, source: 'models.dev' },
      ])?.claims,
    ).toHaveLength(2);
  });

  it('counts two pages of one publisher once', () => {
    const publisherOf = (s: string) => (s.startsWith('compare-') ? 'LLM Reference' : s);
    const fact = resolveFact(
      [
        { value: 'yes', source: 'models.dev' },
        { value: 'no', source: 'compare-a' },
        { value: 'no', source: 'compare-b' },
      ],
      publisherOf,
    );
    expect(fact?.value).toBe('yes');
    expect(fact?.claims).toHaveLength(3);
  });
});
