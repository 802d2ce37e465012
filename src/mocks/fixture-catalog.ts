/**
 * A small catalog for tests and the mock mode, in the exact shape of public/catalog. Prices are
 * chosen so results are easy to check by hand: at the default traffic (1M requests of 800 input
 * and 250 output tokens) $0.44 / $2.00 per 1M costs $852 a month and $2 / $8 costs $3,600.
 */
import { SCHEMA_VERSION } from '../catalog/schema';
import { CAPABILITY_IDS, type CatalogIndex, type Model, type ModelSummary, type Route } from '../domain/types';

const SOURCE = 'fixture';
/** Sources the comparison views resolve and attribute; the leaderboard's license asks for attribution. */
const LEADERBOARD = 'llm-leaderboard';
const VENDOR = 'vendor-docs';
const RESELLER = 'reseller-page';
export const LEADERBOARD_ATTRIBUTION =
  'Benchmark data from LLM Stats (llm-leaderboard by Jonathan Chavez Tamales), CC BY 4.0';

export function fixtureRoute(overrides: Partial<Route> & Pick<Route, 'providerId' | 'prices'>): Route {
  const providerModelId = overrides.providerModelId ?? 'model';
  return {
    id: `${overrides.providerId}/${providerModelId}`,
    providerModelId,
    billing: 'payg',
    currency: 'USD',
    status: 'active',
    source: SOURCE,
    checked: '2026-07-01',
    ...overrides,
  };
}

export function fixtureModel(overrides: Partial<Model> & Pick<Model, 'id' | 'name'>): Model {
  return {
    creatorId: 'lab',
    creatorName: 'Lab',
    aliases: [],
    modes: [],
    tags: [],
    capabilities: {},
    weights: [],
    links: [],
    routes: [],
    scores: [],
    ...overrides,
  };
}

export const fixtureModels: Model[] = [
  fixtureModel({
    id: 'alpha-1',
    name: 'Alpha 1',
    creatorId: 'alpha-lab',
    creatorName: 'Alpha Lab',
    // Disputed like Kimi K2.5's: three pages, three context windows.
    contextWindow: {
      value: 256000,
      source: SOURCE,
      claims: [
        { value: 128000, source: RESELLER, note: '128K' },
        { value: 256000, source: SOURCE, note: '256K' },
        { value: 262144, source: VENDOR, note: '262,144 tokens' },
      ],
      rule: 'Most recent first-party statement wins.',
    },
    releaseDate: { value: '2026-01-27', source: VENDOR },
    maxOutput: { value: 32768, source: VENDOR },
    parametersTotal: { value: 1e12, source: VENDOR },
    parametersActive: { value: 32e9, source: VENDOR },
    architecture: { value: 'Mixture of experts', source: VENDOR },
    license: { value: 'Modified MIT', source: VENDOR },
    openWeights: { value: true, source: VENDOR },
    inputModalities: { value: ['text', 'image', 'video'], source: VENDOR },
    outputModalities: { value: ['text'], source: VENDOR },
    modes: ['thinking', 'instant'],
    tags: ['coding', 'agents'],
    capabilities: {
      vision: {
        value: 'yes',
        source: VENDOR,
        claims: [
          { value: 'yes', source: VENDOR, note: 'natively multimodal' },
          { value: 'no', source: RESELLER },
        ],
        rule: 'The lab documentation wins over third-party pages.',
      },
      reasoning: { value: 'yes', source: VENDOR },
      'function-calling': { value: 'yes', source: VENDOR },
      'tool-use': { value: 'yes', source: VENDOR },
      'structured-outputs': { value: 'yes', source: SOURCE },
      'computer-use': { value: 'no', source: SOURCE },
    },
    scores: [
      { benchmarkId: 'mmlu-pro', value: 87.1, selfReported: true, source: VENDOR, date: '2026-01-27' },
      {
        benchmarkId: 'mmlu-pro',
        value: 84.5,
        selfReported: false,
        source: LEADERBOARD,
        date: '2026-06-01',
        variant: 'thinking',
      },
      { benchmarkId: 'gpqa-diamond', value: 80.2, selfReported: false, source: LEADERBOARD, date: '2026-06-01' },
    ],
    routes: [
      fixtureRoute({ providerId: 'cheap-cloud', providerModelId: 'alpha-1', prices: { input: 0.44, output: 2 } }),
      fixtureRoute({
        providerId: 'big-cloud',
        providerModelId: 'alpha/alpha-1',
        prices: { input: 0.6, output: 3, cacheRead: 0.1 },
      }),
      fixtureRoute({
        providerId: 'plan-co',
        providerModelId: 'alpha-1',
        billing: 'plan',
        prices: { input: 0, output: 0 },
      }),
    ],
  }),
  fixtureModel({
    id: 'beta-2',
    name: 'Beta 2',
    creatorId: 'beta-lab',
    creatorName: 'Beta Lab',
    contextWindow: { value: 1047576, source: SOURCE },
    releaseDate: { value: '2025-04-14', source: SOURCE },
    maxOutput: { value: 32768, source: SOURCE },
    knowledgeCutoff: { value: '2024-06', source: SOURCE },
    license: { value: 'Proprietary', source: SOURCE },
    openWeights: { value: false, source: SOURCE },
    inputModalities: { value: ['text', 'image'], source: SOURCE },
    outputModalities: { value: ['text'], source: SOURCE },
    tags: ['rag'],
    capabilities: {
      vision: { value: 'yes', source: SOURCE },
      reasoning: { value: 'no', source: SOURCE },
      'function-calling': { value: 'yes', source: SOURCE },
      'tool-use': { value: 'yes', source: SOURCE },
      'structured-outputs': { value: 'yes', source: SOURCE },
      'code-execution': { value: 'yes', source: SOURCE },
      'computer-use': { value: 'no', source: SOURCE },
    },
    scores: [
      { benchmarkId: 'mmlu-pro', value: 81.8, selfReported: false, source: LEADERBOARD, date: '2026-05-01' },
      {
        benchmarkId: 'swe-bench-verified',
        value: 54.6,
        selfReported: true,
        source: SOURCE,
        url: 'https://example.com/beta-2',
      },
    ],
    routes: [
      fixtureRoute({ providerId: 'big-cloud', providerModelId: 'beta/beta-2', prices: { input: 2, output: 8 } }),
      fixtureRoute({ providerId: 'cheap-cloud', providerModelId: 'beta-2', prices: { input: 2.2, output: 8.8 } }),
    ],
  }),
  fixtureModel({
    id: 'gamma-small',
    name: 'Gamma Small',
    creatorId: 'gamma-lab',
    creatorName: 'Gamma Lab',
    license: { value: 'Apache 2.0', source: SOURCE },
    openWeights: { value: true, source: SOURCE },
    capabilities: { vision: { value: 'yes', source: SOURCE }, 'function-calling': { value: 'no', source: SOURCE } },
    routes: [
      fixtureRoute({
        providerId: 'free-host',
        providerModelId: 'gamma-small',
        billing: 'free',
        prices: { input: 0, output: 0 },
      }),
    ],
  }),
];

function cheapestOf(model: Model): Pick<ModelSummary, 'cheapest'> {
  const priced = model.routes
    .filter((r) => r.billing === 'payg' && r.prices.input !== undefined && r.prices.output !== undefined)
    .sort((a, b) => (a.prices.input ?? 0) + (a.prices.output ?? 0) - ((b.prices.input ?? 0) + (b.prices.output ?? 0)));
  const route = priced[0];
  return route
    ? { cheapest: { input: route.prices.input ?? 0, output: route.prices.output ?? 0, providerId: route.providerId } }
    : {};
}

function bestScores(model: Model): Record<string, number> {
  const best: Record<string, number> = {};
  for (const s of model.scores) best[s.benchmarkId] = Math.max(best[s.benchmarkId] ?? -Infinity, s.value);
  return best;
}

function summarize(model: Model): ModelSummary {
  return {
    id: model.id,
    name: model.name,
    creatorId: model.creatorId,
    creatorName: model.creatorName,
    aliases: model.aliases,
    contextWindow: model.contextWindow?.value,
    capabilities: CAPABILITY_IDS.filter((id) => model.capabilities[id]?.value === 'yes'),
    ...cheapestOf(model),
    routeCount: model.routes.length,
    scores: bestScores(model),
  };
}

export const fixtureIndex: CatalogIndex = {
  meta: { schemaVersion: SCHEMA_VERSION, generatedAt: '2026-07-24' },
  sources: [
    {
      id: SOURCE,
      title: 'Test fixture',
      url: 'https://example.com/fixture',
      publisher: 'Versus',
      date: '2026-07-01',
      license: 'MIT',
      contributed: 'Test data.',
    },
    {
      id: LEADERBOARD,
      title: 'LLM Stats leaderboard data',
      url: 'https://github.com/JonathanChavezTamales/llm-leaderboard',
      publisher: 'LLM Stats',
      date: '2026-06-01',
      license: 'CC BY 4.0',
      attribution: LEADERBOARD_ATTRIBUTION,
      contributed: 'Independent benchmark scores.',
    },
    {
      id: VENDOR,
      title: 'Alpha Lab model documentation',
      url: 'https://example.com/alpha-docs',
      publisher: 'Alpha Lab',
      date: '2026-02-01',
      license: 'All rights reserved (facts quoted)',
      contributed: 'Model specifications and self-reported scores.',
    },
    {
      id: RESELLER,
      title: 'Reseller model page',
      publisher: 'Reseller',
      date: '2026-03-01',
      license: 'All rights reserved (facts quoted)',
      contributed: 'A competing context window and capability claim.',
    },
  ],
  providers: [
    {
      id: 'cheap-cloud',
      name: 'Cheap Cloud',
      apiBaseUrl: 'https://api.cheap.example/v1',
      openaiCompatible: true,
      source: SOURCE,
    },
    {
      id: 'big-cloud',
      name: 'Big Cloud',
      apiBaseUrl: 'https://big.example/openai/v1/',
      openaiCompatible: true,
      source: SOURCE,
    },
    { id: 'plan-co', name: 'Plan Co', openaiCompatible: false, source: SOURCE },
    { id: 'free-host', name: 'Free Host', openaiCompatible: true, source: SOURCE },
  ],
  benchmarks: [
    { id: 'mmlu-pro', name: 'MMLU-Pro', category: 'knowledge', unit: '%', higherIsBetter: true },
    { id: 'gpqa-diamond', name: 'GPQA Diamond', category: 'reasoning', unit: '%', higherIsBetter: true },
    { id: 'swe-bench-verified', name: 'SWE-bench Verified', category: 'coding', unit: '%', higherIsBetter: true },
  ],
  rates: [
    { currency: 'EUR', perUsd: 0.9, date: '2026-07-01', source: SOURCE },
    { currency: 'INR', perUsd: 85, date: '2026-07-01', source: SOURCE },
  ],
  models: fixtureModels.map(summarize),
};
