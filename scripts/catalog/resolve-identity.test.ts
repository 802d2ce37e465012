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

function resolve(
  entries: Entry[],
  aliases: Record<string, string> = {},
  distinct: string[][] = [],
): Record<string, string> {
  const { resolutions } = resolveIdentities(entries, aliases, distinct);
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

describe('identity rules for one model under several ids', () => {
  it('drops a lab prefix and folds a month-stamped snapshot into the plain id', () => {
    const ids = resolve([
      record('cohere/command-a-03-2025'),
      offer('cohere', 'command-a-03-2025', 2.5, 10),
      offer('azure', 'cohere-command-a', 2.5, 10),
      offer('openrouter', 'cohere/command-a', 2.5, 10),
      offer('cerebras', 'zai-glm-4.7', 2.25, 2.75),
      offer('zai', 'glm-4.7', 0.6, 2.2),
    ]);
    expect(
      new Set(
        Object.entries(ids)
          .filter(([k]) => k.includes('command'))
          .map(([, v]) => v),
      ),
    ).toEqual(new Set(['command-a']));
    expect(ids['cerebras/zai-glm-4.7']).toBe('glm-4.7');
  });

  it('drops a first API version unless a later version exists', () => {
    const ids = resolve([
      offer('amazon-bedrock', 'amazon.nova-pro-v1:0', 0.8, 3.2),
      offer('vercel', 'amazon/nova-pro', 0.8, 3.2),
      offer('vercel', 'kwaipilot/kat-coder-pro-v1', 0.3, 1.2),
      offer('novita-ai', 'kwaipilot/kat-coder-pro', 0.3, 1.2),
      offer('kilo', 'kwaipilot/kat-coder-pro-v2', 0.3, 1.2),
    ]);
    expect(ids['amazon-bedrock/amazon.nova-pro-v1:0']).toBe('nova-pro');
    expect(ids['vercel/kwaipilot/kat-coder-pro-v1']).toBe('kat-coder-pro-v1');
  });

  it('folds a pre-release priced as its release, unless priced apart or curated as distinct', () => {
    const entries = [
      offer('google', 'gemini-3-pro-preview', 2, 12),
      offer('opencode', 'gemini-3-pro', 2, 12),
      offer('openai', 'o1-preview', 15, 60),
      offer('openai', 'o1', 15, 60),
      offer('volcengine', 'doubao-seed-2-0-code-preview', 0.46, 2.3),
      offer('zenmux', 'volcengine/doubao-seed-2.0-code', 0.9, 4.48),
    ];
    const ids = resolve(entries, {}, [['o1', 'o1-preview']]);
    expect(ids['google/gemini-3-pro-preview']).toBe('gemini-3-pro');
    expect(ids['openai/o1-preview']).toBe('o1-preview');
    expect(ids['volcengine/doubao-seed-2-0-code-preview']).toBe('doubao-seed-2.0-code-preview');
    expect(resolve(entries)['openai/o1-preview']).toBe('o1');
  });

  it('sends a -latest id to the one version its provider sells at that price', () => {
    const ids = resolve([
      offer('mistral', 'mistral-large-latest', 0.5, 1.5),
      offer('mistral', 'mistral-large-2512', 0.5, 1.5),
      offer('mistral', 'mistral-large-2411', 2, 6),
      offer('azure', 'mistral-large-latest', 2, 6),
      offer('azure', 'mistral-large-2407', 2, 6),
      offer('azure', 'mistral-large-2411', 2, 6),
      offer('openrouter', 'mistralai/mistral-large', 2, 6),
    ]);
    expect(ids['mistral/mistral-large-latest']).toBe('mistral-large-2512');
    // Two versions at 2/6: the price does not say which, so it stays with the plain name.
    expect(ids['azure/mistral-large-latest']).toBe('mistral-large');
  });

  it('keeps an id naming another parameter size off the model its base_model names', () => {
    const r1 = { ...record('deepseek/deepseek-r1'), facts: { parametersTotal: 671e9 } };
    const distill = offer('cloudflare-workers-ai', '@cf/deepseek-ai/deepseek-r1-distill-qwen-32b', 0.5, 4.9, {
      baseModel: 'deepseek/deepseek-r1',
    });
    const entries = [
      r1,
      offer('deepseek', 'deepseek-reasoner', 0.55, 2.19, { baseModel: 'deepseek/deepseek-r1' }),
      distill,
    ];
    const { resolutions, sizeConflicts } = resolveIdentities(entries, {});
    expect(resolutions.get(distill)?.modelId).toBe('deepseek-r1-distill-qwen32b');
    expect(sizeConflicts).toEqual([expect.stringContaining('deepseek-r1-distill-qwen-32b')]);
  });

  it('reads Ollama size tags: one model per size, the unsized model where no source names the size', () => {
    const ids = resolve([
      offer('openrouter', 'openai/gpt-oss-120b', 0.1, 0.5),
      offer('openrouter', 'openai/gpt-oss-20b', 0.05, 0.2),
      offer('ollama-cloud', 'gpt-oss:120b', 0, 0),
      offer('ollama', 'gpt-oss:20b-cloud', 0, 0),
      offer('ollama-cloud', 'ministral-3:3b', 0, 0),
      offer('ollama-cloud', 'ministral-3:8b', 0, 0),
      offer('deepseek', 'deepseek-v3.1', 0.56, 1.68),
      offer('ollama-cloud', 'deepseek-v3.1:671b', 0, 0),
    ]);
    expect(ids['ollama-cloud/gpt-oss:120b']).toBe('gpt-oss-120b');
    expect(ids['ollama/gpt-oss:20b-cloud']).toBe('gpt-oss-20b');
    expect(ids['ollama-cloud/ministral-3:3b']).not.toBe(ids['ollama-cloud/ministral-3:8b']);
    expect(ids['ollama-cloud/deepseek-v3.1:671b']).toBe('deepseek-v3.1');
  });

  it('follows curated aliases by source, by bare id for every entry it names, and through base_model', () => {
    const litellmMedium = {
      ...offer('mistral', 'mistral-medium', 2.7, 8.1),
      source: 'litellm',
      upstreamKey: 'mistral/mistral-medium',
    };
    const ids = resolve(
      [
        litellmMedium,
        offer('vercel', 'mistral/mistral-medium', 0.4, 2),
        offer('mistral', 'mistral-medium-2604', 1.5, 7.5),
        offer('scaleway', 'mistral-medium-3.5-128b', 1.5, 7.5, { baseModel: 'mistral/mistral-medium-2604' }),
        offer('openrouter', 'mistralai/mistral-medium-3-5', 1.5, 7.5),
      ],
      {
        'litellm:mistral/mistral-medium': 'mistral-medium-2312',
        'mistral-medium': 'mistral-medium-3.1',
        'mistral-medium-2604': 'mistral-medium-3.5',
      },
    );
    expect(ids['mistral/mistral-medium']).toBe('mistral-medium-2312');
    expect(ids['vercel/mistral/mistral-medium']).toBe('mistral-medium-3.1');
    expect(ids['mistral/mistral-medium-2604']).toBe('mistral-medium-3.5');
    expect(ids['scaleway/mistral-medium-3.5-128b']).toBe('mistral-medium-3.5');
    expect(ids['openrouter/mistralai/mistral-medium-3-5']).toBe('mistral-medium-3.5');
  });

  it('sets aside a -latest record that follows its provider to a versioned model', () => {
    const pointer = record('mistral/mistral-medium-latest');
    const { resolutions, pointers } = resolveIdentities(
      [pointer, offer('mistral', 'mistral-medium-latest', 1.5, 7.5), offer('mistral', 'mistral-medium-2604', 1.5, 7.5)],
      {},
    );
    expect(resolutions.get(pointer)?.modelId).toBe('mistral-medium2604');
    expect(pointers.has(pointer)).toBe(true);
  });
});
