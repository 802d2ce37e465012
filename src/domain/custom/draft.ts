/**
 * What the user typed into the "Your prices" forms, checked field by field. Parsing never
 * throws: it returns the entry or a message per bad field, so a form can show every problem
 * at once next to its field and keep the typed text.
 */
import type { CustomModel, CustomRoute } from './entry';
import type { PriceSet } from '../types';

export interface RouteDraft {
  modelId: string;
  providerName: string;
  /** Prices per 1M tokens as typed. */
  input: string;
  output: string;
  cacheRead: string;
  currency: string;
  note: string;
}

export interface ModelDraft {
  name: string;
  /** Tokens as typed; "128k" and "1M" are understood. */
  contextWindow: string;
}

export type DraftErrors<T> = Partial<Record<keyof T, string>>;
export type DraftResult<T, D> = { ok: true; data: T } | { ok: false; errors: DraftErrors<D> };

export const EMPTY_ROUTE_DRAFT: RouteDraft = {
  modelId: '',
  providerName: '',
  input: '',
  output: '',
  cacheRead: '',
  currency: 'USD',
  note: '',
};
export const EMPTY_MODEL_DRAFT: ModelDraft = { name: '', contextWindow: '' };

/** Long enough for any real provider or model name, short enough to keep shared links short. */
export const MAX_NAME_LENGTH = 80;
export const MAX_NOTE_LENGTH = 200;

const PLAIN_NUMBER = /^\+?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

type Parsed = { ok: true; value: number | undefined } | { ok: false; message: string };

/** A price per 1M tokens: a finite number at or above zero; empty means "not given". */
export function parsePrice(text: string, label: string, required: boolean): Parsed {
  const trimmed = text.trim().replace(/[\s_]/g, '');
  if (trimmed === '') return required ? { ok: false, message: `Enter the ${label}.` } : { ok: true, value: undefined };
  if (trimmed.startsWith('-')) return { ok: false, message: `The ${label} cannot be negative.` };
  if (/^\d*,\d+$/.test(trimmed))
    return { ok: false, message: `Use a point for decimals in the ${label}, e.g. ${trimmed.replace(',', '.')}.` };
  if (!PLAIN_NUMBER.test(trimmed)) return { ok: false, message: `The ${label} must be a number, e.g. 0.44.` };
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { ok: false, message: `The ${label} is too large.` };
  return { ok: true, value };
}

const TOKEN_SUFFIX: Record<string, number> = { '': 1, k: 1e3, m: 1e6 };

/** A context window in tokens, a whole number of at least 1; "128k" and "1M" are understood. */
export function parseContextWindow(text: string): Parsed {
  const trimmed = text.trim().replace(/[\s_,]/g, '');
  if (trimmed === '') return { ok: true, value: undefined };
  const match = /^(\d+\.?\d*|\.\d+)([km]?)$/i.exec(trimmed);
  if (!match) return { ok: false, message: 'The context window must be a number of tokens, e.g. 128000 or 128k.' };
  const value = Number(match[1]) * (TOKEN_SUFFIX[(match[2] ?? '').toLowerCase()] ?? 1);
  if (!Number.isFinite(value) || value > 1e9) return { ok: false, message: 'The context window is too large.' };
  if (value < 1 || !Number.isInteger(value))
    return { ok: false, message: 'The context window must be a whole number of tokens.' };
  return { ok: true, value };
}

function requiredText(text: string, what: string, max: number): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return `Enter the ${what}.`;
  if (trimmed.length > max) return `The ${what} is longer than ${max} characters.`;
  return undefined;
}

/**
 * A custom route from a draft. `id` and `added` come from the caller (a new id, or the edited
 * entry's); `currencies` are the ones a rate converts.
 */
export function parseRouteDraft(
  draft: RouteDraft,
  ids: { id: string; added: string },
  currencies: readonly string[],
): DraftResult<CustomRoute, RouteDraft> {
  const errors: DraftErrors<RouteDraft> = {};
  if (draft.modelId === '') errors.modelId = 'Choose the model this price is for.';
  const provider = requiredText(draft.providerName, 'provider name', MAX_NAME_LENGTH);
  if (provider) errors.providerName = provider;
  if (!currencies.includes(draft.currency)) errors.currency = 'Choose a currency from the list.';
  if (draft.note.trim().length > MAX_NOTE_LENGTH)
    errors.note = `The note is longer than ${MAX_NOTE_LENGTH} characters.`;

  const prices: PriceSet = {};
  const fields = [
    ['input', 'input price', true],
    ['output', 'output price', true],
    ['cacheRead', 'cache read price', false],
  ] as const;
  for (const [key, label, required] of fields) {
    const parsed = parsePrice(draft[key], label, required);
    if (!parsed.ok) errors[key] = parsed.message;
    else if (parsed.value !== undefined) prices[key] = parsed.value;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const note = draft.note.trim();
  return {
    ok: true,
    data: {
      id: ids.id,
      modelId: draft.modelId,
      providerName: draft.providerName.trim(),
      prices,
      currency: draft.currency,
      ...(note ? { note } : {}),
      added: ids.added,
    },
  };
}

export function parseModelDraft(draft: ModelDraft, id: string): DraftResult<CustomModel, ModelDraft> {
  const errors: DraftErrors<ModelDraft> = {};
  const name = requiredText(draft.name, 'model name', MAX_NAME_LENGTH);
  if (name) errors.name = name;
  const context = parseContextWindow(draft.contextWindow);
  if (!context.ok) errors.contextWindow = context.message;
  if (Object.keys(errors).length > 0 || !context.ok) return { ok: false, errors };
  return {
    ok: true,
    data: { id, name: draft.name.trim(), ...(context.value !== undefined ? { contextWindow: context.value } : {}) },
  };
}

const priceText = (value: number | undefined) => (value === undefined ? '' : String(value));

/** The draft that edits an existing route. */
export function routeToDraft(route: CustomRoute): RouteDraft {
  return {
    modelId: route.modelId,
    providerName: route.providerName,
    input: priceText(route.prices.input),
    output: priceText(route.prices.output),
    cacheRead: priceText(route.prices.cacheRead),
    currency: route.currency,
    note: route.note ?? '',
  };
}

export function modelToDraft(model: CustomModel): ModelDraft {
  return { name: model.name, contextWindow: model.contextWindow === undefined ? '' : String(model.contextWindow) };
}
