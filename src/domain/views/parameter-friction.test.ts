import { describe, expect, it } from 'vitest';
import { fixtureModel } from '../../mocks/fixture-catalog';
import type { ParameterRule } from '../types';
import { parameterFriction } from './parameter-friction';
import { buildSwitchFriction } from './switch-friction';

const VENDOR = 'vendor-docs';
const DATASET = 'dataset';
const rule = (over: Partial<ParameterRule> & Pick<ParameterRule, 'parameter' | 'rule'>): ParameterRule => ({
  source: VENDOR,
  date: '2026-11-23',
  ...over,
});

const strict = fixtureModel({
  id: 'strict',
  name: 'Strict',
  parameterRules: [
    rule({ parameter: 'temperature', rule: 'fixed', values: [1], when: 'thinking enabled' }),
    rule({ parameter: 'temperature', rule: 'fixed', values: [0.6], when: 'thinking disabled' }),
    rule({ parameter: 'temperature', rule: 'not-settable', source: DATASET, date: '2026-01' }),
    rule({ parameter: 'top_p', rule: 'fixed', values: [0.95] }),
    rule({ parameter: 'n', rule: 'fixed', values: [1] }),
    rule({ parameter: 'thinking', rule: 'one-of', values: ['enabled', 'disabled'] }),
    rule({ parameter: 'thinking', rule: 'default', values: ['enabled'] }),
    rule({ parameter: 'max_tokens', rule: 'default', values: [32768] }),
  ],
});
const open = fixtureModel({
  id: 'open',
  name: 'Open',
  parameterRules: [rule({ parameter: 'temperature', rule: 'settable', source: DATASET, date: '2025-04-14' })],
});
const silent = fixtureModel({ id: 'silent', name: 'Silent' });

describe('parameterFriction', () => {
  it('names what the target fixes or limits, beside what the current model does, with both sources', () => {
    const items = parameterFriction(open, strict);
    expect(items.map((i) => i.text)).toEqual([
      'Strict fixes n at 1 and top_p at 0.95: a request with any other value fails.',
      'Strict defaults max_tokens to 32,768; the catalog states no rule for Open.',
      'Strict fixes temperature at 1.0 with thinking enabled and 0.6 with thinking disabled: any other value is an error; Open lets a request set temperature.',
      'Strict accepts only enabled or disabled for thinking (enabled by default): any other value is an error; the catalog states no rule for Open.',
    ]);
    const temperature = items.find((i) => i.fields.includes('temperature'));
    expect(temperature?.sources).toEqual([
      { sourceId: VENDOR, date: '2026-11-23' },
      { sourceId: DATASET, date: '2025-04-14' },
    ]);
  });

  it('a stated value outranks a bare flag of another source for the same field', () => {
    expect(
      parameterFriction(open, strict)
        .map((i) => i.text)
        .join(' '),
    ).not.toMatch(/does not let/);
    const flagOnly = fixtureModel({
      id: 'flag',
      name: 'Flag',
      parameterRules: [rule({ parameter: 'temperature', rule: 'not-settable', source: DATASET })],
    });
    expect(parameterFriction(open, flagOnly)[0]?.text).toBe(
      'Flag does not let a request set temperature; Open lets a request set temperature.',
    );
  });

  it('leaving a model that fixed a field says to set it, and turns the old model’s own switches into a check', () => {
    expect(parameterFriction(strict, open).map((i) => i.text)).toEqual([
      'Open lets a request set temperature, which Strict fixes at 1.0 with thinking enabled and 0.6 with thinking disabled: set it in requests to keep the same behaviour.',
      "Strict's requests may send the thinking field; the catalog states nothing about it for Open: check before switching.",
    ]);
  });

  it('says nothing where neither model has a stated rule', () => {
    expect(parameterFriction(silent, open)).toEqual([
      {
        text: 'Open lets a request set temperature; the catalog states no rule for Silent.',
        fields: ['temperature'],
        sources: [{ sourceId: DATASET, date: '2025-04-14' }],
      },
    ]);
    expect(parameterFriction(silent, fixtureModel({ id: 's2', name: 'S2' }))).toEqual([]);
  });

  it('is part of the switch friction between two models', () => {
    expect(buildSwitchFriction(open, strict, []).parameters).toEqual(parameterFriction(open, strict));
  });
});
