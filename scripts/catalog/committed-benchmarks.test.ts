// @vitest-environment node
/**
 * The scores the app ships (public/catalog), checked against the upstream rows they come from:
 * no score from a template's placeholder row, and every lower-is-better benchmark ranked the
 * right way round in the index.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogIndex, Model } from '../../src/domain/types';
import { canonicalBenchmark } from './benchmarks';
import { readCurated } from './read-curated';

const repoRoot = resolve(__dirname, '..', '..');
const committed = join(repoRoot, 'public', 'catalog');
const leaderboardFile = resolve(
  repoRoot,
  '..',
  'shared',
  'data',
  'upstream',
  'llm-leaderboard',
  'llm_leaderboard.json',
);

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const index = readJson<CatalogIndex>(join(committed, 'index.json'));
const models = readdirSync(join(committed, 'models')).map((f) => readJson<Model>(join(committed, 'models', f)));

describe('the committed catalog’s scores', () => {
  it('carry no template link and no 0 without a source', () => {
    const suspect = models.flatMap((m) =>
      m.scores
        .filter((s) => /example\.(com|org|net)/.test(s.url ?? '') || (s.value === 0 && !s.url))
        .map((s) => `${m.id}/${s.benchmarkId}`),
    );
    expect(suspect).toEqual([]);
  });

  it('rank the hallucination-rate benchmarks lower-is-better, best score the lowest', () => {
    const lower = new Set(index.benchmarks.filter((b) => !b.higherIsBetter).map((b) => b.id));
    for (const id of ['factscore', 'longfact-concepts', 'longfact-objects']) expect(lower.has(id), id).toBe(true);
    for (const m of models) {
      const summary = index.models.find((s) => s.id === m.id);
      for (const id of lower) {
        const values = m.scores.filter((s) => s.benchmarkId === id).map((s) => s.value);
        if (values.length) expect(summary?.scores[id], `${m.id} ${id}`).toBe(Math.min(...values));
      }
    }
  });
});

interface BoardRow {
  benchmark_id: string;
  normalized_score: number;
  self_reported_source_link?: string | null;
  analysis_method?: string | null;
}

// The leaderboard snapshot lives beside the repository; without it the check above still holds.
/** The upstream rows that link to a template's example address. */
function readTemplateRows(): { modelId: string; b: BoardRow }[] {
  const board = readJson<{ models: Record<string, { benchmarks: BoardRow[] }> }>(leaderboardFile);
  return Object.entries(board.models).flatMap(([modelId, m]) =>
    m.benchmarks
      .filter((b) => /^https?:\/\/(www\.)?example\.com\//.test(b.self_reported_source_link ?? ''))
      .map((b) => ({ modelId, b })),
  );
}

// A skipped describe still runs its body to collect the tests: nothing is read there.
describe.skipIf(!existsSync(leaderboardFile))('llm-leaderboard’s template rows', () => {
  let templateRows: { modelId: string; b: BoardRow }[] = [];
  let idMap: Record<string, string> = {};
  beforeAll(() => {
    templateRows = readTemplateRows();
    idMap = readCurated(join(__dirname, 'curated')).benchmarkIdMap;
  });

  it('exist upstream, with GPT-3.5 Turbo’s MathVista and MMMU zeros among them', () => {
    const zeros = templateRows.filter((r) => r.b.normalized_score === 0).map((r) => `${r.modelId}/${r.b.benchmark_id}`);
    expect(zeros).toEqual(expect.arrayContaining(['gpt-3.5-turbo-0125/mathvista', 'gpt-3.5-turbo-0125/mmmu']));
  });

  it('give no committed score', () => {
    const leaked = templateRows.flatMap(({ modelId, b }) => {
      const model = models.find((m) => m.id === modelId || m.aliases.includes(modelId));
      const benchmarkId = canonicalBenchmark(b.benchmark_id, b.analysis_method ?? undefined, idMap).benchmarkId;
      const value = Math.round(b.normalized_score * 10000) / 100;
      const hit = model?.scores.find(
        (s) => s.source === 'llm-leaderboard' && s.benchmarkId === benchmarkId && s.value === value,
      );
      return hit ? [`${model?.id}/${benchmarkId} ${value}`] : [];
    });
    expect(templateRows.length).toBeGreaterThan(0);
    expect(leaked).toEqual([]);
  });
});
