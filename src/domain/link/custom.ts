/**
 * The user's custom entries inside a link: compact JSON with one-letter keys, in base64url.
 * Base64url beats percent-encoded JSON here: every brace, quote, colon and comma of JSON costs
 * three characters when percent-encoded, while base64url costs a flat third more and needs no
 * escaping. Reading validates every entry on its own, so one bad entry costs only itself.
 */
import * as v from 'valibot';
import { fromBase64Url, toBase64Url } from './base64url';
import {
  CUSTOM_MODEL_PREFIX,
  NO_CUSTOM_ENTRIES,
  type CustomEntries,
  type CustomModel,
  type CustomRoute,
} from '../custom/entry';
import type { PriceSet } from '../types';

/** Same bounds as the "Your prices" form and file, so whatever the user could enter fits a link. */
const MAX_ENTRIES = 500;
const MAX_NAME = 80;
const MAX_NOTE = 200;
const MAX_MODEL_ID = 120;

/** PriceSet fields and their keys in the link. */
const PRICE_KEYS = {
  input: 'i',
  output: 'o',
  cacheRead: 'cr',
  cacheWrite: 'cw',
  cacheWrite1h: 'c1',
  reasoning: 'r',
} as const;
type PriceField = keyof typeof PRICE_KEYS;
const PRICE_FIELDS = Object.keys(PRICE_KEYS) as PriceField[];

const text = (max: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(max));
const price = v.pipe(v.number(), v.finite(), v.minValue(0));

const linkRoute = v.object({
  i: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,40}$/)),
  m: text(MAX_MODEL_ID),
  p: text(MAX_NAME),
  c: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/)),
  $: v.object(
    Object.fromEntries(PRICE_FIELDS.map((f) => [PRICE_KEYS[f], v.optional(price)])) as Record<
      string,
      v.OptionalSchema<typeof price, undefined>
    >,
  ),
  n: v.optional(v.pipe(v.string(), v.maxLength(MAX_NOTE))),
  a: v.optional(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/))),
});

const linkModel = v.object({
  i: v.pipe(v.string(), v.regex(/^custom-[a-z0-9-]{1,60}$/)),
  n: text(MAX_NAME),
  w: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1e9))),
});

const envelope = v.object({ r: v.optional(v.array(v.unknown())), m: v.optional(v.array(v.unknown())) });

function routeToLink(route: CustomRoute): v.InferOutput<typeof linkRoute> {
  const prices: Record<string, number> = {};
  for (const field of PRICE_FIELDS) {
    const value = route.prices[field];
    if (value !== undefined) prices[PRICE_KEYS[field]] = value;
  }
  return {
    i: route.id,
    m: route.modelId,
    p: route.providerName,
    c: route.currency,
    $: prices,
    ...(route.note !== undefined ? { n: route.note } : {}),
    ...(route.added !== undefined ? { a: route.added } : {}),
  };
}

function routeFromLink(link: v.InferOutput<typeof linkRoute>): CustomRoute {
  const prices: PriceSet = {};
  for (const field of PRICE_FIELDS) {
    const value = link.$[PRICE_KEYS[field]];
    if (value !== undefined) prices[field] = value;
  }
  return {
    id: link.i,
    modelId: link.m,
    providerName: link.p,
    prices,
    currency: link.c,
    ...(link.n !== undefined ? { note: link.n } : {}),
    ...(link.a !== undefined ? { added: link.a } : {}),
  };
}

/** The link value of the entries; '' when there are none. */
export function writeCustomEntries(entries: CustomEntries): string {
  if (entries.routes.length === 0 && entries.models.length === 0) return '';
  const compact = {
    ...(entries.models.length > 0
      ? {
          m: entries.models.map((m) => ({
            i: m.id,
            n: m.name,
            ...(m.contextWindow !== undefined ? { w: m.contextWindow } : {}),
          })),
        }
      : {}),
    ...(entries.routes.length > 0 ? { r: entries.routes.map(routeToLink) } : {}),
  };
  return toBase64Url(JSON.stringify(compact));
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The entries a link value holds, with a sentence for each thing left out. Never throws: an
 * unreadable value gives no entries and one message.
 */
export function readCustomEntries(value: string): { entries: CustomEntries; ignored: string[] } {
  const unreadable = {
    entries: NO_CUSTOM_ENTRIES,
    ignored: ['The custom prices in the link could not be read; they were left out.'],
  };
  const json = fromBase64Url(value);
  if (json === undefined) return unreadable;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return unreadable;
  }
  const parsed = v.safeParse(envelope, raw);
  if (!parsed.success) return unreadable;

  const ignored: string[] = [];
  const models: CustomModel[] = [];
  let badModels = 0;
  for (const item of (parsed.output.m ?? []).slice(0, MAX_ENTRIES)) {
    const model = v.safeParse(linkModel, item);
    if (!model.success || models.some((m) => m.id === model.output.i)) badModels++;
    else
      models.push({
        id: model.output.i,
        name: model.output.n,
        ...(model.output.w !== undefined ? { contextWindow: model.output.w } : {}),
      });
  }
  const routes: CustomRoute[] = [];
  let badRoutes = 0;
  let orphans = 0;
  for (const item of (parsed.output.r ?? []).slice(0, MAX_ENTRIES)) {
    const route = v.safeParse(linkRoute, item);
    if (!route.success || routes.some((r) => r.id === route.output.i)) badRoutes++;
    else if (route.output.m.startsWith(CUSTOM_MODEL_PREFIX) && !models.some((m) => m.id === route.output.m)) orphans++;
    else routes.push(routeFromLink(route.output));
  }
  const extra =
    Math.max(0, (parsed.output.m?.length ?? 0) - MAX_ENTRIES) +
    Math.max(0, (parsed.output.r?.length ?? 0) - MAX_ENTRIES);
  if (badModels > 0)
    ignored.push(
      `${plural(badModels, 'custom model', 'custom models')} in the link could not be read and ${badModels === 1 ? 'was' : 'were'} ignored.`,
    );
  if (badRoutes > 0)
    ignored.push(
      `${plural(badRoutes, 'custom price', 'custom prices')} in the link could not be read and ${badRoutes === 1 ? 'was' : 'were'} ignored.`,
    );
  if (orphans > 0)
    ignored.push(
      `${plural(orphans, 'custom price', 'custom prices')} for a custom model the link does not define ${orphans === 1 ? 'was' : 'were'} ignored.`,
    );
  if (extra > 0)
    ignored.push(
      `Only ${MAX_ENTRIES} custom models and ${MAX_ENTRIES} custom prices are read from a link; ${extra} more ignored.`,
    );
  return { entries: { routes, models }, ignored };
}
