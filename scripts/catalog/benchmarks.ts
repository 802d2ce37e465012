/**
 * Benchmark identity. Sources name benchmarks differently ("Humanity's Last Exam" vs `hle`,
 * "SWE Bench Pro" vs "SWE-Bench Pro"); scores are filed under one normalized id. Two
 * upstream quirks are settled here:
 * - llm-leaderboard's `gpqa` mixes the main set and the Diamond subset. A score goes to
 *   `gpqa-diamond` when its method or notes say "diamond"; otherwise it stays `gpqa`
 *   (which may then still hold Diamond results the source did not label).
 * - HLE appears as `hle` and `humanity's-last-exam`: both are `hle`.
 * LiveCodeBench versions stay apart (`livecodebench-v5`, `livecodebench-v6`, …); a date window
 * inside a version becomes the score's variant.
 */
import type { Benchmark, Score } from '../../src/domain/types';
import { byString } from './util';

const BUILT_IN: Record<string, string> = {
  'humanity-s-last-exam': 'hle',
  'humanitys-last-exam': 'hle',
  'swe-bench-verified-agentic-coding': 'swe-bench-verified',
  'tau3-banking': 'tau3-banking',
};

/** A readable slug: lowercase, ASCII, words joined by `-`, version dots kept. */
export function benchmarkSlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/τ/g, 'tau')
    .replace(/[’'`]/g, '')
    .replace(/(\d)-(\d)(?=$|[^\d])/g, '$1.$2')
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export interface MappedScore {
  benchmarkId: string;
  /** Extra variant text the mapping found (a LiveCodeBench date window). */
  variant?: string;
}

export function canonicalBenchmark(raw: string, notes: string | undefined, idMap: Record<string, string>): MappedScore {
  const mapped = idMap[raw] ?? idMap[raw.toLowerCase()] ?? idMap[benchmarkSlug(raw)];
  // The curated map files the leaderboard's `gpqa` under `gpqa`; the Diamond rule still applies.
  if (mapped) return { benchmarkId: mapped === 'gpqa' && notes && /diamond/i.test(notes) ? 'gpqa-diamond' : mapped };
  let id = benchmarkSlug(raw);
  id = BUILT_IN[id] ?? id;
  if (id === 'gpqa' && notes && /diamond/i.test(notes)) id = 'gpqa-diamond';
  const lcb = /^livecodebench-(v\d+)-(.+)$/.exec(id);
  if (lcb?.[1]) return { benchmarkId: `livecodebench-${lcb[1]}`, variant: lcb[2] };
  return { benchmarkId: id };
}

export function normalizeScore(score: Score, idMap: Record<string, string>): Score {
  const mapped = canonicalBenchmark(score.benchmarkId, score.variant, idMap);
  const variant = [score.variant, mapped.variant].filter(Boolean).join('; ');
  return {
    ...score,
    benchmarkId: mapped.benchmarkId,
    variant: variant || undefined,
    value: Math.round(score.value * 100) / 100,
  };
}

/** Drops exact repeats (same benchmark, variant, source, value) and sorts for stable output. */
export function dedupeScores(scores: readonly Score[]): Score[] {
  const seen = new Map<string, Score>();
  for (const s of scores) {
    const key = [s.benchmarkId, s.variant ?? '', s.source, s.value, s.url ?? ''].join('|');
    if (!seen.has(key)) seen.set(key, s);
  }
  return [...seen.values()].sort(
    (a, b) =>
      byString(a.benchmarkId, b.benchmarkId) ||
      b.value - a.value ||
      byString(a.source, b.source) ||
      byString(a.variant ?? '', b.variant ?? ''),
  );
}

/** Units whose values cannot be read as 0-100 without inventing a scale. */
export const NON_PERCENT_UNITS = new Set(['Elo', 'MOS']);

/**
 * Why a score cannot go in the catalog, or undefined when it can: Elo and MOS are not on a
 * 0-100 scale, and a lower-is-better benchmark reported as "1 - WER" is the inverse measure.
 */
export function unusableScore(score: Score, benchmark: Benchmark | undefined): string | undefined {
  if (benchmark && NON_PERCENT_UNITS.has(benchmark.unit)) return `unit ${benchmark.unit} is not on a 0-100 scale`;
  if (benchmark && !benchmark.higherIsBetter && /1\s*-\s*wer/i.test(score.variant ?? ''))
    return 'reported as 1 - WER, the inverse of the benchmark';
  if (score.value < 0 || score.value > 100) return `value ${score.value} outside 0-100`;
  return undefined;
}

const CATEGORY_HINTS: [RegExp, string][] = [
  [/(swe|terminal|aider|livecodebench|scicode|code|nl2repo|claw)/, 'code'],
  [/(aime|hmmt|math)/, 'math'],
  [/(gpqa|hle|mmlu)/, 'reasoning'],
  [/(charxiv|mmmu)/, 'vision'],
  [/(mrcr|long-context)/, 'long_context'],
];

/**
 * Definitions for every benchmark that has a score: the leaderboard's where it has one, a
 * derived one for the ids split off here, a plain one for names only models.dev uses, and
 * the curated definitions over all of them.
 */
export function benchmarkDefinitions(
  used: ReadonlySet<string>,
  upstream: readonly Benchmark[],
  curated: readonly Benchmark[],
  names: ReadonlyMap<string, string>,
  idMap: Record<string, string>,
): Benchmark[] {
  const byId = new Map<string, Benchmark>();
  for (const b of upstream) {
    const id = canonicalBenchmark(b.id, undefined, idMap).benchmarkId;
    if (!byId.has(id) || id === b.id) byId.set(id, { ...b, id });
  }
  const gpqa = byId.get('gpqa');
  if (gpqa && !byId.has('gpqa-diamond'))
    byId.set('gpqa-diamond', {
      ...gpqa,
      id: 'gpqa-diamond',
      name: 'GPQA Diamond',
      description:
        'The 198-question Diamond subset of GPQA: the questions experts answer correctly and non-experts do not.',
    });
  const hle = byId.get('hle');
  if (hle) byId.set('hle', { ...hle, name: "Humanity's Last Exam (HLE)" });
  for (const b of curated) byId.set(b.id, b);
  const out: Benchmark[] = [];
  for (const id of [...used].sort(byString)) {
    const known = byId.get(id);
    if (known) out.push(known);
    else {
      const category = CATEGORY_HINTS.find(([re]) => re.test(id))?.[1] ?? 'general';
      const name = names.get(id) ?? id;
      out.push({ id, name, category, unit: /index/.test(id) ? 'points' : '%', higherIsBetter: true });
    }
  }
  return out;
}
