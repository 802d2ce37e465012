/**
 * `npm run catalog -- --diff <old catalog dir>`: what a rebuild changed, as Markdown for a pull
 * request: models added, removed and merged (an old id that is now another model's alias),
 * route prices that moved by more than 1 %, and disputes the old catalog did not have.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogIndex, Fact, Model, PriceSet, Route } from '../../src/domain/types';
import { FACT_KEYS } from './model-facts';
import { byString } from './util';

export interface CatalogFiles {
  index: CatalogIndex;
  models: Map<string, Model>;
}

export function readCatalogDir(dir: string): CatalogFiles {
  const indexPath = join(dir, 'index.json');
  if (!existsSync(indexPath)) throw new Error(`No catalog in ${dir}: index.json is missing`);
  const index = JSON.parse(readFileSync(indexPath, 'utf8')) as CatalogIndex;
  const modelsDir = join(dir, 'models');
  const files = existsSync(modelsDir) ? readdirSync(modelsDir).filter((f) => f.endsWith('.json')) : [];
  const models = new Map<string, Model>();
  for (const f of files) {
    const model = JSON.parse(readFileSync(join(modelsDir, f), 'utf8')) as Model;
    models.set(model.id, model);
  }
  return { index, models };
}

/** A price that moves less than this share is rounding or a re-typed figure, not a price change. */
export const PRICE_CHANGE_THRESHOLD = 0.01;

const PRICE_KEYS: (keyof PriceSet)[] = ['input', 'output', 'cacheRead', 'cacheWrite', 'cacheWrite1h', 'reasoning'];

export interface PriceChange {
  modelId: string;
  routeId: string;
  /** `input`, `output`, ..., `batch input`, `per request`. */
  price: string;
  currency: string;
  before: number;
  after: number;
  /** (after - before) / before. */
  change: number;
}

export interface NewDispute {
  modelId: string;
  /** A fact or capability id, or `price of <route id>`. */
  what: string;
  claims: string[];
}

export interface CatalogDiff {
  before: { generatedAt: string; models: number; routes: number; scores: number };
  after: { generatedAt: string; models: number; routes: number; scores: number };
  sources: { id: string; before?: string; after?: string }[];
  ratesDate: { before?: string; after?: string };
  added: { id: string; name: string; routes: number; wasAliasOf?: string }[];
  removed: { id: string; name: string }[];
  merged: { id: string; into: string }[];
  priceChanges: PriceChange[];
  newDisputes: NewDispute[];
}

const lower = (s: string) => s.toLowerCase();

/** The model of `models` holding `id` as one of its aliases (case-insensitive), if any. */
function aliasOwners(models: Map<string, Model>): Map<string, string> {
  const owners = new Map<string, string>();
  for (const m of [...models.values()].sort((a, b) => byString(a.id, b.id)))
    for (const a of m.aliases) if (!owners.has(lower(a))) owners.set(lower(a), m.id);
  return owners;
}

const counts = (c: CatalogFiles) => ({
  generatedAt: c.index.meta.generatedAt,
  models: c.models.size,
  routes: [...c.models.values()].reduce((n, m) => n + m.routes.length, 0),
  scores: [...c.models.values()].reduce((n, m) => n + m.scores.length, 0),
});

function routePrices(route: Route): Map<string, number> {
  const out = new Map<string, number>();
  const sets: [string, PriceSet | undefined][] = [
    ['', route.prices],
    ['batch ', route.batch],
    ['flex ', route.flex],
    ['priority ', route.priority],
  ];
  for (const [prefix, set] of sets)
    for (const key of PRICE_KEYS) {
      const value = set?.[key];
      if (value !== undefined) out.set(`${prefix}${key}`, value);
    }
  if (route.perRequest !== undefined) out.set('per request', route.perRequest);
  return out;
}

function priceChanges(modelId: string, oldModel: Model, newModel: Model): PriceChange[] {
  const newRoutes = new Map(newModel.routes.map((r) => [r.id, r]));
  const out: PriceChange[] = [];
  for (const old of oldModel.routes) {
    const now = newRoutes.get(old.id);
    if (!now || now.currency !== old.currency) continue;
    const after = routePrices(now);
    for (const [price, before] of routePrices(old)) {
      const value = after.get(price);
      if (value === undefined || before <= 0) continue;
      const change = (value - before) / before;
      if (Math.abs(change) > PRICE_CHANGE_THRESHOLD)
        out.push({ modelId, routeId: now.id, price, currency: now.currency, before, after: value, change });
    }
  }
  return out;
}

const claimText = (c: { value: unknown; source: string }) =>
  `${typeof c.value === 'string' ? c.value : JSON.stringify(c.value)} (${c.source})`;

function disputedFacts(model: Model): Map<string, Fact<unknown>> {
  const out = new Map<string, Fact<unknown>>();
  for (const key of FACT_KEYS) {
    const fact = model[key] as Fact<unknown> | undefined;
    if (fact?.claims?.length) out.set(key, fact);
  }
  for (const [id, fact] of Object.entries(model.capabilities)) if (fact.claims?.length) out.set(id, fact);
  return out;
}

function newDisputes(modelId: string, oldModels: Model[], newModel: Model): NewDispute[] {
  const out: NewDispute[] = [];
  const oldFacts = new Set(oldModels.flatMap((m) => [...disputedFacts(m).keys()]));
  for (const [what, fact] of disputedFacts(newModel))
    if (!oldFacts.has(what)) out.push({ modelId, what, claims: (fact.claims ?? []).map(claimText) });
  const oldClaims = new Map<string, Set<string>>();
  for (const r of oldModels.flatMap((m) => m.routes))
    oldClaims.set(r.id, new Set((r.priceClaims ?? []).map((c) => c.source)));
  for (const r of newModel.routes) {
    const known = oldClaims.get(r.id) ?? new Set<string>();
    const fresh = (r.priceClaims ?? []).filter((c) => !known.has(c.source));
    if (fresh.length)
      out.push({
        modelId,
        what: `price of ${r.id}`,
        claims: [claimText({ value: r.prices, source: r.source }), ...fresh.map(claimText)],
      });
  }
  return out;
}

export function diffCatalogs(before: CatalogFiles, after: CatalogFiles): CatalogDiff {
  const newOwners = aliasOwners(after.models);
  const oldOwners = aliasOwners(before.models);
  const removed: CatalogDiff['removed'] = [];
  const merged: CatalogDiff['merged'] = [];
  /** Each model of the new catalog with the old models it continues (itself, and what merged into it). */
  const continues = new Map<string, Model[]>();
  for (const old of [...before.models.values()].sort((a, b) => byString(a.id, b.id))) {
    const into = after.models.has(old.id) ? old.id : newOwners.get(lower(old.id));
    if (!into) removed.push({ id: old.id, name: old.name });
    else {
      if (into !== old.id) merged.push({ id: old.id, into });
      continues.set(into, [...(continues.get(into) ?? []), old]);
    }
  }
  const added = [...after.models.values()]
    .filter((m) => !before.models.has(m.id))
    .sort((a, b) => byString(a.id, b.id))
    .map((m) => {
      const wasAliasOf = oldOwners.get(lower(m.id));
      return { id: m.id, name: m.name, routes: m.routes.length, ...(wasAliasOf ? { wasAliasOf } : {}) };
    });
  const changes: PriceChange[] = [];
  const disputes: NewDispute[] = [];
  for (const [id, model] of [...after.models].sort(([a], [b]) => byString(a, b))) {
    const olds = continues.get(id) ?? [];
    for (const old of olds) changes.push(...priceChanges(id, old, model));
    disputes.push(...newDisputes(id, olds, model));
  }
  changes.sort(
    (a, b) =>
      Math.abs(b.change) - Math.abs(a.change) ||
      byString(a.modelId, b.modelId) ||
      byString(a.routeId, b.routeId) ||
      byString(a.price, b.price),
  );
  const sourceIds = [...new Set([...before.index.sources, ...after.index.sources].map((s) => s.id))].sort(byString);
  const dateOf = (c: CatalogFiles, id: string) => c.index.sources.find((s) => s.id === id)?.date;
  const newestRate = (c: CatalogFiles) =>
    c.index.rates
      .map((r) => r.date)
      .sort(byString)
      .at(-1);
  return {
    before: counts(before),
    after: counts(after),
    sources: sourceIds
      .map((id) => ({ id, before: dateOf(before, id), after: dateOf(after, id) }))
      .filter((s) => s.before !== s.after),
    ratesDate: { before: newestRate(before), after: newestRate(after) },
    added,
    removed,
    merged,
    priceChanges: changes,
    newDisputes: disputes,
  };
}

/** Rows shown per list; a pull request body holds at most 65,536 characters. */
export const DIFF_ROW_LIMIT = 60;

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;
const signed = (n: number) => `${n > 0 ? '+' : ''}${n}`;
const percent = (share: number) => `${signed(Math.round(share * 1000) / 10)} %`;

function capped<T>(items: readonly T[], limit: number, line: (item: T) => string): string[] {
  const shown = items.slice(0, limit).map(line);
  return items.length > limit ? [...shown, `- … and ${items.length - limit} more`] : shown;
}

export function formatDiff(diff: CatalogDiff, limit = DIFF_ROW_LIMIT): string {
  const { before, after } = diff;
  const row = (label: string, a: number | string, b: number | string) =>
    `| ${label} | ${a} | ${b} | ${typeof a === 'number' && typeof b === 'number' ? signed(b - a) : ''} |`;
  const lines = [
    '## Catalog changes',
    '',
    '| | before | after | change |',
    '| --- | ---: | ---: | ---: |',
    row('generated', before.generatedAt, after.generatedAt),
    row('models', before.models, after.models),
    row('routes', before.routes, after.routes),
    row('scores', before.scores, after.scores),
    row('exchange rates of', diff.ratesDate.before ?? '-', diff.ratesDate.after ?? '-'),
    '',
  ];
  if (diff.sources.length)
    lines.push(
      '### Source dates',
      '',
      '| source | before | after |',
      '| --- | --- | --- |',
      ...diff.sources.map((s) => `| ${cell(s.id)} | ${s.before ?? 'absent'} | ${s.after ?? 'absent'} |`),
      '',
    );
  lines.push(
    `### Models added (${diff.added.length})`,
    '',
    ...capped(
      diff.added,
      limit,
      (m) =>
        `- ${code(m.id)} ${cell(m.name)}, ${m.routes} routes${m.wasAliasOf ? `; was an alias of ${code(m.wasAliasOf)}` : ''}`,
    ),
    '',
    `### Models removed (${diff.removed.length})`,
    '',
    ...capped(diff.removed, limit, (m) => `- ${code(m.id)} ${cell(m.name)}`),
    '',
    `### Models merged (${diff.merged.length})`,
    '',
    ...capped(diff.merged, limit, (m) => `- ${code(m.id)} is now an alias of ${code(m.into)}`),
    '',
    `### Prices changed by more than ${PRICE_CHANGE_THRESHOLD * 100} % (${diff.priceChanges.length})`,
    '',
  );
  if (diff.priceChanges.length)
    lines.push(
      '| model | route | price | before | after | change |',
      '| --- | --- | --- | ---: | ---: | ---: |',
      ...diff.priceChanges
        .slice(0, limit)
        .map(
          (c) =>
            `| ${code(c.modelId)} | ${code(c.routeId)} | ${c.price} | ${c.before} ${c.currency} | ${c.after} ${c.currency} | ${percent(c.change)} |`,
        ),
      ...(diff.priceChanges.length > limit ? ['', `… and ${diff.priceChanges.length - limit} more`] : []),
    );
  lines.push(
    '',
    `### New disputes (${diff.newDisputes.length})`,
    '',
    ...capped(diff.newDisputes, limit, (d) => `- ${code(d.modelId)} ${cell(d.what)}: ${cell(d.claims.join('; '))}`),
    '',
  );
  return lines.join('\n');
}
