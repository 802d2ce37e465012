import { describe, expect, it } from 'vitest';
import type { Benchmark, Score } from '../../src/domain/types';
import {
  canonicalBenchmark,
  errorMeasure,
  isPlaceholderUrl,
  placeholderScore,
  settleDirections,
  unusableScore,
} from './benchmarks';

describe('canonicalBenchmark', () => {
  it('splits GPQA Diamond from the main set by the score notes', () => {
    expect(canonicalBenchmark('gpqa', 'Diamond, Pass@1', {}).benchmarkId).toBe('gpqa-diamond');
    expect(canonicalBenchmark('gpqa', '0-shot CoT', {}).benchmarkId).toBe('gpqa');
    expect(canonicalBenchmark('gpqa', 'diamond', { gpqa: 'gpqa' }).benchmarkId).toBe('gpqa-diamond');
    expect(canonicalBenchmark('GPQA Diamond', undefined, {}).benchmarkId).toBe('gpqa-diamond');
  });

  it('merges the two HLE ids', () => {
    expect(canonicalBenchmark("humanity's-last-exam", undefined, {}).benchmarkId).toBe('hle');
    expect(canonicalBenchmark('Humanity’s Last Exam', undefined, {}).benchmarkId).toBe('hle');
    expect(canonicalBenchmark('hle', undefined, {}).benchmarkId).toBe('hle');
  });

  it('keeps LiveCodeBench versions apart, a date window becoming the variant', () => {
    expect(canonicalBenchmark('livecodebench-v5', undefined, {}).benchmarkId).toBe('livecodebench-v5');
    expect(canonicalBenchmark('livecodebench-v6', undefined, {}).benchmarkId).toBe('livecodebench-v6');
    expect(canonicalBenchmark('livecodebench-v5-24.12-25.2', undefined, {})).toEqual({
      benchmarkId: 'livecodebench-v5',
      variant: '24.12-25.2',
    });
  });

  it('follows the curated id map first', () => {
    expect(
      canonicalBenchmark('Terminal-Bench 2.1', undefined, { 'Terminal-Bench 2.1': 'terminal-bench-2-1' }).benchmarkId,
    ).toBe('terminal-bench-2-1');
  });
});

describe('unusableScore', () => {
  const score = { benchmarkId: 'x', value: 60, selfReported: true, source: 's' };
  it('rejects scores whose unit is not on a 0-100 scale, and inverted WER', () => {
    expect(
      unusableScore(score, { id: 'codeforces', name: 'CF', category: 'code', unit: 'Elo', higherIsBetter: true }),
    ).toMatch(/Elo/);
    expect(
      unusableScore(
        { ...score, variant: '1 - WER' },
        { id: 'fleurs', name: 'F', category: 'audio', unit: '% WER', higherIsBetter: false },
      ),
    ).toMatch(/WER/);
    expect(
      unusableScore(score, { id: 'mmlu', name: 'MMLU', category: 'general', unit: '%', higherIsBetter: true }),
    ).toBeUndefined();
  });
});

describe('placeholder rows', () => {
  const row = (value: number, url?: string): Score => ({
    benchmarkId: 'mmmu',
    value,
    selfReported: false,
    source: 'llm-leaderboard',
    ...(url ? { url } : {}),
  });

  it('knows a template link from a source', () => {
    expect(isPlaceholderUrl('https://example.com/benchmark-image')).toBe(true);
    expect(isPlaceholderUrl('https://www.example.org/x')).toBe(true);
    expect(isPlaceholderUrl('https://cdn.example/x')).toBe(true);
    expect(isPlaceholderUrl('not a url')).toBe(true);
    expect(isPlaceholderUrl('https://openai.com/index/gpt-4-1/')).toBe(false);
    expect(isPlaceholderUrl('https://counterexample.com/paper')).toBe(false);
  });

  it('drops template rows and zeros with no source, keeps sourced zeros and unlinked figures', () => {
    expect(placeholderScore(row(0, 'https://example.com/benchmark-image'))).toMatch(/score 0/);
    expect(placeholderScore(row(71.8, 'https://example.com/benchmark-image'))).toMatch(/template row/);
    expect(placeholderScore(row(0))).toMatch(/no source link/);
    expect(placeholderScore(row(0, 'https://arcprize.org/leaderboard'))).toBeUndefined();
    expect(placeholderScore(row(54.2))).toBeUndefined();
    expect(unusableScore(row(0, 'https://example.com/benchmark-image'), undefined)).toMatch(/template row/);
  });
});

describe('direction', () => {
  const def = (id: string, higherIsBetter = true): Benchmark => ({
    id,
    name: id.toUpperCase(),
    category: 'knowledge',
    unit: '%',
    higherIsBetter,
  });
  const score = (benchmarkId: string, value: number, variant?: string): Score => ({
    benchmarkId,
    value,
    selfReported: true,
    source: 's',
    ...(variant ? { variant } : {}),
  });

  it('reads an error measure from the method, not an inverted one', () => {
    expect(errorMeasure('Thinking mode enabled. Measured hallucination rate on open-source prompts.')).toBe(
      'hallucination rate',
    );
    expect(errorMeasure('Measured inaccuracies on challenging healthcare conversations.')).toBe('hallucination rate');
    expect(errorMeasure('Word Error Rate')).toBe('word error rate');
    expect(errorMeasure('Speech recognition accuracy (1 - WER)')).toBeUndefined();
    expect(errorMeasure('Accuracy')).toBeUndefined();
    expect(errorMeasure(undefined)).toBeUndefined();
  });

  it('turns a benchmark whose every score is an error rate lower-is-better', () => {
    const models = [{ scores: [score('factscore', 1, 'hallucination rate')] }];
    const settled = settleDirections(models, new Map([['factscore', def('factscore')]]));
    expect(settled).toEqual([expect.objectContaining({ id: 'factscore', higherIsBetter: false })]);
    expect(models[0]?.scores[0]?.benchmarkId).toBe('factscore');
  });

  it('moves the error-rate scores of a mixed benchmark to a lower-is-better id of their own', () => {
    const models = [
      { scores: [score('healthbench-hard', 1.6, 'Measured inaccuracies')] },
      { scores: [score('healthbench-hard', 30, 'Score')] },
    ];
    const settled = settleDirections(models, new Map([['healthbench-hard', def('healthbench-hard')]]));
    expect(models.map((m) => m.scores[0]?.benchmarkId)).toEqual([
      'healthbench-hard-hallucination-rate',
      'healthbench-hard',
    ]);
    expect(settled).toEqual([
      expect.objectContaining({
        id: 'healthbench-hard-hallucination-rate',
        name: 'HEALTHBENCH-HARD (hallucination rate)',
        higherIsBetter: false,
      }),
    ]);
  });

  it('leaves a benchmark already defined as lower-is-better alone', () => {
    const models = [{ scores: [score('fleurs', 6.7, 'Word Error Rate'), score('fleurs', 4.1, 'WER')] }];
    expect(settleDirections(models, new Map([['fleurs', def('fleurs', false)]]))).toEqual([]);
    expect(models[0]?.scores.map((s) => s.benchmarkId)).toEqual(['fleurs', 'fleurs']);
  });
});
