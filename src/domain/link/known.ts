/** What a link is checked against: the ids and currencies the loaded catalog knows. */
import { MAX_MODELS } from '../comparison';
import type { CatalogIndex, ModelSummary } from '../types';
import type { KnownIds } from './codec';
import { compareText } from '../search/text-order';

type Reach = Pick<ModelSummary, 'id' | 'routeCount'>;
type Named = Pick<ModelSummary, 'id' | 'aliases'>;

/**
 * The model each alias names, where one model alone lists it and no model has it as its id: the
 * ids earlier catalogs had come first in a model's aliases. Made on the first lookup, as a link
 * rarely names an id the catalog lacks and the page opens without it.
 */
function aliasLookup(models: readonly Named[], modelIds: ReadonlySet<string>): (id: string) => string | undefined {
  let byAlias: Map<string, string | null> | undefined;
  return (id) => {
    if (!byAlias) {
      byAlias = new Map();
      for (const model of models)
        for (const alias of model.aliases) {
          const key = alias.toLowerCase();
          if (modelIds.has(key)) continue;
          const seen = byAlias.get(key);
          byAlias.set(key, seen === undefined || seen === model.id ? model.id : null);
        }
    }
    return byAlias.get(id.toLowerCase()) ?? undefined;
  };
}

/** Most routes first, then by id. */
const byReach = (a: Reach, b: Reach) => b.routeCount - a.routeCount || compareText(a.id, b.id);

/**
 * The first `count` models in reach order, without sorting the catalog: this runs as the page
 * opens, where a full sort by locale-aware id costs a frame.
 */
function widestServed(models: readonly Reach[], count: number): Reach[] {
  const top: Reach[] = [];
  for (const model of models) {
    if (top.length === count && byReach(model, top[count - 1]!) >= 0) continue;
    const at = top.findIndex((kept) => byReach(model, kept) < 0);
    top.splice(at === -1 ? top.length : at, 0, model);
    if (top.length > count) top.pop();
  }
  return top;
}

/**
 * The catalog's ids. A link naming too few usable models is filled with the most widely served
 * ones (most routes first): the models a reader is likeliest to want beside the one named. An id
 * the catalog lacks opens the model that lists it as an alias.
 */
export function knownIdsOf(index: Pick<CatalogIndex, 'models' | 'rates' | 'benchmarks' | 'providers'>): KnownIds {
  const modelIds = new Set(index.models.map((m) => m.id));
  return {
    modelIds,
    modelNamed: aliasLookup(index.models, modelIds),
    currencies: new Set(['USD', ...index.rates.map((r) => r.currency)]),
    benchmarkIds: new Set(index.benchmarks.map((b) => b.id)),
    providerIds: new Set(index.providers.map((p) => p.id)),
    fallbackModelIds: widestServed(index.models, MAX_MODELS).map((m) => m.id),
  };
}
