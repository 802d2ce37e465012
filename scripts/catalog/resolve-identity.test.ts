import { describe, expect, it } from 'vitest';
import { chooseIds, resolveIdentities, type Entry } from './resolve-identity';
import type { ModelRecord, Offer } from './types';

function offer(providerId: string, id: string, input: number, output: number, extra: Partial<Offer> = {}): Offer {
  return {
    source: 'models.dev',
    upstreamKey: `${providerId}/${id}`,
    ids: [id],
    facts: {},
    capabilities: {},
    route: {
      providerId,
      providerModelId: id,
      billing: 'payg',
      currency: 'USD',
      prices: { input, output },
      status: 'active',
      source: 'models.dev',
      checked: '2026-07-02',
    },
    ...extra,
  };
}

function record(key: string): ModelRecord {
  return {
    source: 'models.dev',
    upstreamKey: key,
    ids: [key.split('/')[1] ?? key],
    baseModel: key,
    facts: {},
    capabilities: {},
    scores: [],
    links: [],
    weights: [],
    anchor: true,
  };
}

function resolve(entries: Entry[], aliases: Record<string, string> = {}): Record<string, string> {
  const { resolutions } = resolveIdentities(entries, aliases);
  const ids = chooseIds(entries, resolutions, Object.values(aliases));
  const out: Record<string, string> = {};
  for (const e of entries) {
    const r = resolutions.get(e);
    if (r) out[e.upstreamKey] = ids.get(r.modelId) ?? r.modelId;
  }
  return out;
}

describe('resolveIdentities', () => {
  it('folds serving variants into the model and keeps a variant that is a model of its own', () => {
    const ids = resolve([
      record('moonshotai/kimi-k2.5'),
      record('moonshotai/kimi-k2-thinking'),
      offer('moonshotai', 'kimi-k2', 0.6, 2.5),
      offer('crof', 'kimi-k2.5-lightning', 1, 3),
      offer('nebius', 'moonshotai/Kimi-K2.5-fast', 0.5, 2.5),
      offer('opencode', 'kimi-k2.5-free', 0, 0),
      offer('moonshotai', 'kimi-k2-thinking', 0.6, 2.5),
    ]);
    expect(ids['crof/kimi-k2.5-lightning']).toBe('kimi-k2.5');
    expect(ids['nebius/moonshotai/Kimi-K2.5-fast']).toBe('kimi-k2.5');
    expect(ids['opencode/kimi-k2.5-free']).toBe('kimi-k2.5');
    expect(ids['moonshotai/kimi-k2-thinking']).toBe('kimi-k2-thinking');
    expect(ids['moonshotai/kimi-k2']).toBe('kimi-k2');
  });

  it('joins an id nothing else shares by its name, and follows base_model and aliases', () => {
    const ids = resolve(
      [
        record('moonshotai/kimi-k2.5'),
        offer('kimi-for-coding', 'k2p5', 0, 0, { name: 'Kimi K2.5' }),
        offer('chutes', 'moonshotai/Kimi-K2.5-TEE', 0.44, 2, { baseModel: 'moonshotai/kimi-k2.5' }),
        offer('reseller', 'km-25', 0.7, 3.2),
      ],
      { 'reseller/km-25': 'kimi-k2.5' },
    );
    expect(new Set(Object.values(ids))).toEqual(new Set(['kimi-k2.5']));
  });

  it('keeps sizes, tiers and versions apart', () => {
    const ids = resolve([
      offer('openai', 'gpt-4.1', 2, 8),
      offer('openai', 'gpt-4.1-mini', 0.4, 1.6),
      offer('openai', 'gpt-3.5-turbo', 0.5, 1.5),
      offer('openai', 'gpt-3.5-turbo-instruct', 1.5, 2),
      offer('alibaba', 'qwen3.5-4b', 0.03, 0.15),
      offer('alibaba', 'qwen3.5-27b', 0.2, 1.6),
      offer('anthropic', 'claude-opus-4-6', 5, 25),
      offer('anthropic', 'claude-opus-4-5', 5, 25),
      offer('xai', 'grok-4', 3, 15),
      offer('xai', 'grok-4-fast', 0.2, 0.5),
    ]);
    expect(new Set(Object.values(ids)).size).toBe(10);
  });

  it('folds the instruct name of sized open weights', () => {
    const ids = resolve([
      offer('groq', 'llama-3.3-70b', 0.59, 0.79),
      offer('together', 'meta-llama/Llama-3.3-70B-Instruct-Turbo', 0.88, 0.88),
    ]);
    expect(ids['together/meta-llama/Llama-3.3-70B-Instruct-Turbo']).toBe('llama-3.3-70b');
  });

  it('folds a dated snapshot into its date-less alias, and keeps snapshots priced differently apart', () => {
    const ids = resolve([
      offer('openai', 'gpt-5-mini', 0.25, 2),
      offer('openai', 'gpt-5-mini-2025-08-07', 0.25, 2),
      offer('openai', 'gpt-4o', 2.5, 10),
      offer('openai', 'gpt-4o-2024-05-13', 5, 15),
      offer('openai', 'gpt-4o-2024-08-06', 2.5, 10),
    ]);
    expect(ids['openai/gpt-5-mini-2025-08-07']).toBe('gpt-5-mini');
    expect(ids['openai/gpt-4o-2024-05-13']).toBe('gpt-4o-2024-05-13');
    expect(ids['openai/gpt-4o-2024-08-06']).toBe('gpt-4o');
  });

  it('prefers the spelling of the metadata record for the display id', () => {
    const ids = resolve([
      record('anthropic/claude-opus-4-6'),
      offer('openrouter', 'anthropic/claude-opus-4.6', 5, 25),
      offer('vertex', 'claude-opus-4-6@default', 5, 25),
    ]);
    expect(new Set(Object.values(ids))).toEqual(new Set(['claude-opus-4.6']));
  });
});
