/** What a link is checked against: the ids and currencies the loaded catalog knows. */
import { MAX_MODELS } from './comparison';
import type { CatalogIndex } from './types';
import type { KnownIds } from './url-codec';

/**
 * The catalog's ids. A link naming too few usable models is filled with the most widely served
 * ones (most routes first): the models a reader is likeliest to want beside the one named.
 */
export function knownIdsOf(index: Pick<CatalogIndex, 'models' | 'rates' | 'benchmarks'>): KnownIds {
  const byReach = [...index.models].sort((a, b) => b.routeCount - a.routeCount || a.id.localeCompare(b.id));
  return {
    modelIds: new Set(index.models.map((m) => m.id)),
    currencies: new Set(['USD', ...index.rates.map((r) => r.currency)]),
    benchmarkIds: new Set(index.benchmarks.map((b) => b.id)),
    fallbackModelIds: byReach.slice(0, MAX_MODELS).map((m) => m.id),
  };
}
