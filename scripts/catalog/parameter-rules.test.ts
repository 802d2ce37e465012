// @vitest-environment node
/**
 * API parameter rules: the curated layer's rules and models.dev's temperature flag reach the
 * model files, each with its source and date, and a malformed curated rule stops the run.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCatalogIndex, parseModel } from '../../src/catalog/parse';
import { readCurated } from './read-curated';
import { readParameterRules } from './read-models-dev';

const catalogDir = resolve(__dirname, '..', '..', 'public', 'catalog');
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(catalogDir, path), 'utf8'));

function curatedDir(rules: unknown[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'curated-'));
  writeFileSync(join(dir, 'models.json'), JSON.stringify([{ id: 'm-1', parameterRules: rules }]));
  return dir;
}

describe('parameter rules in the pipeline', () => {
  it('reads models.dev’s temperature flag as a rule dated by the record, and nothing without the flag', () => {
    expect(readParameterRules({ temperature: false, last_updated: '2026-01' }, '2026-07-01')).toEqual([
      {
        parameter: 'temperature',
        rule: 'not-settable',
        source: 'models.dev',
        note: 'temperature: false',
        date: '2026-01',
      },
    ]);
    expect(readParameterRules({ temperature: true }, '2026-07-01')[0]).toMatchObject({
      rule: 'settable',
      date: '2026-07-01',
    });
    expect(readParameterRules({ temperature: 'yes' }, '2026-07-01')).toEqual([]);
  });

  it('takes curated rules as written and stops on one that does not fit, naming where', () => {
    const rule = {
      parameter: 'top_p',
      rule: 'fixed',
      values: [0.95],
      source: 's',
      note: 'fixed 0.95',
      date: '2026-11-23',
    };
    expect(readCurated(curatedDir([rule])).records[0]?.parameterRules).toEqual([rule]);
    expect(() => readCurated(curatedDir([{ ...rule, rule: 'maybe' }]))).toThrow(
      /models\.json\[0\] \(m-1\) parameterRules\[0\]/,
    );
    expect(() => readCurated(curatedDir([{ ...rule, date: undefined }]))).toThrow(/parameterRules\[0\]/);
  });

  it('ships Moonshot’s stated rules for Kimi K2.5, each citing a source the catalog lists, beside models.dev’s flag', () => {
    const index = parseCatalogIndex(readJson('index.json'));
    const kimi = parseModel(readJson('models/kimi-k2.5.json'), 'kimi-k2.5');
    if (!index.ok || !kimi.ok) throw new Error('the committed catalog does not parse');
    const rules = kimi.data.data.parameterRules ?? [];
    const sources = new Set(index.data.data.sources.map((s) => s.id));
    for (const r of rules) expect(sources.has(r.source)).toBe(true);
    const temperature = rules.filter((r) => r.parameter === 'temperature' && r.rule === 'fixed');
    expect(temperature.map((r) => [r.when, r.values])).toEqual([
      ['thinking enabled', [1]],
      ['thinking disabled', [0.6]],
    ]);
    expect(rules.find((r) => r.parameter === 'tool_choice' && r.rule === 'one-of')?.values).toEqual(['auto', 'none']);
    expect(rules.some((r) => r.source === 'models.dev' && r.rule === 'not-settable')).toBe(true);
  });
});
