import { describe, expect, it } from 'vitest';
import { fixtureModel } from '../../mocks/fixture-catalog';
import { buildCapabilityRows, capabilityState, capabilitySwitch, visibleCapabilityRows } from './capabilities';
import { CAPABILITY_IDS, type CapabilityId, type CapabilityValue, type Model } from '../types';

const model = (id: string, caps: Partial<Record<CapabilityId, CapabilityValue>>): Model =>
  fixtureModel({
    id,
    name: id.toUpperCase(),
    capabilities: Object.fromEntries(Object.entries(caps).map(([k, v]) => [k, { value: v, source: 'src' }])),
  });

describe('capabilityState', () => {
  it('treats a missing entry as unknown, not no', () => {
    expect(capabilityState(model('a', {}), 'vision')).toBe('unknown');
    expect(capabilityState(model('a', { vision: 'no' }), 'vision')).toBe('no');
    expect(capabilityState(model('a', { vision: 'yes' }), 'vision')).toBe('yes');
  });
});

describe('buildCapabilityRows', () => {
  const a = model('a', { vision: 'yes', reasoning: 'no', 'tool-use': 'yes' });
  const b = model('b', { vision: 'yes', reasoning: 'yes' });
  const rows = buildCapabilityRows([a, b]);
  const row = (id: CapabilityId) => rows.find((r) => r.id === id);

  it('has one row per capability, in catalog order, with readable labels', () => {
    expect(rows.map((r) => r.id)).toEqual([...CAPABILITY_IDS]);
    expect(row('function-calling')?.label).toBe('Function calling');
  });

  it.each<{ id: CapabilityId; texts: string[]; differs: boolean }>([
    { id: 'vision', texts: ['Yes', 'Yes'], differs: false },
    { id: 'reasoning', texts: ['No', 'Yes'], differs: true },
    { id: 'tool-use', texts: ['Yes', 'Unknown'], differs: true },
    { id: 'web-search', texts: ['Unknown', 'Unknown'], differs: false },
  ])('$id: $texts, differs=$differs', ({ id, texts, differs }) => {
    expect(row(id)?.cells.map((c) => c.text)).toEqual(texts);
    expect(row(id)?.differs).toBe(differs);
  });

  it('carries the provenance of known cells only', () => {
    expect(row('vision')?.cells[0]?.fact?.source).toBe('src');
    expect(row('tool-use')?.cells[1]?.fact).toBeUndefined();
  });

  it('keeps only differing rows when asked', () => {
    expect(visibleCapabilityRows(rows, true).map((r) => r.id)).toEqual(['reasoning', 'tool-use']);
    expect(visibleCapabilityRows(rows, false)).toHaveLength(CAPABILITY_IDS.length);
  });
});

describe('capabilitySwitch', () => {
  it.each<{
    name: string;
    from: Partial<Record<CapabilityId, CapabilityValue>>;
    to: Partial<Record<CapabilityId, CapabilityValue>>;
    expected: object;
  }>([
    {
      name: 'yes to no is lost',
      from: { vision: 'yes' },
      to: { vision: 'no' },
      expected: { lost: ['vision'], gained: [], unverified: [] },
    },
    {
      name: 'no to yes is gained',
      from: { vision: 'no' },
      to: { vision: 'yes' },
      expected: { lost: [], gained: ['vision'], unverified: [] },
    },
    {
      name: 'yes to unknown is to verify',
      from: { vision: 'yes' },
      to: {},
      expected: { lost: [], gained: [], unverified: ['vision'] },
    },
    {
      name: 'unknown to yes is not claimed gained',
      from: {},
      to: { vision: 'yes' },
      expected: { lost: [], gained: [], unverified: [] },
    },
    {
      name: 'unknown to no is not claimed lost',
      from: {},
      to: { vision: 'no' },
      expected: { lost: [], gained: [], unverified: [] },
    },
  ])('$name', ({ from, to, expected }) => expect(capabilitySwitch(model('a', from), model('b', to))).toEqual(expected));
});
