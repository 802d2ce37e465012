/**
 * Validates the built catalog with the app's own schemas and writes it: index.json plus one
 * file per model in models/. Files of models that no longer exist are removed, so the
 * directory always matches the index. JSON is 2-space indented with a trailing newline.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import {
  benchmarkSchema,
  indexEnvelopeSchema,
  modelSchema,
  modelSummarySchema,
  providerSchema,
  rateSchema,
  routeSchema,
  scoreSchema,
  sourceSchema,
} from '../../src/catalog/schema';
import type { CatalogIndex, Model } from '../../src/domain/types';

export const MODEL_ID = /^[a-z0-9][a-z0-9.-]*$/;

export const toJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

function check<S extends v.GenericSchema>(schema: S, value: unknown, where: string, problems: string[]): void {
  const result = v.safeParse(schema, value);
  if (result.success) return;
  for (const issue of result.issues.slice(0, 3))
    problems.push(`${where}: ${v.getDotPath(issue) ?? ''} ${issue.message}`);
}

/** Every problem the app's parser would meet, plus the catalog's own integrity rules. */
export function validateCatalog(index: CatalogIndex, models: readonly Model[]): string[] {
  const problems: string[] = [];
  check(indexEnvelopeSchema, index, 'index', problems);
  index.sources.forEach((s, i) => check(sourceSchema, s, `sources[${i}]`, problems));
  index.providers.forEach((p, i) => check(providerSchema, p, `providers[${i}]`, problems));
  index.benchmarks.forEach((b, i) => check(benchmarkSchema, b, `benchmarks[${i}]`, problems));
  index.rates.forEach((r, i) => check(rateSchema, r, `rates[${i}]`, problems));
  index.models.forEach((m, i) => check(modelSummarySchema, m, `models[${i}] (${m.id})`, problems));
  const providerIds = new Set(index.providers.map((p) => p.id));
  const sourceIds = new Set(index.sources.map((s) => s.id));
  const benchmarkIds = new Set(index.benchmarks.map((b) => b.id));
  const currencies = new Set(['USD', ...index.rates.map((r) => r.currency)]);
  const seen = new Set<string>();
  for (const m of models) {
    const where = `model ${m.id}`;
    if (!MODEL_ID.test(m.id)) problems.push(`${where}: id is not a URL slug`);
    if (seen.has(m.id)) problems.push(`${where}: duplicate id`);
    seen.add(m.id);
    check(modelSchema, m, where, problems);
    const routeIds = new Set<string>();
    for (const r of m.routes) {
      check(routeSchema, r, `${where} route ${r.id}`, problems);
      if (routeIds.has(r.id)) problems.push(`${where}: duplicate route id ${r.id}`);
      routeIds.add(r.id);
      if (!providerIds.has(r.providerId)) problems.push(`${where} route ${r.id}: unknown provider ${r.providerId}`);
      if (!sourceIds.has(r.source)) problems.push(`${where} route ${r.id}: unknown source ${r.source}`);
      if (!currencies.has(r.currency)) problems.push(`${where} route ${r.id}: no exchange rate for ${r.currency}`);
      if (r.billing !== 'payg' && (r.prices.input === 0 || r.prices.output === 0))
        problems.push(`${where} route ${r.id}: zero price on a ${r.billing} route`);
    }
    for (const s of m.scores) {
      check(scoreSchema, s, `${where} score ${s.benchmarkId}`, problems);
      if (!benchmarkIds.has(s.benchmarkId)) problems.push(`${where}: score for unknown benchmark ${s.benchmarkId}`);
      if (!sourceIds.has(s.source)) problems.push(`${where}: score from unknown source ${s.source}`);
    }
  }
  if (index.models.length !== models.length) problems.push('index and model files differ in number');
  return problems;
}

/** Writes the files; returns the sizes in bytes of what was written. */
export function writeCatalog(
  outDir: string,
  index: CatalogIndex,
  models: readonly Model[],
): { indexJson: string; removed: string[] } {
  const problems = validateCatalog(index, models);
  if (problems.length)
    throw new Error(
      `The catalog does not validate (${problems.length} problems):\n  ${problems.slice(0, 30).join('\n  ')}`,
    );
  const modelsDir = join(outDir, 'models');
  mkdirSync(modelsDir, { recursive: true });
  const wanted = new Set(models.map((m) => `${m.id}.json`));
  const removed: string[] = [];
  for (const file of readdirSync(modelsDir)) {
    if (!wanted.has(file)) {
      rmSync(join(modelsDir, file), { force: true, recursive: true });
      removed.push(file);
    }
  }
  for (const m of models) writeFileSync(join(modelsDir, `${m.id}.json`), toJson(m));
  const indexJson = toJson(index);
  writeFileSync(join(outDir, 'index.json'), indexJson);
  return { indexJson, removed };
}
