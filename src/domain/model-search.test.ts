import { describe, expect, it } from 'vitest';
import { normalize, prepareSearch, searchModels } from './model-search';
import type { ModelSummary } from './types';

const summary = (id: string, name: string, creatorName: string, routeCount: number, aliases: string[] = []): ModelSummary => ({
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
  summary('kimi-k2.5', 'Kimi K2.5', 'Moonshot AI', 67, ['moonshotai/kimi-k2.5', 'kimi-k2p5', 'moonshotai/Kimi-K2.5-TEE']),
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

  it('matches creators', () => {
    expect(searchModels(entries, 'anthropic').map((m) => m.id).sort()).toEqual(['claude-opus-4.5', 'claude-opus-4.6']);
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
