import { describe, expect, it } from 'vitest';
import {
  EMPTY_ROUTE_DRAFT,
  modelToDraft,
  parseContextWindow,
  parseModelDraft,
  parsePrice,
  parseRouteDraft,
  routeToDraft,
  type RouteDraft,
} from './draft';

const ids = { id: 'c1', added: '2026-08-01' };
const currencies = ['USD', 'EUR'];
const draft = (patch: Partial<RouteDraft>): RouteDraft => ({
  ...EMPTY_ROUTE_DRAFT,
  modelId: 'alpha-1',
  providerName: 'Our deal',
  input: '0.2',
  output: '1',
  ...patch,
});

describe('parsePrice', () => {
  it.each([
    ['0.44', 0.44],
    [' 2 ', 2],
    ['.5', 0.5],
    ['1e-2', 0.01],
    ['0', 0],
    ['1_000', 1000],
  ])('reads %j as %d', (text, value) => expect(parsePrice(text, 'input price', true)).toEqual({ ok: true, value }));

  it.each([
    ['', true, 'Enter the input price.'],
    ['-1', true, 'cannot be negative'],
    ['0,44', true, 'Use a point for decimals in the input price, e.g. 0.44.'],
    ['abc', true, 'must be a number'],
    ['0x10', true, 'must be a number'],
    ['Infinity', true, 'must be a number'],
    ['1e400', true, 'too large'],
  ])('refuses %j', (text, required, message) => {
    const parsed = parsePrice(text, 'input price', required);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(message);
  });

  it('takes an empty optional price as not given', () => {
    expect(parsePrice('  ', 'cache read price', false)).toEqual({ ok: true, value: undefined });
  });
});

describe('parseContextWindow', () => {
  it.each([
    ['128000', 128000],
    ['128k', 128000],
    ['1M', 1e6],
    ['1,048,576', 1048576],
    ['', undefined],
  ])('reads %j as %s', (text, value) => expect(parseContextWindow(text)).toEqual({ ok: true, value }));

  it.each(['0', '1.5', 'lots', '5000M'])('refuses %j', (text) => expect(parseContextWindow(text).ok).toBe(false));
});

describe('parseRouteDraft', () => {
  it('builds the entry with trimmed text and only the prices given', () => {
    expect(
      parseRouteDraft(draft({ providerName: '  Our deal ', cacheRead: '0.05', note: ' yearly ' }), ids, currencies),
    ).toEqual({
      ok: true,
      data: {
        id: 'c1',
        modelId: 'alpha-1',
        providerName: 'Our deal',
        prices: { input: 0.2, output: 1, cacheRead: 0.05 },
        currency: 'USD',
        note: 'yearly',
        added: '2026-08-01',
      },
    });
  });

  it('reports every bad field at once', () => {
    const result = parseRouteDraft(
      {
        modelId: '',
        providerName: ' ',
        input: '-1',
        output: 'x',
        cacheRead: '1e999',
        currency: 'XYZ',
        note: 'n'.repeat(201),
      },
      ids,
      currencies,
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(Object.keys(result.errors).sort()).toEqual([
        'cacheRead',
        'currency',
        'input',
        'modelId',
        'note',
        'output',
        'providerName',
      ]);
  });

  it('round-trips through routeToDraft', () => {
    const parsed = parseRouteDraft(draft({ currency: 'EUR', note: 'n' }), ids, currencies);
    if (!parsed.ok) throw new Error('expected ok');
    expect(parseRouteDraft(routeToDraft(parsed.data), ids, currencies)).toEqual(parsed);
  });
});

describe('parseModelDraft', () => {
  it('builds a model, context window optional', () => {
    expect(parseModelDraft({ name: ' House ', contextWindow: '64k' }, 'custom-house')).toEqual({
      ok: true,
      data: { id: 'custom-house', name: 'House', contextWindow: 64000 },
    });
    expect(parseModelDraft(modelToDraft({ id: 'custom-x', name: 'X' }), 'custom-x')).toEqual({
      ok: true,
      data: { id: 'custom-x', name: 'X' },
    });
  });

  it('needs a name and a sensible context window', () => {
    const result = parseModelDraft({ name: '', contextWindow: '-3' }, 'custom-x');
    expect(result.ok ? undefined : result.errors).toEqual({
      name: 'Enter the model name.',
      contextWindow: 'The context window must be a number of tokens, e.g. 128000 or 128k.',
    });
  });
});
