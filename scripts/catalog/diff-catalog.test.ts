// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CatalogIndex, Model, Route } from '../../src/domain/types';
import { diffCatalogs, formatDiff, readCatalogDir, type CatalogFiles } from './diff-catalog';

const route = (id: string, input: number, output: number, over: Partial<Route> = {}): Route => ({
  id,
  providerId: id.split('/')[0] ?? id,
  providerModelId: id,
  billing: 'payg',
  currency: 'USD',
  prices: { input, output },
  status: 'active',
  source: 'models.dev',
  checked: '2026-07-02',
  ...over,
});

const model = (id: string, over: Partial<Model> = {}): Model => ({
  id,
  name: id.toUpperCase(),
  creatorId: 'lab',
  creatorName: 'Lab',
  aliases: [],
  modes: [],
  tags: [],
  capabilities: {},
  weights: [],
  links: [],
  routes: [],
  scores: [],
  ...over,
});

function catalog(date: string, rateDate: string, models: Model[]): CatalogFiles {
  const index = {
    meta: { schemaVersion: 1, generatedAt: date },
    sources: [
      { id: 'models.dev', title: 'm', publisher: 'p', date, license: 'MIT', contributed: '' },
      { id: 'litellm', title: 'l', publisher: 'p', date: '2026-07-24', license: 'MIT', contributed: '' },
    ],
    providers: [],
    benchmarks: [],
    rates: [{ currency: 'USD', perUsd: 1, date: rateDate, source: 'ecb' }],
    models: [],
  } as unknown as CatalogIndex;
  return { index, models: new Map(models.map((m) => [m.id, m])) };
}

// Known differences: one model added, one removed, one merged into another, one split off an
// alias; one price up 25 %, one moved 0.5 % (not reported), one route gone; one fact and one
// price newly disputed, one dispute that was there before.
const before = catalog('2026-07-02', '2025-06-10', [
  model('gpt-4.1', {
    routes: [route('openai/gpt-4.1', 2, 8), route('azure/gpt-4.1', 2, 8)],
    contextWindow: {
      value: 1047576,
      source: 'models.dev',
      claims: [
        { value: 1047576, source: 'models.dev' },
        { value: 1000000, source: 'litellm' },
      ],
    },
  }),
  model('claude-opus-41', { routes: [route('anthropic/claude-opus-4-1', 15, 75)] }),
  model('claude-opus-4.1', { aliases: ['claude-opus-4-1'], routes: [route('bedrock/claude-opus-4-1', 15, 75)] }),
  model('old-model', { routes: [route('x/old', 1, 1)] }),
  model('gemma-3', { aliases: ['gemma-3-27b', 'google/gemma-3'] }),
]);
const after = catalog('2026-08-01', '2026-07-24', [
  model('gpt-4.1', {
    routes: [
      route('openai/gpt-4.1', 2.5, 8.04, {
        priceClaims: [{ value: { input: 2, output: 8 }, source: 'litellm' }],
      }),
    ],
    contextWindow: {
      value: 1047576,
      source: 'models.dev',
      claims: [
        { value: 1047576, source: 'models.dev' },
        { value: 1000000, source: 'litellm' },
      ],
    },
    knowledgeCutoff: {
      value: '2024-06',
      source: 'models.dev',
      claims: [
        { value: '2024-06', source: 'models.dev' },
        { value: '2024-05', source: 'litellm' },
      ],
    },
  }),
  model('claude-opus-4.1', {
    aliases: ['claude-opus-4-1', 'claude-opus-41'],
    routes: [route('anthropic/claude-opus-4-1', 15, 60), route('bedrock/claude-opus-4-1', 15, 75)],
  }),
  model('gemma-3'),
  model('gemma-3-27b', { routes: [route('google/gemma-3-27b-it', 0.1, 0.2)] }),
  model('new-model', { routes: [route('y/new', 1, 2)] }),
]);

describe('diffCatalogs', () => {
  const diff = diffCatalogs(before, after);

  it('lists models added, removed and merged, an old id now an alias counting as merged', () => {
    expect(diff.added).toEqual([
      { id: 'gemma-3-27b', name: 'GEMMA-3-27B', routes: 1, wasAliasOf: 'gemma-3' },
      { id: 'new-model', name: 'NEW-MODEL', routes: 1 },
    ]);
    expect(diff.removed).toEqual([{ id: 'old-model', name: 'OLD-MODEL' }]);
    expect(diff.merged).toEqual([{ id: 'claude-opus-41', into: 'claude-opus-4.1' }]);
  });

  it('reports prices that moved by more than 1 %, a merged model’s routes included', () => {
    expect(
      diff.priceChanges.map((c) => [c.modelId, c.routeId, c.price, c.before, c.after, Math.round(c.change * 100)]),
    ).toEqual([
      ['gpt-4.1', 'openai/gpt-4.1', 'input', 2, 2.5, 25],
      ['claude-opus-4.1', 'anthropic/claude-opus-4-1', 'output', 75, 60, -20],
    ]);
  });

  it('reports only the disputes the old catalog did not have', () => {
    expect(diff.newDisputes).toEqual([
      { modelId: 'gpt-4.1', what: 'knowledgeCutoff', claims: ['2024-06 (models.dev)', '2024-05 (litellm)'] },
      {
        modelId: 'gpt-4.1',
        what: 'price of openai/gpt-4.1',
        claims: ['{"input":2.5,"output":8.04} (models.dev)', '{"input":2,"output":8} (litellm)'],
      },
    ]);
  });

  it('compares the counts, the source dates that moved and the rates’ date', () => {
    expect(diff.before).toEqual({ generatedAt: '2026-07-02', models: 5, routes: 5, scores: 0 });
    expect(diff.after).toEqual({ generatedAt: '2026-08-01', models: 5, routes: 5, scores: 0 });
    expect(diff.sources).toEqual([{ id: 'models.dev', before: '2026-07-02', after: '2026-08-01' }]);
    expect(diff.ratesDate).toEqual({ before: '2025-06-10', after: '2026-07-24' });
  });
});

describe('formatDiff', () => {
  const markdown = formatDiff(diffCatalogs(before, after));

  it('writes one Markdown section per kind of change, with counts', () => {
    for (const heading of [
      '## Catalog changes',
      '### Source dates',
      '### Models added (2)',
      '### Models removed (1)',
      '### Models merged (1)',
      '### Prices changed by more than 1 % (2)',
      '### New disputes (2)',
    ])
      expect(markdown).toContain(heading);
    expect(markdown).toContain('| models | 5 | 5 | 0 |');
    expect(markdown).toContain('| exchange rates of | 2025-06-10 | 2026-07-24 |  |');
    expect(markdown).toContain('- `claude-opus-41` is now an alias of `claude-opus-4.1`');
    expect(markdown).toContain('| `gpt-4.1` | `openai/gpt-4.1` | input | 2 USD | 2.5 USD | +25 % |');
    expect(markdown).toContain('- `gemma-3-27b` GEMMA-3-27B, 1 routes; was an alias of `gemma-3`');
  });

  it('caps each list, saying how many it left out', () => {
    const many = catalog(
      '2026-08-01',
      '2026-07-24',
      Array.from({ length: 5 }, (_, i) => model(`m${i}`)),
    );
    const text = formatDiff(diffCatalogs(catalog('2026-07-02', '2025-06-10', []), many), 3);
    expect(text).toContain('- `m2` M2, 0 routes\n- … and 2 more');
    expect(text).not.toContain('`m3`');
  });

  it('escapes table pipes in names', () => {
    const piped = catalog('2026-08-01', '2026-07-24', [model('a', { name: 'A | B' })]);
    expect(formatDiff(diffCatalogs(catalog('2026-07-02', '2025-06-10', []), piped))).toContain('`a` A \\| B');
  });
});

describe('readCatalogDir', () => {
  it('reads a written catalog back: index and one file per model', () => {
    const dir = mkdtempSync(join(tmpdir(), 'catalog-diff-'));
    try {
      mkdirSync(join(dir, 'models'));
      writeFileSync(join(dir, 'index.json'), JSON.stringify(after.index));
      for (const m of after.models.values()) writeFileSync(join(dir, 'models', `${m.id}.json`), JSON.stringify(m));
      const read = readCatalogDir(dir);
      expect([...read.models.keys()].sort()).toEqual([...after.models.keys()].sort());
      expect(diffCatalogs(before, read)).toEqual(diffCatalogs(before, after));
      expect(() => readCatalogDir(join(dir, 'models'))).toThrow(/index\.json is missing/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
