import { describe, expect, it } from 'vitest';
import { canonicalBenchmark, unusableScore } from './benchmarks';

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
