/**
 * Ids a published catalog had that now belong to another model (curated/retired-ids.json). Each
 * stays in that model's aliases, first among the index's short aliases, so a shared link naming
 * it still opens the model and typing it in the picker finds it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Model, ModelSummary } from '../../src/domain/types';
import { SUMMARY_ALIAS_LIMIT } from './summary';
import { byString, uniqueSorted } from './util';

/** model id -> its retired ids; throws when an entry no longer fits the catalog. */
export function retiredIdsByModel(retired: Record<string, string>, models: readonly Model[]): Map<string, string[]> {
  const ids = new Set(models.map((m) => m.id));
  const problems: string[] = [];
  const byModel = new Map<string, string[]>();
  for (const [old, target] of Object.entries(retired).sort(([a], [b]) => byString(a, b))) {
    if (ids.has(old)) problems.push(`${old} is a model again; drop it from retired-ids.json`);
    else if (!ids.has(target)) problems.push(`${old} points at ${target}, which the catalog does not have`);
    else byModel.set(target, [...(byModel.get(target) ?? []), old]);
  }
  if (problems.length > 0) throw new Error(`curated retired-ids.json: ${problems.join('; ')}`);
  return byModel;
}

export function withRetiredAliases(model: Model, retired: readonly string[]): Model {
  return retired.length > 0 ? { ...model, aliases: uniqueSorted([...model.aliases, ...retired]) } : model;
}

/**
 * The index's aliases with each model's retired ids first, so no limit drops them, and without
 * another model's retired id, so a link naming it opens one model only.
 */
export function withRetiredSummaryAliases(
  summaries: readonly ModelSummary[],
  retired: ReadonlyMap<string, readonly string[]>,
): ModelSummary[] {
  const all = new Set([...retired.values()].flat());
  return summaries.map((summary) => {
    const own = retired.get(summary.id) ?? [];
    const rest = summary.aliases.filter((a) => !all.has(a));
    if (own.length === 0 && rest.length === summary.aliases.length) return summary;
    return { ...summary, aliases: [...own, ...rest].slice(0, Math.max(SUMMARY_ALIAS_LIMIT, own.length)) };
  });
}

/**
 * Ids the catalog in `dir` has that `models` lack and retired-ids.json does not keep, each with
 * the model now holding most of its routes: the entries retired-ids.json needs before this
 * catalog replaces that one.
 */
export function droppedIds(
  dir: string,
  models: readonly Model[],
  retired: Record<string, string>,
): { id: string; heldBy?: string }[] {
  const indexPath = join(dir, 'index.json');
  if (!existsSync(indexPath)) return [];
  const before = (JSON.parse(readFileSync(indexPath, 'utf8')) as { models: { id: string }[] }).models.map((m) => m.id);
  const now = new Set(models.map((m) => m.id));
  const holder = new Map<string, string>();
  for (const m of models) for (const r of m.routes) holder.set(`${r.providerId}/${r.providerModelId}`, m.id);
  return before
    .filter((id) => !now.has(id) && retired[id] === undefined)
    .map((id) => {
      const file = join(dir, 'models', `${id}.json`);
      const routes = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Model).routes : [];
      const votes = new Map<string, number>();
      for (const r of routes) {
        const to = holder.get(`${r.providerId}/${r.providerModelId}`);
        if (to) votes.set(to, (votes.get(to) ?? 0) + 1);
      }
      const [heldBy] = [...votes].sort(([a, x], [b, y]) => y - x || byString(a, b))[0] ?? [];
      return { id, heldBy };
    });
}
