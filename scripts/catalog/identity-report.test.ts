// @vitest-environment node
/**
 * One catalog model per real model: the identity rules and curated files on a small fixture of
 * the catalog's own examples, then the committed catalog held to the same standard.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareSearch, searchModels } from '../../src/domain/search/model-search';
import type { CatalogIndex, Model } from '../../src/domain/types';
import { decode } from '../../src/domain/link/codec';
import { knownIdsOf } from '../../src/domain/link/known';
import { buildCatalog } from './build-catalog';
import { distinctNames } from './display-names';
import { nameKeyOf, type IdentityPair } from './identity-report';
import { readCurated } from './read-curated';
import { readUpstream } from './read-sources';
import { retiredIdsByModel } from './retired-ids';
import type { CuratedData } from './types';

const fixture = join(__dirname, 'fixtures', 'identity');
const upstreamAt = (root: string) => ({
  modelsDev: join(root, 'models.dev'),
  litellm: join(root, 'litellm'),
  leaderboard: join(root, 'llm-leaderboard'),
});
const buildFixture = (edit: (curated: CuratedData) => CuratedData = (c) => c) =>
  buildCatalog(readUpstream(upstreamAt(fixture), { genaiPrices: [] }), edit(readCurated(join(fixture, 'curated'))));

const pairOf = (pairs: readonly IdentityPair[], a: string, b: string) =>
  pairs.find((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a));

/** The model a link naming `id` opens, and the first model the picker offers for it. */
function opened(index: CatalogIndex, id: string) {
  const known = knownIdsOf(index);
  const fallback = index.models.find((m) => m.id !== id)?.id ?? '';
  const link = decode(`m=${id},${fallback}`, known).state.modelIds[0];
  const picked = searchModels(prepareSearch(index.models), id)[0]?.id;
  return { link, picked };
}

describe('identity on the fixture of the catalog’s own examples', () => {
  const { index, models, report } = buildFixture();
  const ids = models.map((m) => m.id);
  const routesOf = (id: string) => models.find((m) => m.id === id)?.routes.map((r) => r.id) ?? [];

  it('makes one model of each real model the sources list under several ids', () => {
    expect(ids).toEqual(
      expect.arrayContaining([
        'claude-opus-4.1',
        'nova-pro',
        'gemini-2.5-flash-image',
        'glm-4.7',
        'command-a',
        'gpt-oss-120b',
        'gpt-oss-20b',
        'mistral-medium-3.5',
      ]),
    );
    for (const gone of ['claude-opus-41', 'nova-pro-v1', 'nano-banana', 'zai-glm-4.7', 'cohere-command-a'])
      expect(ids).not.toContain(gone);
    for (const gone of ['command-a-03-2025', 'gpt-oss', 'gpt-oss-120b-1', 'mistral-medium-2604'])
      expect(ids).not.toContain(gone);
    expect(routesOf('command-a')).toHaveLength(3);
    expect(routesOf('mistral-medium-3.5')).toHaveLength(3);
    expect(routesOf('gpt-oss-120b')).toEqual(
      expect.arrayContaining(['ollama-cloud/gpt-oss:120b', 'amazon-bedrock/openai.gpt-oss-120b-1:0']),
    );
    expect(routesOf('gpt-oss-20b')).toContain('ollama/gpt-oss:20b-cloud#cloud');
  });

  it('reports each merge with the rule or curated alias that made it', () => {
    const { pairs } = report.identity;
    expect(pairOf(pairs, 'claude-opus-41', 'claude-opus-4.1')).toMatchObject({
      decision: 'merged',
      why: 'one-off spelling',
    });
    expect(pairOf(pairs, 'zai-glm-4.7', 'glm-4.7')).toMatchObject({ decision: 'merged', why: 'lab prefix' });
    expect(pairOf(pairs, 'nova-pro-v1', 'nova-pro')?.why).toMatch(/API version/);
    expect(pairOf(pairs, 'command-a-03-2025', 'command-a')?.why).toMatch(/dated snapshot/);
    expect(pairOf(pairs, 'mistral-medium-2604', 'mistral-medium-3.5')?.decision).toBe('aliased');
    expect(pairOf(pairs, 'nano-banana', 'gemini-2.5-flash-image')?.decision).toBe('aliased');
  });

  it('decides every look-alike pair, and counts one without a decision as undecided', () => {
    expect(report.identity.counts.undecided).toBe(0);
    expect(pairOf(report.identity.pairs, 'widget', 'widget-v1.5')).toMatchObject({
      decision: 'distinct',
      why: expect.stringMatching(/^curated: /),
    });
    const without = buildFixture((c) => ({ ...c, distinct: [] })).report.identity;
    expect(without.counts.undecided).toBe(1);
    expect(pairOf(without.pairs, 'widget', 'widget-v1.5')?.decision).toBe('undecided');
  });

  it('keeps retired ids as aliases that open their model from a link and the picker', () => {
    const nova = index.models.find((m) => m.id === 'nova-pro');
    expect(nova?.aliases[0]).toBe('nova-pro-v1');
    expect(models.find((m) => m.id === 'claude-opus-4.1')?.aliases).toContain('claude-opus-41');
    for (const [old, now] of Object.entries(readCurated(join(fixture, 'curated')).retiredIds))
      expect(opened(index, old), old).toEqual({ link: now, picked: now });
  });

  it('stops when a retired id points at no model, or names a model again', () => {
    expect(() => retiredIdsByModel({ 'claude-opus-41': 'claude-opus-9' }, models)).toThrow(/does not have/);
    expect(() => retiredIdsByModel({ 'nova-pro': 'glm-4.7' }, models)).toThrow(/a model again/);
  });
});

describe('display names of distinct models that share one', () => {
  it('adds the words of the id the other models lack', () => {
    const names = distinctNames([
      { id: 'gpt-4', name: 'GPT-4' },
      { id: 'gpt-4-0613', name: 'GPT-4' },
      { id: 'gpt-4-0314', name: 'GPT 4' },
      { id: 'gpt-4.1', name: 'GPT-4.1' },
    ]);
    expect(Object.fromEntries(names)).toEqual({ 'gpt-4-0613': 'GPT-4 (0613)', 'gpt-4-0314': 'GPT 4 (0314)' });
  });
});

const repoRoot = resolve(__dirname, '..', '..');
const committed = join(repoRoot, 'public', 'catalog');
const upstreamRoot = resolve(repoRoot, '..', 'shared', 'data', 'upstream');
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

describe('identity of the committed catalog', () => {
  const index = readJson<CatalogIndex>(join(committed, 'index.json'));
  const curated = readCurated(join(__dirname, 'curated'));
  const model = (id: string) => readJson<Model>(join(committed, 'models', `${id}.json`));

  it('has no two models under one display name unless distinct.json says why', () => {
    const byName = new Map<string, string[]>();
    for (const m of index.models) byName.set(nameKeyOf(m.name), [...(byName.get(nameKeyOf(m.name)) ?? []), m.id]);
    const explained = (ids: string[]) => curated.distinct.some((d) => ids.every((id) => d.models.includes(id)));
    const shared = [...byName.values()].filter((ids) => ids.length > 1 && !explained(ids));
    expect(shared).toEqual([]);
  });

  it('opens the model holding each retired id from a link and the picker', () => {
    for (const [old, now] of Object.entries(curated.retiredIds))
      expect(opened(index, old), old).toEqual({ link: now, picked: now });
  });

  it('keeps each model to one parameter size and one release of Mistral Large', () => {
    const size = /(?<![a-z0-9.])(\d+(?:\.\d+)?)b(?![a-z0-9])/g;
    const mixed = index.models.filter((summary) => {
      const named = new Set(
        model(summary.id).routes.flatMap((r) => [...r.providerModelId.toLowerCase().matchAll(size)].map((m) => m[1])),
      );
      return named.size > 1;
    });
    // Two ids spell a decimal size with a hyphen (`qwen-1-5b` is 1.5B): not two sizes.
    expect(mixed.map((m) => m.id).filter((id) => !/1\.5b$|-1b$/.test(id))).toEqual([]);
    expect(model('deepseek-r1').routes.filter((r) => /distill/i.test(r.providerModelId))).toEqual([]);
    expect(model('codestral-2405').routes.map((r) => r.providerModelId)).toContain('codestral@2405');
    // Mistral Large: each release with its own prices at Mistral and the clouds, as Mistral priced them.
    const firstParty = new Set(['mistral', 'azure', 'amazon-bedrock', 'google-vertex']);
    const releases: Record<string, string[]> = {
      'mistral-large-2402': ['4/12', '8/24', '10.4/31.2'],
      'mistral-large-2407': ['2/6', '3/9'],
      'mistral-large-2411': ['2/6'],
      'mistral-large-3': ['0.5/1.5'],
    };
    expect(index.models.filter((m) => /^Mistral Large/.test(m.name)).map((m) => m.id)).toEqual(
      expect.arrayContaining(Object.keys(releases)),
    );
    for (const [id, prices] of Object.entries(releases)) {
      const own = model(id).routes.filter((r) => firstParty.has(r.providerId) && r.billing === 'payg');
      expect(own.length, id).toBeGreaterThan(0);
      for (const r of own) expect(prices, `${id} ${r.id}`).toContain(`${r.prices.input}/${r.prices.output}`);
    }
  });
});

// The upstream snapshot lives beside the repository; without it the build cannot run here.
describe.skipIf(!existsSync(upstreamRoot))('npm run catalog -- --report identity', () => {
  it('leaves no look-alike pair undecided', () => {
    const built = buildCatalog(readUpstream(upstreamAt(upstreamRoot)), readCurated(join(__dirname, 'curated')));
    const undecided = built.report.identity.pairs.filter((p) => p.decision === 'undecided');
    expect(undecided).toEqual([]);
    expect(built.report.identity.counts.distinct).toBeGreaterThan(0);
  }, 60_000);
});
