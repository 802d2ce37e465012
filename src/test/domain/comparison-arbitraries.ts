/** fast-check generators of comparison states and of hostile link queries, for the URL codec's tests. */
import fc from 'fast-check';
import { toBase64Url } from '../../domain/link/base64url';
import { MAX_MODELS, MIN_MODELS, type ComparisonState } from '../../domain/comparison';
import type { CustomEntries, CustomModel, CustomRoute } from '../../domain/custom/entry';
import { REGION_AREAS, type ProviderChoice, type RegionArea } from '../../domain/cost/provider-choice';
import { GPU_TYPES } from '../../domain/cost/self-hosting';
import { DEFAULT_TRAFFIC, TRAFFIC_RULES, type TrafficProfile } from '../../domain/traffic/profile';
import type { KnownIds } from '../../domain/link/codec';
import { LINK_KEYS } from '../../domain/link/keys';

export const CATALOG_IDS = [
  'kimi-k2.5',
  'gpt-4.1',
  'qwen3.5-4b',
  'claude-opus-4.6',
  'llama-3.3-70b',
  'deepseek-v3.2',
  'gpt-oss-120b',
  'minimax-m2.5',
  'glm-4.5',
  'phi-4-mini',
];
export const CURRENCIES = ['USD', 'EUR', 'GBP', 'JPY', 'IDR'];
export const BENCHMARKS = ['mmlu-pro', 'gpqa-diamond', 'swe-bench-verified'];
export const PROVIDERS = ['openai', 'moonshotai', 'jiekou', 'azure', 'amazon-bedrock', 'deepinfra'];

export const KNOWN: KnownIds = {
  modelIds: new Set(CATALOG_IDS),
  currencies: new Set(CURRENCIES),
  benchmarkIds: new Set(BENCHMARKS),
  providerIds: new Set(PROVIDERS),
  fallbackModelIds: ['llama-3.3-70b', 'kimi-k2.5'],
};

/** Any double in [min, max] but -0, mixing round figures (the usual case) with arbitrary ones. */
const amount = (min: number, max: number) =>
  fc
    .oneof(
      fc.integer({ min: Math.ceil(min), max: Math.floor(Math.min(max, 2 ** 31)) }),
      fc.double({ min, max, noNaN: true }),
    )
    .map((x) => (x === 0 ? 0 : x));

const traffic: fc.Arbitrary<TrafficProfile> = fc
  .record({
    requests: amount(0, TRAFFIC_RULES.requests.max),
    inputTokens: amount(0, TRAFFIC_RULES.inputTokens.max),
    outputTokens: amount(0, TRAFFIC_RULES.outputTokens.max),
    reasoningTokens: amount(0, TRAFFIC_RULES.reasoningTokens.max),
    cachedShare: amount(0, 1),
    writeFraction: amount(0, 1),
    batchShare: amount(0, 1),
  })
  .map(({ writeFraction, ...rest }) => ({ ...rest, cacheWriteShare: (1 - rest.cachedShare) * writeFraction }));

const text = (max: number) =>
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: max }).filter((s) => s.length <= max);
const customModel: fc.Arbitrary<CustomModel> = fc.record(
  {
    id: fc.stringMatching(/^custom-[a-z0-9-]{1,20}$/),
    name: text(80),
    contextWindow: fc.integer({ min: 1, max: 1e9 }),
  },
  { requiredKeys: ['id', 'name'] },
);

const priceSet = fc.record(
  {
    input: amount(0, 1e4),
    output: amount(0, 1e4),
    cacheRead: amount(0, 1e4),
    cacheWrite: amount(0, 1e4),
    cacheWrite1h: amount(0, 1e4),
    reasoning: amount(0, 1e4),
  },
  { requiredKeys: [] },
);

const customEntries: fc.Arbitrary<CustomEntries> = fc
  .uniqueArray(customModel, { maxLength: 3, selector: (m) => m.id })
  .chain((models) => {
    const route: fc.Arbitrary<CustomRoute> = fc.record(
      {
        id: fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/),
        modelId: fc.constantFrom(...CATALOG_IDS, ...models.map((m) => m.id)),
        providerName: text(80),
        prices: priceSet,
        currency: fc.constantFrom(...CURRENCIES),
        note: fc.string({ unit: 'binary', maxLength: 60 }).map((s) => s.slice(0, 60)),
        added: fc
          .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
      },
      { requiredKeys: ['id', 'modelId', 'providerName', 'prices', 'currency'] },
    );
    return fc.record({
      models: fc.constant(models),
      routes: fc.uniqueArray(route, { maxLength: 4, selector: (r) => r.id }),
    });
  });

/** A provider choice: distinct known providers, none both excluded and pinned. */
const providerChoice: fc.Arbitrary<ProviderChoice> = fc
  .record({
    picked: fc.uniqueArray(fc.constantFrom(...PROVIDERS, 'custom'), { maxLength: 5 }),
    split: fc.nat(5),
    firstPartyOnly: fc.boolean(),
    region: fc.option(fc.constantFrom(...(Object.keys(REGION_AREAS) as RegionArea[])), { nil: undefined }),
  })
  .map(({ picked, split, firstPartyOnly, region }) => ({
    excluded: picked.slice(0, split),
    pinned: picked.slice(split),
    firstPartyOnly,
    ...(region !== undefined ? { region } : {}),
  }));

/** Any state the app can hold: known ids only, every value within its bounds. */
export const validState: fc.Arbitrary<ComparisonState> = fc
  .record({
    custom: fc.oneof(fc.constant<CustomEntries>({ routes: [], models: [] }), customEntries),
    traffic: fc.oneof(fc.constant(DEFAULT_TRAFFIC), traffic),
    currency: fc.constantFrom(...CURRENCIES),
    rateOverrides: fc.dictionary(
      fc.constantFrom(...CURRENCIES.filter((c) => c !== 'USD')),
      amount(1e-6, 1e9).filter((x) => x > 0),
    ),
    includeFreeAndPlans: fc.boolean(),
    providers: providerChoice,
    selfHosting: fc.record({ gpuId: fc.constantFrom(...GPU_TYPES.map((g) => g.id)), hourlyUsd: amount(0, 1000) }),
    scatterBenchmarkId: fc.option(fc.constantFrom(...BENCHMARKS), { nil: undefined }),
  })
  .chain((parts) =>
    fc
      .uniqueArray(fc.constantFrom(...CATALOG_IDS, ...parts.custom.models.map((m) => m.id)), {
        minLength: MIN_MODELS,
        maxLength: MAX_MODELS,
      })
      .chain((modelIds) =>
        fc.option(fc.constantFrom(...modelIds), { nil: undefined }).map((baselineId) => {
          const state: ComparisonState = {
            ...parts,
            modelIds,
          };
          if (baselineId !== undefined) state.baselineId = baselineId;
          if (parts.scatterBenchmarkId === undefined) delete state.scatterBenchmarkId;
          return state;
        }),
      ),
  );

const HOSTILE = [
  '-5',
  'NaN',
  '1e400',
  '-1e400',
  'Infinity',
  '0x10',
  '1_000',
  '',
  ' ',
  '~',
  ',,,',
  '-0',
  '1e-400',
  '2',
  '0.7',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '__proto__',
  'constructor',
  'EUR:-1',
  'EUR:0.92,EUR:1',
  'XXX:1',
  'EUR:1e400',
  'EUR',
  ':',
  'kimi-k2.5,kimi-k2.5',
  'custom-x',
  '%',
  '%E0%A4%A',
  '%00',
  'eyJyIjpbXX0',
  'e30',
  'W10',
  'bnVsbA',
  '999999999999',
  '1.5',
  'h100-80gb',
  'mmlu-pro',
  'eur',
  'openai,jiekou',
  'eu',
  'openai,openai',
];

/** A link value: hostile constants, real ids, lists of them, numbers, any text, or base64url of any JSON. */
const linkValue: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc
    .array(fc.constantFrom(...CATALOG_IDS, ...PROVIDERS, 'foo', '', 'custom-a', '<b>'), { maxLength: 12 })
    .map((ids) => ids.join(',')),
  fc.double().map(String),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.jsonValue().map((json) => toBase64Url(JSON.stringify(json) ?? '')),
  fc
    .record({
      m: fc.array(fc.anything()),
      r: fc.array(fc.record({ i: fc.string(), m: fc.string(), p: fc.string(), c: fc.string(), $: fc.anything() })),
    })
    .map((json) => toBase64Url(JSON.stringify(json))),
);

const key = fc.oneof(fc.constantFrom(...LINK_KEYS, 'x', '__proto__', 'toString', ''), fc.string({ maxLength: 4 }));

/** Query strings built from the real keys with hostile values, sometimes escaped, sometimes raw. */
export const hostileQuery: fc.Arbitrary<string> = fc
  .array(fc.tuple(key, linkValue, fc.boolean()), { maxLength: 20 })
  .map((pairs) => pairs.map(([k, val, escape]) => `${k}=${escape ? encodeURIComponent(val) : val}`).join('&'));
