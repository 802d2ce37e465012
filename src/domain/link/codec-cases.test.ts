import { describe, expect, it } from 'vitest';
import { DEFAULT_COMPARISON, type ComparisonState } from '../comparison';
import { KNOWN } from '../../test/domain/comparison-arbitraries';
import { decode, encode, encodeLink } from './codec';

const withState = (patch: Partial<ComparisonState>): ComparisonState => ({ ...DEFAULT_COMPARISON, ...patch });
const traffic = (patch: Partial<ComparisonState['traffic']>) =>
  withState({ traffic: { ...DEFAULT_COMPARISON.traffic, ...patch } });

describe('encoding', () => {
  it.each<[string, ComparisonState, string]>([
    ['the default comparison is the bare address', DEFAULT_COMPARISON, ''],
    ['models', withState({ modelIds: ['gpt-4.1', 'kimi-k2.5', 'qwen3.5-4b'] }), 'm=gpt-4.1,kimi-k2.5,qwen3.5-4b&v=1'],
    ['requests compactly', traffic({ requests: 2_500_000 }), 'r=2.5e6&v=1'],
    ['small counts plainly', traffic({ inputTokens: 1200, outputTokens: 100 }), 'in=1200&out=100&v=1'],
    ['shares', traffic({ cachedShare: 0.5, batchShare: 0.25 }), 'cr=0.5&bs=0.25&v=1'],
    [
      'currency and rate',
      withState({ currency: 'EUR', rateOverrides: { GBP: 0.8, EUR: 0.92 } }),
      'cur=EUR&fx=EUR:0.92,GBP:0.8&v=1',
    ],
    [
      'options',
      withState({
        includeFreeAndPlans: true,
        selfHosting: { gpuId: 'h200-141gb', hourlyUsd: 3.5 },
        scatterBenchmarkId: 'mmlu-pro',
      }),
      'free=1&gpu=h200-141gb&gph=3.5&bm=mmlu-pro&v=1',
    ],
    [
      'provider choice, after the free flag',
      withState({
        includeFreeAndPlans: true,
        providers: { excluded: ['jiekou', 'azure'], pinned: ['openai'], firstPartyOnly: true, region: 'eu' },
        selfHosting: { gpuId: 'h200-141gb', hourlyUsd: 2 },
      }),
      'free=1&xp=jiekou,azure&pin=openai&fp=1&reg=eu&gpu=h200-141gb&v=1',
    ],
    ['baseline', withState({ baselineId: 'gpt-4.1' }), 'b=gpt-4.1&v=1'],
    ['a stale baseline is dropped', withState({ baselineId: 'qwen3.5-4b' }), ''],
  ])('%s', (_, state, query) => {
    expect(encode(state)).toBe(query);
  });

  it('writes the example link', () => {
    const state = withState({
      modelIds: ['kimi-k2.5', 'gpt-4.1'],
      traffic: { ...DEFAULT_COMPARISON.traffic, requests: 2.5e6 },
      currency: 'EUR',
    });
    expect(encode(state)).toBe('r=2.5e6&cur=EUR&v=1');
  });

  it('leaves out custom entries too long for a link, and keeps them when asked', () => {
    const routes = Array.from({ length: 40 }, (_, i) => ({
      id: `c${i}`,
      modelId: 'gpt-4.1',
      providerName: `Provider number ${i} with a long name`,
      prices: { input: 1.25, output: 10 },
      currency: 'USD',
      note: 'negotiated in March, renews yearly',
    }));
    const state = withState({ custom: { routes, models: [] } });
    const shared = encodeLink(state);
    expect(shared.customOmitted).toBe(true);
    expect(shared.query).toBe('c=~&v=1');
    expect(decode(shared.query, KNOWN).ignored).toEqual([
      'The link left out custom prices that were too long to carry; ask for their JSON export.',
    ]);
    const kept = encodeLink(state, { maxLength: Infinity });
    expect(kept.customOmitted).toBe(false);
    expect(decode(kept.query, KNOWN).state.custom.routes).toHaveLength(40);
  });
});

describe('decoding hostile and odd links', () => {
  it.each<[string, string, Partial<ComparisonState>, string[]]>([
    ['the bare address', '', {}, []],
    ['a leading "?"', '?r=2e6&v=1', { traffic: { ...DEFAULT_COMPARISON.traffic, requests: 2e6 } }, []],
    ['negative requests', 'r=-5', {}, ['Requests per month “-5” is out of range; using 1,000,000.']],
    ['NaN', 'in=NaN', {}, ['Input tokens per request “NaN” is not a number; using 800.']],
    ['1e400', 'out=1e400', {}, ['Output tokens per request “1e400” is out of range; using 250.']],
    ['hex', 'r=0x10', {}, ['Requests per month “0x10” is not a number; using 1,000,000.']],
    ['a share above 1', 'cr=2', {}, ['Cached share “2” is out of range; using 0.']],
    [
      'shares summing past 1',
      'cr=0.7&cw=0.5',
      { traffic: { ...DEFAULT_COMPARISON.traffic, cachedShare: 0.7 } },
      ['Cached share and cache-write share add up to more than 1; using 0 for the cache-write share.'],
    ],
    ['an unknown model', 'm=kimi-k2.5,foo,gpt-4.1', {}, ['Unknown model id “foo” ignored.']],
    [
      'duplicates',
      'm=gpt-4.1,gpt-4.1,kimi-k2.5',
      { modelIds: ['gpt-4.1', 'kimi-k2.5'] },
      ['“gpt-4.1” listed more than once; shown once.'],
    ],
    [
      'one model: filled from the fallback',
      'm=gpt-4.1',
      { modelIds: ['gpt-4.1', 'llama-3.3-70b'] },
      ['The link names fewer than 2 models this catalog knows; added “llama-3.3-70b” to compare.'],
    ],
    [
      'too many models',
      `m=${['kimi-k2.5', 'gpt-4.1', 'qwen3.5-4b', 'claude-opus-4.6', 'llama-3.3-70b', 'deepseek-v3.2', 'gpt-oss-120b', 'minimax-m2.5', 'glm-4.5'].join(',')}`,
      {
        modelIds: [
          'kimi-k2.5',
          'gpt-4.1',
          'qwen3.5-4b',
          'claude-opus-4.6',
          'llama-3.3-70b',
          'deepseek-v3.2',
          'gpt-oss-120b',
          'minimax-m2.5',
        ],
      },
      ['At most 8 models can be compared; “glm-4.5” left out.'],
    ],
    [
      'script in a model id',
      'm=<script>alert(1)</script>,gpt-4.1',
      { modelIds: ['gpt-4.1', 'llama-3.3-70b'] },
      [
        'Unknown model id “<script>alert(1)</script>” ignored.',
        'The link names fewer than 2 models this catalog knows; added “llama-3.3-70b” to compare.',
      ],
    ],
    ['an unknown currency', 'cur=<script>', {}, ['Currency “<script>” is not known; using USD.']],
    ['a lowercase currency', 'cur=eur', { currency: 'EUR' }, []],
    [
      'a bad rate',
      'fx=EUR:-1,GBP:0.8',
      { rateOverrides: { GBP: 0.8 } },
      ['Exchange rate “EUR:-1” is not a known currency with a positive rate; ignored.'],
    ],
    [
      'a baseline not compared',
      'b=qwen3.5-4b',
      {},
      ['Baseline “qwen3.5-4b” is not among the compared models; the first model is the baseline.'],
    ],
    [
      'a newer version',
      'r=2e6&v=9',
      { traffic: { ...DEFAULT_COMPARISON.traffic, requests: 2e6 } },
      ['Link version 9 is newer than this app; read what could be read.'],
    ],
    ['an unreadable version', 'v=abc', {}, ['Link version “abc” is not one this app knows; read what could be read.']],
    ['an unknown setting', 'zoom=2', {}, ['Unknown setting “zoom” ignored.']],
    [
      'a repeated setting',
      'r=2e6&r=3e6',
      { traffic: { ...DEFAULT_COMPARISON.traffic, requests: 2e6 } },
      ['Setting “r” appears more than once; the first one was used.'],
    ],
    ['a bad free flag', 'free=yes', {}, ['“Include free tiers and plans” must be 0 or 1, not “yes”; left off.']],
    [
      'an unknown GPU',
      'gpu=tpu&gph=-1',
      {},
      ['GPU type “tpu” is not known; using h100-80gb.', 'GPU-hour price “-1” is not between 0 and 1,000 USD; using 2.'],
    ],
    ['an unknown benchmark', 'bm=__proto__', {}, ['Benchmark “__proto__” is not known; the chart picks one.']],
    [
      'unknown and repeated providers',
      'xp=jiekou,nope,jiekou,<b>&pin=azure,gone',
      { providers: { excluded: ['jiekou'], pinned: ['azure'], firstPartyOnly: false } },
      ['Unknown providers “nope”, “<b>” not excluded; ignored.', 'Unknown provider “gone” not pinned; ignored.'],
    ],
    [
      'a provider both excluded and pinned',
      'xp=openai&pin=openai,azure',
      { providers: { excluded: ['openai'], pinned: ['azure'], firstPartyOnly: false } },
      ['“openai” both excluded and pinned; kept excluded.'],
    ],
    [
      'a bad first-party flag and region',
      'fp=yes&reg=mars',
      {},
      [
        '“First-party routes only” must be 0 or 1, not “yes”; left off.',
        'Region “mars” is not one of us, eu, apac, ca, sa, global; routes in any region count.',
      ],
    ],
    [
      'unreadable custom entries',
      'c=%%%',
      {},
      ['The custom prices in the link could not be read; they were left out.'],
    ],
    [
      'custom entries of the wrong shape',
      'c=eyJyIjpbMV19',
      {},
      ['1 custom price in the link could not be read and was ignored.'],
    ],
  ])('%s', (_, query, patch, ignored) => {
    const decoded = decode(query, KNOWN);
    expect(decoded.state).toEqual({ ...DEFAULT_COMPARISON, ...patch });
    expect(decoded.ignored).toEqual(ignored);
  });

  it('keeps a custom model compared when the link defines it', () => {
    const state = withState({
      modelIds: ['gpt-4.1', 'custom-our-llm'],
      custom: {
        models: [{ id: 'custom-our-llm', name: 'Our LLM' }],
        routes: [
          {
            id: 'c1',
            modelId: 'custom-our-llm',
            providerName: 'In-house',
            prices: { input: 0.1, output: 0.2 },
            currency: 'EUR',
          },
        ],
      },
    });
    expect(decode(encode(state), KNOWN)).toMatchObject({ state, ignored: [] });
  });

  it('cuts a flood of problems down to a readable list', () => {
    const query =
      Array.from({ length: 50 }, (_, i) => `k${i}=1`).join('&') +
      '&r=-1&in=-1&out=-1&rt=-1&cr=-1&cw=-1&bs=-1&cur=x&gpu=x&gph=x&bm=x&free=x';
    const { ignored } = decode(query, KNOWN);
    expect(ignored).toHaveLength(12);
    expect(ignored.at(-1)).toMatch(/^…and \d+ more problems\.$/);
  });
});
