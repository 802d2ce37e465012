/**
 * A small catalog for tests and the mock mode, in the exact shape of public/catalog. Prices are
 * chosen so results are easy to check by hand: at the default traffic (1M requests of 800 input
 * and 250 output tokens) $0.44 / $2.00 per 1M costs $852 a month and $2 / $8 costs $3,600.
 */
import { SCHEMA_VERSION } from '../catalog/schema';
import type { CatalogIndex, Model, ModelSummary, Route } from '../domain/types';

const SOURCE = 'fixture';

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
    contextWindow: { value: 256000, source: SOURCE },
    routes: [
      fixtureRoute({ providerId: 'cheap-cloud', providerModelId: 'alpha-1', prices: { input: 0.44, output: 2 } }),
      fixtureRoute({ providerId: 'big-cloud', providerModelId: 'alpha/alpha-1', prices: { input: 0.6, output: 3, cacheRead: 0.1 } }),
      fixtureRoute({ providerId: 'plan-co', providerModelId: 'alpha-1', billing: 'plan', prices: { input: 0, output: 0 } }),
    ],
  }),
  fixtureModel({
    id: 'beta-2',
    name: 'Beta 2',
    creatorId: 'beta-lab',
    creatorName: 'Beta Lab',
    contextWindow: { value: 1047576, source: SOURCE },
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
    routes: [fixtureRoute({ providerId: 'free-host', providerModelId: 'gamma-small', billing: 'free', prices: { input: 0, output: 0 } })],
  }),
];

function summarize(model: Model): ModelSummary {
  return {
    id: model.id,
    name: model.name,
    creatorId: model.creatorId,
    creatorName: model.creatorName,
    aliases: model.aliases,
    contextWindow: model.contextWindow?.value,
    capabilities: [],
    routeCount: model.routes.length,
    scores: {},
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
  ],
  providers: [
    { id: 'cheap-cloud', name: 'Cheap Cloud', openaiCompatible: true, source: SOURCE },
    { id: 'big-cloud', name: 'Big Cloud', openaiCompatible: true, source: SOURCE },
    { id: 'plan-co', name: 'Plan Co', openaiCompatible: false, source: SOURCE },
    { id: 'free-host', name: 'Free Host', openaiCompatible: true, source: SOURCE },
  ],
  benchmarks: [],
  rates: [
    { currency: 'EUR', perUsd: 0.9, date: '2026-07-01', source: SOURCE },
    { currency: 'INR', perUsd: 85, date: '2026-07-01', source: SOURCE },
  ],
  models: fixtureModels.map(summarize),
};
