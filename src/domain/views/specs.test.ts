import { describe, expect, it } from 'vitest';
import { fixtureModels } from '../../mocks/fixture-catalog';
import { buildSpecRows, tokenCountText } from './specs';

const [alpha, beta] = fixtureModels as [(typeof fixtureModels)[0], (typeof fixtureModels)[0]];
const rows = buildSpecRows([alpha, beta]);
const row = (id: string) => rows.find((r) => r.id === id);
const texts = (id: string) =>
  row(id)?.cells.map((c) => c.parts.map((p) => (p.label ? `${p.text} ${p.label}` : p.text)).join(' / '));

describe('tokenCountText', () => {
  it.each([
    [262144, '262K (262,144)'],
    [256000, '256K (256,000)'],
    [999, '999'],
  ])('%d -> %s', (n, expected) => expect(tokenCountText(n)).toBe(expected));
});

describe('buildSpecRows', () => {
  it('has the rows of the reference pages, in order', () => {
    expect(rows.map((r) => r.label)).toEqual([
      'Release date',
      'Context window',
      'Max output',
      'Parameters (total / active)',
      'Architecture',
      'License',
      'Open weights',
      'Commercial use',
      'Knowledge cutoff',
      'Input modalities',
      'Output modalities',
      'Modes',
    ]);
  });

  it.each<{ id: string; expected: string[]; differs: boolean }>([
    { id: 'release-date', expected: ['2026-01-27', '2025-04-14'], differs: true },
    { id: 'parameters', expected: ['1T total / 32B active', ''], differs: true },
    { id: 'max-output', expected: ['32.8K (32,768)', '32.8K (32,768)'], differs: false },
    { id: 'open-weights', expected: ['Yes', 'No'], differs: true },
    { id: 'commercial-use', expected: ['', ''], differs: false },
    { id: 'input-modalities', expected: ['Text, Image, Video', 'Text, Image'], differs: true },
    { id: 'modes', expected: ['Thinking, Instant', ''], differs: true },
  ])('$id', ({ id, expected, differs }) => {
    expect(texts(id)).toEqual(expected);
    expect(row(id)?.differs).toBe(differs);
  });

  it('keeps every competing claim of a disputed context window', () => {
    const view = row('context-window')?.cells[0]?.parts[0]?.view;
    expect(view?.disputed).toBe(true);
    expect(view?.claims.map((c) => [c.text, c.source])).toEqual([
      ['128K (128,000)', 'reseller-page'],
      ['256K (256,000)', 'fixture'],
      ['262K (262,144)', 'vendor-docs'],
    ]);
    expect(view?.rule).toMatch(/first-party/);
  });

  it('gives modes no provenance, as the record has no per-value source for them', () => {
    expect(row('modes')?.cells[0]?.parts[0]?.view).toBeUndefined();
  });
});
