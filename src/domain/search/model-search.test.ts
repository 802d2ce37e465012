import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createSearch, HAYSTACK_SLICE, makeHaystacks, normalize, prepareSearch, searchModels } from './model-search';
import type { ModelSummary } from '../types';

const summary = (
  id: string,
  name: string,
  creatorName: string,
  routeCount: number,
  aliases: string[] = [],
): ModelSummary => ({
  id,
  name,
  creatorId: creatorName.toLowerCase(),
  creatorName,
  aliases,
  capabilities: [],
  routeCount,
  scores: {},
});

const entries = prepareSearch([
  summary('kimi-k2', 'Kimi K2', 'Moonshot AI', 30),
  summary('kimi-k2.5', 'Kimi K2.5', 'Moonshot AI', 67, [
    'moonshotai/kimi-k2.5',
    'kimi-k2p5',
    'moonshotai/Kimi-K2.5-TEE',
  ]),
  summary('kimi-k2-thinking', 'Kimi K2 Thinking', 'Moonshot AI', 20),
  summary('gpt-4.1', 'GPT-4.1', 'OpenAI', 27),
  summary('gpt-4.1-mini', 'GPT-4.1 mini', 'OpenAI', 25),
  summary('gpt-4o', 'GPT-4o', 'OpenAI', 40),
  summary('claude-opus-4.6', 'Claude Opus 4.6', 'Anthropic', 30),
  summary('claude-opus-4.5', 'Claude Opus 4.5', 'Anthropic', 30),
  summary('qwen3.5-4b', 'Qwen3.5-4B', 'Alibaba', 1),
  summary('qwen3.5-27b', 'Qwen3.5 27B', 'Alibaba', 3),
]);

const first = (query: string) => searchModels(entries, query, 5)[0]?.id;

describe('model search', () => {
  it.each([
    ['kimi k2.5', 'kimi-k2.5'],
    ['Kimi K2.5', 'kimi-k2.5'],
    ['kimi 2.5', 'kimi-k2.5'],
    ['k2p5', 'kimi-k2.5'],
    ['gpt4.1', 'gpt-4.1'],
    ['GPT 4.1', 'gpt-4.1'],
    ['opus 4.6', 'claude-opus-4.6'],
    ['qwen3.5 4b', 'qwen3.5-4b'],
    ['moonshotai/kimi-k2.5', 'kimi-k2.5'],
  ])('%j finds %s first', (query, id) => {
    expect(first(query)).toBe(id);
  });

  it('puts the model an exact id or alias names before a model whose name reads the same', () => {
    const named = prepareSearch([
      summary('claude-opus-4.7', 'Claude Opus 4.7', 'Anthropic', 50, ['claude-opus-4-7-41']),
      summary('claude-opus-4.1', 'Claude Opus 4.1', 'Anthropic', 20, ['claude-opus-41']),
      summary('seed-2.0-lite-2602', 'Doubao Seed 2.0 Lite', 'ByteDance', 5),
      summary('seed-2.0-lite', 'Seed 2.0 Lite', 'ByteDance', 2, ['doubao-seed-2.0-lite']),
    ]);
    expect(searchModels(named, 'claude-opus-41')[0]?.id).toBe('claude-opus-4.1');
    expect(searchModels(named, 'doubao-seed-2.0-lite')[0]?.id).toBe('seed-2.0-lite');
    expect(searchModels(named, 'Doubao Seed 2.0 Lite 2602')[0]?.id).toBe('seed-2.0-lite-2602');
  });

  it('matches creators', () => {
    expect(
      searchModels(entries, 'anthropic')
        .map((m) => m.id)
        .sort(),
    ).toEqual(['claude-opus-4.5', 'claude-opus-4.6']);
  });

  it('finds nothing for words that match nothing', () => {
    expect(searchModels(entries, 'kimi opus')).toEqual([]);
    expect(searchModels(entries, 'zzz')).toEqual([]);
  });

  it('lists the most widely served models for an empty query', () => {
    // Ties on route count fall back to the name, so the order is stable.
    expect(searchModels(entries, '  ', 3).map((m) => m.id)).toEqual(['kimi-k2.5', 'gpt-4o', 'claude-opus-4.5']);
  });

  it('normalizes case, punctuation and separators', () => {
    expect(normalize('  Kimi-K2.5 (TEE) ')).toBe('kimi k2.5 tee');
  });
});

describe('search over many models', () => {
  // Names from a tiny alphabet, so queries match many models and ties in score are common.
  const model = fc
    .tuple(fc.stringMatching(/^[ab][ab 1.]{0,6}$/), fc.integer({ min: 0, max: 60 }), fc.uuid())
    .map(([name, routes, id]) => summary(id, name, 'Maker', routes));

  it('keeps the best `limit` hits in the order the full ranking gives them', () => {
    fc.assert(
      fc.property(
        fc.array(model, { maxLength: 80 }),
        fc.stringMatching(/^[ab1 ]{1,3}$/),
        fc.integer({ min: 1, max: 20 }),
        (models, query, limit) => {
          const prepared = prepareSearch(models);
          const all = searchModels(prepared, query, prepared.length + 1);
          expect(searchModels(prepared, query, limit)).toEqual(all.slice(0, limit));
        },
      ),
    );
  });

  it('lists the most widely served models first for an empty query, whatever order they came in', () => {
    fc.assert(
      fc.property(fc.array(model, { maxLength: 40 }), (models) => {
        const routeCounts = searchModels(prepareSearch(models), '', 10).map((m) => m.routeCount);
        expect(routeCounts).toEqual([...models.map((m) => m.routeCount)].sort((a, b) => b - a).slice(0, 10));
      }),
    );
  });

  it('gives, keystroke by keystroke, what a fresh search for the whole text gives', () => {
    // Typing, deleting and retyping: each text either extends the last one or does not.
    const keystrokes = fc.array(fc.oneof(fc.constantFrom('a', 'b', '1', '.', ' ', '-'), fc.constant('⌫')), {
      maxLength: 12,
    });
    fc.assert(
      fc.property(fc.array(model, { maxLength: 60 }), keystrokes, fc.boolean(), (models, keys, warm) => {
        const prepared = prepareSearch(models);
        if (warm) makeHaystacks(prepared, 0, () => true);
        const search = createSearch(prepared);
        let text = '';
        for (const key of keys) {
          text = key === '⌫' ? text.slice(0, -1) : text + key;
          expect(search(text, 8)).toEqual(searchModels(prepareSearch(models), text, 8));
        }
      }),
    );
  });

  it('makes haystacks a slice at a time and stops when told', () => {
    const prepared = prepareSearch(Array.from({ length: 450 }, (_, i) => summary(`m${i}`, `Model ${i}`, 'Maker', i)));
    let slices = 0;
    expect(makeHaystacks(prepared, 0, () => ++slices <= 2)).toBe(2 * HAYSTACK_SLICE);
    expect(prepared[2 * HAYSTACK_SLICE - 1]!.haystack).toBeDefined();
    expect(prepared[2 * HAYSTACK_SLICE]!.haystack).toBeUndefined();
    expect(makeHaystacks(prepared, 2 * HAYSTACK_SLICE, () => true)).toBe(450);
    expect(prepared.every((entry) => entry.haystack)).toBe(true);
  });
});
