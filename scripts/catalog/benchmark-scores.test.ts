// @vitest-environment node
/**
 * Benchmark scores through the whole build, on the fixtures plus a few rows added here: a
 * template's placeholder rows never reach the catalog and are counted in the report, and a
 * lower-is-better benchmark keeps its lowest score as the best one in the index.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Benchmark, Score } from '../../src/domain/types';
import { buildCatalog } from './build-catalog';
import { readCurated } from './read-curated';
import { readUpstream } from './read-sources';
import type { SourceData } from './types';

const fixtures = join(__dirname, 'fixtures');

const row = (benchmarkId: string, value: number, extra: Partial<Score> = {}): Score => ({
  benchmarkId,
  value,
  selfReported: true,
  source: 'llm-leaderboard',
  url: 'https://openai.com/index/introducing-gpt-5-for-developers/',
  ...extra,
});

const factscore: Benchmark = {
  id: 'factscore',
  name: 'FActScore (hallucination rate)',
  category: 'knowledge',
  unit: '%',
  higherIsBetter: false,
};

/** The fixture build with extra leaderboard scores per leaderboard model id, and curated definitions. */
function build(extra: Record<string, Score[]>, definitions: Benchmark[] = []) {
  const upstream: SourceData[] = readUpstream({
    modelsDev: join(fixtures, 'models.dev'),
    litellm: join(fixtures, 'litellm'),
    leaderboard: join(fixtures, 'llm-leaderboard'),
  });
  for (const source of upstream)
    for (const record of source.records) record.scores.push(...(extra[record.upstreamKey] ?? []));
  const curated = readCurated(join(fixtures, 'curated'));
  curated.benchmarkDefinitions.push(...definitions);
  return buildCatalog(upstream, curated);
}

const scoresOf = (built: ReturnType<typeof build>, id: string) =>
  built.models.find((m) => m.id === id)?.scores.map((s) => `${s.benchmarkId} ${s.value}`) ?? [];

describe('placeholder rows', () => {
  const built = build({
    'gpt-4.1-2025-04-14': [
      row('mathvista', 0, { url: 'https://example.com/benchmark-image', selfReported: false }),
      row('mmlu', 69.8, { url: 'https://example.com/benchmark-image', selfReported: false }),
      row('drop', 0, { url: undefined }),
      row('arc-agi-v2', 0, { url: 'https://arcprize.org/leaderboard' }),
    ],
  });

  it('keeps no score from a template row, nor a 0 with no source, and keeps a sourced 0', () => {
    const scores = scoresOf(built, 'gpt-4.1');
    expect(scores).toContain('arc-agi-v2 0');
    expect(scores.filter((s) => /^(mathvista|mmlu|drop) /.test(s))).toEqual([]);
    expect(built.index.benchmarks.map((b) => b.id)).not.toContain('mathvista');
  });

  it('counts every dropped row in the report, by reason', () => {
    const dropped = built.report.skipped.filter((s) => /template row|no source link/.test(s.reason));
    expect(dropped.map((s) => `${s.source} ${s.key}`).sort()).toEqual([
      'llm-leaderboard gpt-4.1/drop',
      'llm-leaderboard gpt-4.1/mathvista',
      'llm-leaderboard gpt-4.1/mmlu',
    ]);
  });
});

describe('lower-is-better benchmarks', () => {
  it('keeps the lowest FActScore hallucination rate as the index’s best score', () => {
    const built = build(
      {
        'gpt-4.1-2025-04-14': [
          row('factscore', 2.4, { variant: 'hallucination rate, browsing off' }),
          row('factscore', 1.1, { variant: 'hallucination rate, browsing on' }),
          row('gpqa', 40, { variant: 'Diamond' }),
        ],
      },
      [factscore],
    );
    const summary = built.index.models.find((m) => m.id === 'gpt-4.1');
    expect(summary?.scores.factscore).toBe(1.1);
    expect(summary?.scores['gpqa-diamond']).toBe(66.3);
    expect(built.index.benchmarks.find((b) => b.id === 'factscore')?.higherIsBetter).toBe(false);
  });

  it('reads the direction from the scores where the definition says nothing about it', () => {
    const built = build({
      'gpt-4.1-2025-04-14': [row('longfact-objects', 0.8, { variant: 'Measured hallucination rate' })],
      'qwen3.5-27b': [
        row('healthbench-hard', 1.6, { variant: 'Measured inaccuracies' }),
        row('longfact-objects', 3.2, { variant: 'hallucination rate' }),
      ],
    });
    const longfact = built.index.benchmarks.find((b) => b.id === 'longfact-objects');
    expect(longfact?.higherIsBetter).toBe(false);
    expect(scoresOf(built, 'qwen3.5-27b')).toContain('healthbench-hard 1.6');
    expect(built.index.benchmarks.find((b) => b.id === 'healthbench-hard')?.higherIsBetter).toBe(false);
  });

  it('splits the error-rate scores off a benchmark that holds both directions', () => {
    const built = build({
      'gpt-4.1-2025-04-14': [row('healthbench-hard', 30, { variant: 'Score' })],
      'qwen3.5-27b': [row('healthbench-hard', 1.6, { variant: 'Measured inaccuracies' })],
    });
    expect(scoresOf(built, 'gpt-4.1')).toContain('healthbench-hard 30');
    expect(scoresOf(built, 'qwen3.5-27b')).toContain('healthbench-hard-hallucination-rate 1.6');
    const byId = new Map(built.index.benchmarks.map((b) => [b.id, b.higherIsBetter]));
    expect(byId.get('healthbench-hard')).toBe(true);
    expect(byId.get('healthbench-hard-hallucination-rate')).toBe(false);
  });
});
