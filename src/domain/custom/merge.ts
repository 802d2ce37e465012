/**
 * Joins the user's own routes and models (CustomEntries) to the catalog's models, so that cost,
 * cheapest route, route tables, charts and exports treat them like any other route or model.
 */
import type { ToUsd } from '../cost/currency';
import {
  CUSTOM_PROVIDER_ID,
  CUSTOM_SOURCE_ID,
  isCustomModelId,
  type CustomEntries,
  type CustomModel,
  type CustomRoute,
} from './entry';
import type { Model, ModelSummary, Route, Source } from '../types';

export const CUSTOM_CREATOR_NAME = 'Custom';

/** The source every custom figure cites, so provenance views and exports can name it. */
export const CUSTOM_SOURCE: Source = {
  id: CUSTOM_SOURCE_ID,
  title: 'Your own prices and models',
  publisher: 'You',
  date: '',
  license: 'Your own data',
  contributed: 'Prices and models entered in "Your prices".',
};

/**
 * A custom route as a catalog route. The provider has no catalog id, so its name travels in
 * `providerModelId` (read back with `routeProviderName`); the route id is prefixed so it never
 * equals a catalog route id.
 */
export function customRouteToRoute(entry: CustomRoute): Route {
  return {
    id: `${CUSTOM_PROVIDER_ID}/${entry.id}`,
    providerId: CUSTOM_PROVIDER_ID,
    providerModelId: entry.providerName,
    billing: 'payg',
    currency: entry.currency,
    prices: { ...entry.prices },
    status: 'active',
    source: CUSTOM_SOURCE_ID,
    // Today's date would make the same entries give different data on different days.
    checked: entry.added ?? '',
  };
}

export const isCustomRoute = (route: Route): boolean =>
  route.providerId === CUSTOM_PROVIDER_ID && route.source === CUSTOM_SOURCE_ID;

/** The provider name to show for a route: the user's own name for custom routes, else the catalog's. */
export function routeProviderName(route: Route, catalogName: (providerId: string) => string): string {
  return isCustomRoute(route) ? route.providerModelId : catalogName(route.providerId);
}

const routesOf = (custom: CustomEntries, modelId: string): Route[] =>
  custom.routes.filter((r) => r.modelId === modelId).map(customRouteToRoute);

/** A custom model as a catalog model: no facts beyond what the user stated, no scores. */
export function customModelToModel(entry: CustomModel, custom: CustomEntries): Model {
  return {
    id: entry.id,
    name: entry.name,
    creatorId: CUSTOM_PROVIDER_ID,
    creatorName: CUSTOM_CREATOR_NAME,
    aliases: [],
    ...(entry.contextWindow !== undefined
      ? { contextWindow: { value: entry.contextWindow, source: CUSTOM_SOURCE_ID } }
      : {}),
    modes: [],
    tags: [],
    capabilities: {},
    weights: [],
    links: [],
    routes: routesOf(custom, entry.id),
    scores: [],
  };
}

/** Ids to fetch from the catalog and ids the user's entries answer for, each in their order. */
export function splitModelIds(ids: readonly string[]): { catalogIds: string[]; customIds: string[] } {
  return { catalogIds: ids.filter((id) => !isCustomModelId(id)), customIds: ids.filter(isCustomModelId) };
}

/**
 * The compared models in the order of `ids`: loaded catalog models with the user's routes for
 * them appended, and custom models built from their entries. Ids with neither (a catalog model
 * still loading, a custom model since deleted) are skipped.
 */
export function mergeCustom(catalogModels: readonly Model[], ids: readonly string[], custom: CustomEntries): Model[] {
  const loaded = new Map(catalogModels.map((m) => [m.id, m]));
  const customModels = new Map(custom.models.map((m) => [m.id, m]));
  return ids.flatMap((id): Model[] => {
    const entry = customModels.get(id);
    if (isCustomModelId(id)) return entry ? [customModelToModel(entry, custom)] : [];
    const model = loaded.get(id);
    if (!model) return [];
    const extra = routesOf(custom, id);
    return [extra.length > 0 ? { ...model, routes: [...model.routes, ...extra] } : model];
  });
}

/**
 * A custom model's entry in the picker. `cheapest` follows ModelSummary's rule (lowest
 * input + output, in USD) over the model's custom routes that a rate converts.
 */
export function customModelSummary(entry: CustomModel, custom: CustomEntries, toUsd: ToUsd): ModelSummary {
  const routes = custom.routes.filter((r) => r.modelId === entry.id);
  let cheapest: ModelSummary['cheapest'];
  for (const route of routes) {
    const { input, output } = route.prices;
    if (input === undefined || output === undefined) continue;
    const inUsd = toUsd(input, route.currency);
    const outUsd = toUsd(output, route.currency);
    if (inUsd === undefined || outUsd === undefined) continue;
    if (!cheapest || inUsd + outUsd < cheapest.input + cheapest.output)
      cheapest = { input: inUsd, output: outUsd, providerId: CUSTOM_PROVIDER_ID };
  }
  return {
    id: entry.id,
    name: entry.name,
    creatorId: CUSTOM_PROVIDER_ID,
    creatorName: CUSTOM_CREATOR_NAME,
    aliases: [],
    ...(entry.contextWindow !== undefined ? { contextWindow: entry.contextWindow } : {}),
    capabilities: [],
    ...(cheapest ? { cheapest } : {}),
    routeCount: routes.length,
    scores: {},
  };
}

/** The catalog's summaries followed by the user's custom models, for the pickers. */
export function withCustomSummaries(
  catalog: readonly ModelSummary[],
  custom: CustomEntries,
  toUsd: ToUsd,
): readonly ModelSummary[] {
  if (custom.models.length === 0) return catalog;
  return [...catalog, ...custom.models.map((m) => customModelSummary(m, custom, toUsd))];
}
