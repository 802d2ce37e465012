import { describe, expect, it } from 'vitest';
import { fixtureIndex, fixtureModels } from '../../mocks/fixture-catalog';
import {
  apiKeyVariable,
  buildRequestSnippet,
  snippetBaseUrl,
  snippetOptions,
  snippetRoutes,
  type SnippetTarget,
} from './request-snippet';
import type { Provider } from '../types';

const provider = (over: Partial<Provider>): Provider => ({
  id: 'p',
  name: 'P',
  openaiCompatible: true,
  source: 's',
  ...over,
});

describe('snippetBaseUrl', () => {
  it.each<{ name: string; over: Partial<Provider>; expected: string | undefined }>([
    {
      name: 'https, trailing slash dropped',
      over: { apiBaseUrl: 'https://api.example.com/v1/' },
      expected: 'https://api.example.com/v1',
    },
    {
      name: 'not OpenAI-compatible',
      over: { apiBaseUrl: 'https://x.example/v1', openaiCompatible: false },
      expected: undefined,
    },
    { name: 'no base URL', over: {}, expected: undefined },
    { name: 'not a URL', over: { apiBaseUrl: 'not a url' }, expected: undefined },
    { name: 'a script URL', over: { apiBaseUrl: 'javascript:alert(1)' }, expected: undefined },
  ])('$name', ({ over, expected }) => expect(snippetBaseUrl(provider(over))).toBe(expected));
});

describe('apiKeyVariable', () => {
  it.each([
    ['moonshot', 'MOONSHOT_API_KEY'],
    ['together-ai', 'TOGETHER_AI_API_KEY'],
    ['302.ai', 'PROVIDER_302_AI_API_KEY'],
  ])('%s -> %s', (id, expected) => expect(apiKeyVariable(id)).toBe(expected));
});

describe('snippetRoutes', () => {
  it('keeps routes whose provider has an OpenAI-compatible base URL', () => {
    const routes = snippetRoutes(fixtureModels[0]?.routes ?? [], fixtureIndex.providers);
    expect(routes.map((r) => [r.provider.id, r.target.baseUrl, r.target.providerModelId])).toEqual([
      ['cheap-cloud', 'https://api.cheap.example/v1', 'alpha-1'],
      ['big-cloud', 'https://big.example/openai/v1', 'alpha/alpha-1'],
    ]);
  });
});

describe('snippetOptions', () => {
  it('puts the lab’s own API first', () => {
    const model = { ...fixtureModels[0]!, creatorId: 'big-cloud' };
    expect(snippetOptions([model], fixtureIndex.providers)[0]?.provider.id).toBe('big-cloud');
  });

  it('labels each usable route of each model, keyed uniquely', () => {
    const options = snippetOptions(fixtureModels.slice(0, 3), fixtureIndex.providers);
    // Cheaper route first per model: Alpha 1 is cheaper on Cheap Cloud, Beta 2 on Big Cloud.
    expect(options.map((o) => [o.key, o.label])).toEqual([
      ['alpha-1 cheap-cloud/alpha-1', 'Alpha 1 on Cheap Cloud (alpha-1)'],
      ['alpha-1 big-cloud/alpha/alpha-1', 'Alpha 1 on Big Cloud (alpha/alpha-1)'],
      ['beta-2 big-cloud/beta/beta-2', 'Beta 2 on Big Cloud (beta/beta-2)'],
      ['beta-2 cheap-cloud/beta-2', 'Beta 2 on Cheap Cloud (beta-2)'],
    ]);
  });
});

describe('buildRequestSnippet', () => {
  const target: SnippetTarget = {
    baseUrl: 'https://api.example.com/v1',
    providerModelId: 'moonshotai/kimi-k2.5',
    apiKeyVariable: 'EX_API_KEY',
  };

  it('writes curl', () => {
    expect(buildRequestSnippet(target, 'curl')).toBe(
      [
        "curl 'https://api.example.com/v1/chat/completions' \\",
        '  -H "Authorization: Bearer $EX_API_KEY" \\',
        "  -H 'Content-Type: application/json' \\",
        `  -d '{"model":"moonshotai/kimi-k2.5","messages":[{"role":"user","content":"Hello!"}]}'`,
      ].join('\n'),
    );
  });

  it('writes Python and TypeScript with the model id as a string literal', () => {
    expect(buildRequestSnippet(target, 'python')).toContain('model="moonshotai/kimi-k2.5",');
    expect(buildRequestSnippet(target, 'python')).toContain(
      'OpenAI(base_url="https://api.example.com/v1", api_key=os.environ["EX_API_KEY"])',
    );
    expect(buildRequestSnippet(target, 'typescript')).toContain('model: "moonshotai/kimi-k2.5",');
    expect(buildRequestSnippet(target, 'typescript')).toContain('baseURL: "https://api.example.com/v1"');
  });

  it.each(['curl', 'python', 'typescript'] as const)('keeps a hostile model id inside its string (%s)', (language) => {
    const hostile = { ...target, providerModelId: `x'"; rm -rf / #\n` };
    const code = buildRequestSnippet(hostile, language);
    if (language === 'curl') expect(code).toContain(`"model":"x'\\''\\"; rm -rf / #\\n"`);
    else expect(code).toContain(JSON.stringify(hostile.providerModelId));
    expect(code.split('\n')).toHaveLength(buildRequestSnippet(target, language).split('\n').length);
  });
});
