import { describe, expect, it } from 'vitest';
import {
  matchKey,
  parseId,
  sizesOf,
  splitApiVersion,
  splitDate,
  splitLabPrefix,
  splitPreview,
  splitVariantSuffix,
} from './normalize-id';

describe('parseId', () => {
  it.each([
    ['moonshotai/kimi-k2.5', 'kimi-k2.5'],
    ['kimi-k2-5', 'kimi-k2.5'],
    ['kimi-k2p5', 'kimi-k2.5'],
    ['accounts/fireworks/models/kimi-k2p5', 'kimi-k2.5'],
    ['moonshotai.kimi-k2.5', 'kimi-k2.5'],
    ['workers-ai/@cf/moonshotai/kimi-k2.5', 'kimi-k2.5'],
    ['Pro/moonshotai/Kimi-K2.5', 'kimi-k2.5'],
    ['moonshotai/Kimi-K2.5-TEE', 'kimi-k2.5-tee'],
    ['claude-opus-4-6', 'claude-opus-4.6'],
    ['claude-opus-4-6@default', 'claude-opus-4.6'],
    ['anthropic.claude-3-5-sonnet-20241022-v2:0', 'claude-3.5-sonnet-20241022'],
    ['databricks-claude-opus-4-6', 'claude-opus-4.6'],
    ['llama-3-8b', 'llama-3-8b'],
    ['qwen3-235b-a22b-2507', 'qwen3-235b-a22b-2507'],
    ['deepseek.v3-v1:0', 'deepseek-v3'],
    ['gpt-4.1', 'gpt-4.1'],
  ])('%s -> %s', (raw, key) => {
    expect(parseId(raw).key).toBe(key);
  });

  it('reads variants, regions and quantizations outside the id proper', () => {
    expect(parseId('moonshotai/kimi-k2.5:thinking')).toMatchObject({ key: 'kimi-k2.5', variant: 'thinking' });
    expect(parseId('TEE/kimi-k2.5')).toMatchObject({ key: 'kimi-k2.5', variant: 'tee' });
    expect(parseId('eu.anthropic.claude-opus-4-6-v1')).toMatchObject({ key: 'claude-opus-4.6', region: 'eu' });
    expect(parseId('deepseek-v3.1-fp8')).toMatchObject({ key: 'deepseek-v3.1', quantization: 'fp8' });
    expect(parseId('deepseek-v3.1:671b').variant).toBeUndefined();
  });
});

describe('suffixes and match keys', () => {
  it('splits variant and quantization suffixes', () => {
    expect(splitVariantSuffix('kimi-k2.5-free')).toEqual({ base: 'kimi-k2.5', variant: 'free' });
    expect(splitVariantSuffix('llama-3.3-70b-instruct-turbo')).toEqual({
      base: 'llama-3.3-70b-instruct',
      variant: 'turbo',
    });
    expect(splitVariantSuffix('llama-3.3-70b-instruct')).toEqual({ base: 'llama-3.3-70b', variant: undefined });
    expect(splitVariantSuffix('qwen3-8b-fp8')).toEqual({ base: 'qwen3-8b', quantization: 'fp8' });
    expect(splitVariantSuffix('gpt-4.1-mini')).toBeUndefined();
  });

  it('recognizes dated snapshots only with a real date', () => {
    expect(splitDate('gpt-4o-2024-08-06')).toEqual({ base: 'gpt-4o', date: '20240806' });
    expect(splitDate('claude-opus-4.5-20251101')).toEqual({ base: 'claude-opus-4.5', date: '20251101' });
    expect(splitDate('kimi-k2-0905')).toBeUndefined();
    expect(splitDate('qwen3-235b-a22b-2507')).toBeUndefined();
  });

  it('lets spellings of one model meet and keeps sizes and tiers apart', () => {
    expect(matchKey('llama-3.1-70b')).toBe(matchKey('llama3.1-70b'));
    expect(matchKey('llama-v3.1-70b')).toBe(matchKey('llama-3.1-70b'));
    expect(matchKey('claude-sonnet-3.5')).toBe(matchKey('claude-3.5-sonnet'));
    expect(matchKey('claude-4-opus')).toBe(matchKey('claude-opus-4.0'));
    expect(matchKey('qwen3.5-4b')).not.toBe(matchKey('qwen3.5-27b'));
    expect(matchKey('claude-opus-4.6')).not.toBe(matchKey('claude-opus-4.5'));
    expect(matchKey('gpt-5-mini-2025-08-07')).toMatch(/-2025-08-07$/);
  });
});

describe('snapshot stamps and one-off spellings', () => {
  it('reads 6-digit dates and Google stable suffixes as snapshots', () => {
    expect(splitDate('doubao-seed-1.6-250615')).toEqual({ base: 'doubao-seed-1.6', date: '20250615' });
    expect(splitDate('gemini-2.0-flash-001')).toEqual({ base: 'gemini-2.0-flash', date: '001' });
    expect(splitDate('qwen3-235b-a22b-2507')).toBeUndefined();
  });

  it.each([
    ['gpt-35-turbo', 'gpt-3.5-turbo'],
    ['qwen25-coder-32b-instruct', 'qwen2.5-coder-32b-instruct'],
    ['code-llama-7b', 'codellama-7b'],
    ['deepseek/deepseek-chat-v3.1', 'deepseek-v3.1'],
    ['grok-4-20-reasoning', 'grok-4.20-reasoning'],
  ])('%s -> %s', (raw, key) => {
    expect(parseId(raw).key).toBe(key);
  });
});

describe('spellings that name one model', () => {
  it.each([
    ['codestral@2405', 'codestral-2405'],
    ['mistral-large@2411-001', 'mistral-large-2411-001'],
    ['claude-opus-4-6@default', 'claude-opus-4.6'],
    ['mistral-nemo@latest', 'mistral-nemo-latest'],
    ['claude-opus-41', 'claude-opus-4.1'],
    ['mistral.mistral-7b-instruct-v0:2', 'mistral-7b-instruct-v0.2'],
    ['nvidia.nemotron-nano-9b-v2', 'nemotron-nano-9b-v2'],
    ['amazon.nova-pro-v1:0', 'nova-pro-v1'],
  ])('%s -> %s', (raw, key) => {
    expect(parseId(raw).key).toBe(key);
  });

  it('puts an Ollama size tag in the id and keeps the id without it as a fallback', () => {
    expect(parseId('gpt-oss:120b')).toMatchObject({ key: 'gpt-oss-120b', withoutSize: 'gpt-oss' });
    expect(parseId('gpt-oss:20b-cloud')).toMatchObject({ key: 'gpt-oss-20b', variant: 'cloud' });
    expect(parseId('qwen3-vl:235b-instruct')).toMatchObject({ key: 'qwen3-vl-235b-instruct' });
  });

  it('says which spelling rules changed an id', () => {
    expect(parseId('claude-opus-41').rules).toContain('one-off spelling');
    expect(parseId('codestral@2405').rules).toContain('Vertex version tag');
    expect(parseId('gpt-4.1').rules).toEqual([]);
  });

  it('splits lab prefixes, a first API version and pre-release words', () => {
    expect(splitLabPrefix('zai-glm-4.7')).toBe('glm-4.7');
    expect(splitLabPrefix('cohere-command-a')).toBe('command-a');
    expect(splitLabPrefix('open-mixtral-8x7b')).toBe('mixtral-8x7b');
    expect(splitLabPrefix('open-router')).toBeUndefined();
    expect(splitLabPrefix('coding-glm-5.1')).toBeUndefined();
    expect(splitApiVersion('nova-pro-v1')).toBe('nova-pro');
    expect(splitApiVersion('kat-coder-pro-v2')).toBeUndefined();
    expect(splitApiVersion('claude-v1')).toBe('claude');
    expect(splitPreview('gemini-3-pro-preview')).toBe('gemini-3-pro');
    expect(splitPreview('grok-3-beta')).toBe('grok-3');
    expect(splitPreview('gemini-2.5-flash-preview-09-2025')).toBeUndefined();
  });

  it('reads Cohere month stamps and OpenAI and xAI month-day stamps as snapshots, not other four-digit tags', () => {
    expect(splitDate('command-a-03-2025')).toEqual({ base: 'command-a', date: '202503' });
    expect(splitDate(matchKey('command-a-03-2025'))).toEqual({ base: 'command-a', date: '202503' });
    expect(splitDate('gpt-4-0613')).toEqual({ base: 'gpt-4', date: '0613' });
    expect(splitDate(matchKey('gpt-3.5-turbo-0125'))).toEqual({ base: matchKey('gpt-3.5-turbo'), date: '0125' });
    expect(splitDate('grok-2-1212')).toEqual({ base: 'grok-2', date: '1212' });
    expect(splitDate('gpt-4o-20240806')).toEqual({ base: 'gpt-4o', date: '20240806' });
    expect(splitDate('kimi-k2-0905')).toBeUndefined();
    expect(splitDate('mistral-large-2411')).toBeUndefined();
  });

  it('reads the parameter sizes an id names, not the active ones', () => {
    expect(sizesOf('gpt-oss-120b')).toEqual([120]);
    expect(sizesOf('qwen3-235b-a22b')).toEqual([235]);
    expect(sizesOf('deepseek-r1-distill-qwen-1.5b')).toEqual([1.5]);
    expect(sizesOf('deepseek-r1-distill-qwen-1-5b')).toContain(1.5);
    expect(sizesOf('deepseek-r1')).toEqual([]);
  });
});
