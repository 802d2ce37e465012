/**
 * Edits of the user's custom entries. Each returns a new CustomEntries and leaves its input
 * untouched, so the store receives a fresh value through its one write path (setCustom).
 */
import { CUSTOM_MODEL_PREFIX, type CustomEntries, type CustomModel, type CustomRoute } from './entry';

/** Adds the route, or replaces the one with the same id in place (an edit keeps its position). */
export function upsertRoute(entries: CustomEntries, route: CustomRoute): CustomEntries {
  const exists = entries.routes.some((r) => r.id === route.id);
  return {
    ...entries,
    routes: exists ? entries.routes.map((r) => (r.id === route.id ? route : r)) : [...entries.routes, route],
  };
}

export function removeRoute(entries: CustomEntries, routeId: string): CustomEntries {
  return { ...entries, routes: entries.routes.filter((r) => r.id !== routeId) };
}

export function upsertModel(entries: CustomEntries, model: CustomModel): CustomEntries {
  const exists = entries.models.some((m) => m.id === model.id);
  return {
    ...entries,
    models: exists ? entries.models.map((m) => (m.id === model.id ? model : m)) : [...entries.models, model],
  };
}

/** Removes a custom model and its routes: a route of a model that no longer exists serves nothing. */
export function removeCustomModel(entries: CustomEntries, modelId: string): CustomEntries {
  return {
    models: entries.models.filter((m) => m.id !== modelId),
    routes: entries.routes.filter((r) => r.modelId !== modelId),
  };
}

/**
 * Entries read from a file joined to the current ones. An imported entry replaces a current
 * one that is the same entry (same model id; for routes the same id, model and provider name),
 * so re-importing one's own export updates it. An imported route whose short id is taken by a
 * different route gets a new id rather than overwrite it. Every other entry is kept.
 */
export function mergeImported(current: CustomEntries, imported: CustomEntries): CustomEntries {
  const modelIds = new Set(imported.models.map((m) => m.id));
  const sameRoute = (a: CustomRoute, b: CustomRoute) =>
    a.id === b.id && a.modelId === b.modelId && a.providerName === b.providerName;
  const kept = current.routes.filter((r) => !imported.routes.some((i) => sameRoute(i, r)));
  const taken = kept.map((r) => r.id);
  const added = imported.routes.map((route) => {
    const id = taken.includes(route.id) ? newCustomRouteId([...taken, ...imported.routes.map((r) => r.id)]) : route.id;
    taken.push(id);
    return id === route.id ? route : { ...route, id };
  });
  return {
    models: [...current.models.filter((m) => !modelIds.has(m.id)), ...imported.models],
    routes: [...kept, ...added],
  };
}

/** Lowercase letters and digits joined by single hyphens, at most 40 characters. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    // Accents split off by NFKD go, so "Ünïcode" reads "unicode" rather than "u-ni-code".
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug || 'model';
}

/** "custom-<name slug>", numbered when taken, so ids stay readable in shared links. */
export function newCustomModelId(name: string, taken: readonly string[]): string {
  const base = `${CUSTOM_MODEL_PREFIX}${slugify(name)}`;
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** "c1", "c2"...: the smallest number not taken, short because the id travels in links. */
export function newCustomRouteId(taken: readonly string[]): string {
  const used = new Set(taken);
  for (let n = 1; ; n++) if (!used.has(`c${n}`)) return `c${n}`;
}
