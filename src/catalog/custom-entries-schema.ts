/**
 * The "Your prices" file: the user's custom entries as exported, and the parser for importing
 * one. A file is taken whole or not at all, so a bad file never leaves half its entries behind.
 */
import * as v from 'valibot';
import { CUSTOM_MODEL_PREFIX, type CustomEntries } from '../domain/custom/entry';
import { MAX_NAME_LENGTH, MAX_NOTE_LENGTH } from '../domain/custom/draft';
import { fail, ok, type Result } from '../domain/result';

export const CUSTOM_FILE_FORMAT = 'versus-custom-prices';
export const CUSTOM_FILE_VERSION = 1;
export const CUSTOM_FILE_NAME = 'versus-custom-prices.json';

/** Big enough for any real use, small enough that a wrong file is refused before parsing. */
export const MAX_CUSTOM_FILE_BYTES = 1_000_000;
const MAX_ENTRIES = 500;

const text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(max));
const price = v.pipe(v.number('must be a number'), v.finite('must be finite'), v.minValue(0, 'must not be negative'));

const customRouteSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,40}$/, 'must be letters, digits, - or _')),
  modelId: text(120),
  providerName: text(MAX_NAME_LENGTH),
  prices: v.object({
    input: price,
    output: price,
    cacheRead: v.optional(price),
    cacheWrite: v.optional(price),
    reasoning: v.optional(price),
  }),
  currency: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'must be a three-letter currency code such as USD')),
  note: v.optional(v.pipe(v.string(), v.maxLength(MAX_NOTE_LENGTH))),
  added: v.optional(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD'))),
});

const customModelSchema = v.object({
  id: v.pipe(
    v.string(),
    v.regex(/^custom-[a-z0-9-]{1,60}$/, `must start with "${CUSTOM_MODEL_PREFIX}" then lowercase letters, digits or -`),
  ),
  name: text(MAX_NAME_LENGTH),
  contextWindow: v.optional(v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(1), v.maxValue(1e9))),
});

export const customFileSchema = v.object({
  format: v.optional(v.literal(CUSTOM_FILE_FORMAT, `must be "${CUSTOM_FILE_FORMAT}"`)),
  version: v.optional(
    v.literal(CUSTOM_FILE_VERSION, `must be ${CUSTOM_FILE_VERSION}; this file was written by another version`),
  ),
  models: v.pipe(v.array(customModelSchema), v.maxLength(MAX_ENTRIES)),
  routes: v.pipe(v.array(customRouteSchema), v.maxLength(MAX_ENTRIES)),
});

/** The file's content for "Export JSON". */
export function customFileContent(entries: CustomEntries): string {
  return `${JSON.stringify({ format: CUSTOM_FILE_FORMAT, version: CUSTOM_FILE_VERSION, models: entries.models, routes: entries.routes }, null, 2)}\n`;
}

function duplicate(ids: readonly string[]): string | undefined {
  return ids.find((id, i) => ids.indexOf(id) !== i);
}

/** Parses a file's text into custom entries, or says in plain words why it cannot be used. */
export function parseCustomFile(content: string): Result<CustomEntries> {
  let raw: unknown;
  try {
    raw = JSON.parse(content);
  } catch {
    return fail('The file is not valid JSON. Choose a file saved with "Export JSON".');
  }
  const parsed = v.safeParse(customFileSchema, raw);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = issue ? v.getDotPath(issue) : null;
    return fail(
      `The file does not hold custom prices${path ? ` (${path}: ${issue?.message})` : issue ? ` (${issue.message})` : ''}.`,
    );
  }
  const { models, routes } = parsed.output;
  const modelIds = models.map((m) => m.id);
  const twiceModel = duplicate(modelIds);
  if (twiceModel) return fail(`The file lists the model "${twiceModel}" twice.`);
  const twiceRoute = duplicate(routes.map((r) => r.id));
  if (twiceRoute) return fail(`The file lists the route "${twiceRoute}" twice.`);
  const orphan = routes.find((r) => r.modelId.startsWith(CUSTOM_MODEL_PREFIX) && !modelIds.includes(r.modelId));
  if (orphan)
    return fail(
      `The route "${orphan.id}" is for the custom model "${orphan.modelId}", which the file does not define.`,
    );
  return ok({
    models: models.map((m) => ({
      id: m.id,
      name: m.name,
      ...(m.contextWindow !== undefined ? { contextWindow: m.contextWindow } : {}),
    })),
    routes: routes.map((r) => ({
      id: r.id,
      modelId: r.modelId,
      providerName: r.providerName,
      prices: Object.fromEntries(Object.entries(r.prices).filter(([, value]) => value !== undefined)),
      currency: r.currency,
      ...(r.note ? { note: r.note } : {}),
      ...(r.added ? { added: r.added } : {}),
    })),
  });
}
