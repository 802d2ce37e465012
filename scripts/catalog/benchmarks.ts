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

/**
 * A link a template row carries in place of a source (`https://example.com/benchmark-image` in
 * llm-leaderboard): the reserved example domains, `.example`, localhost, or a "placeholder" path.
 */
export function isPlaceholderUrl(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return true;
  }
  return (
    /(^|\.)example\.(com|org|net)$/.test(host) ||
    host.endsWith('.example') ||
    host === 'localhost' ||
    /placeholder/i.test(url)
  );
}

/**
 * Why a score row is a template's filler rather than a measurement, or undefined. A row whose
 * source link is a placeholder was copied from a template: its method ("Accuracy" even for a
 * word error rate) and its "independent" flag are the template's defaults, so nothing in it can
 * be traced, and the flag would let it outrank a lab's own figure. A 0 with no source link is an
 * empty cell (GPT-3.5 Turbo's MathVista and MMMU: a text-only model with no vision score).
 */
export function placeholderScore(score: Score): string | undefined {
  if (score.url !== undefined && isPlaceholderUrl(score.url))
    return score.value === 0
      ? 'template row: score 0 with a placeholder source link'
      : 'template row: placeholder source link, method and flags';
  if (score.value === 0 && score.url === undefined) return 'score 0 with no source link';
  return undefined;
}

/** Units whose values cannot be read as 0-100 without inventing a scale. */
export const NON_PERCENT_UNITS = new Set(['Elo', 'MOS']);

/**
 * Why a score cannot go in the catalog, or undefined when it can: a template's placeholder row,
 * Elo and MOS (not on a 0-100 scale), and a lower-is-better benchmark reported as "1 - WER" (the
 * inverse measure).
 */
export function unusableScore(score: Score, benchmark: Benchmark | undefined): string | undefined {
  const placeholder = placeholderScore(score);
  if (placeholder) return placeholder;
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

/** What a score's method says it counts, where that is errors rather than successes. */
export function errorMeasure(variant: string | undefined): 'hallucination rate' | 'word error rate' | undefined {
  if (!variant || /1\s*-\s*wer/i.test(variant)) return undefined;
  if (/hallucinat|inaccura/i.test(variant)) return 'hallucination rate';
  if (/word error rate|\bwer\b/i.test(variant)) return 'word error rate';
  return undefined;
}

const measureSlug = (measure: string) => measure.replace(/ /g, '-');

/**
 * Direction from the scores themselves. The curated and upstream definitions say which way a
 * benchmark points; where one says higher is better but its scores count errors, the scores
 * win: a benchmark whose every score is an error rate is lower-is-better (OpenAI publishes
 * FActScore and LongFact as hallucination rates, while the benchmarks' own papers score the
 * share of supported claims), and where only some are (GPT-5's HealthBench Hard
 * hallucinations beside other models' HealthBench Hard scores), those scores move to
 * `<benchmark>-hallucination-rate` so one row never mixes two directions. Changes the scores'
 * benchmark ids in place and returns the definitions the moved and flipped ids need.
 */
export function settleDirections(
  models: readonly { scores: Score[] }[],
  definitions: ReadonlyMap<string, Benchmark>,
): Benchmark[] {
  const byBenchmark = new Map<string, Score[]>();
  for (const m of models)
    for (const s of m.scores) byBenchmark.set(s.benchmarkId, [...(byBenchmark.get(s.benchmarkId) ?? []), s]);
  const derived = new Map<string, Benchmark>();
  for (const [id, scores] of [...byBenchmark].sort(([a], [b]) => byString(a, b))) {
    const known = definitions.get(id);
    if (known && !known.higherIsBetter) continue;
    const base = known ?? { id, name: id, category: 'general', unit: '%', higherIsBetter: true };
    const measures = scores.map((s) => errorMeasure(s.variant));
    const first = measures[0];
    if (first && measures.every((m) => m === first)) {
      derived.set(id, { ...base, name: `${base.name} (${first})`, higherIsBetter: false });
      continue;
    }
    for (const [i, score] of scores.entries()) {
      const measure = measures[i];
      if (!measure) continue;
      const movedId = `${id}-${measureSlug(measure)}`;
      score.benchmarkId = movedId;
      if (!derived.has(movedId))
        derived.set(movedId, {
          id: movedId,
          name: `${base.name} (${measure})`,
          category: base.category,
          unit: '%',
          higherIsBetter: false,
          description: `${base.name} results reported as a ${measure}: the share of answers that are wrong, so lower is better.`,
          ...(base.url ? { url: base.url } : {}),
        });
    }
  }
  return [...derived.values()];
}
