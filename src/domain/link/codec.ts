/**
 * The comparison state as a link's query string and back (format in url-keys.ts). Encoding
 * drops defaults and writes numbers compactly; decoding reads anything at all without
 * throwing, keeps what is valid and says in plain words what it dropped or corrected.
 */
import { DEFAULT_COMPARISON, type ComparisonState } from '../comparison';
import { CUSTOM_PROVIDER_ID, NO_CUSTOM_ENTRIES } from '../custom/entry';
import { GPU_TYPES } from '../cost/self-hosting';
import { readCustomEntries, writeCustomEntries } from './custom';
import {
  CURRENCY_SYNTAX,
  CUSTOM_OMITTED,
  ID_SYNTAX,
  KEY,
  LINK_KEYS,
  LINK_VERSION,
  MAX_LINK_QUERY_LENGTH,
} from './keys';
import { readModelList } from './models';
import { readOptions, writeOptions } from './options';
import { readTraffic, writeTraffic } from './traffic';
import { quote } from './text';

/** What the catalog offers, to check a link against. Without it only the syntax is checked. */
export interface KnownIds {
  modelIds: ReadonlySet<string>;
  /** Display currencies, USD included. */
  currencies: ReadonlySet<string>;
  benchmarkIds?: ReadonlySet<string>;
  /** Provider ids a provider choice may name. */
  providerIds?: ReadonlySet<string>;
  /** Models to add, best first, when a link names fewer than two usable ones. */
  fallbackModelIds?: readonly string[];
  /**
   * The model an id that is no model of the catalog names, if one: an id an earlier catalog had
   * (`claude-opus-41` is now `claude-opus-4.1`) or another spelling of a model, so old links open it.
   */
  modelNamed?: (id: string) => string | undefined;
}

export interface DecodedLink {
  state: ComparisonState;
  /** One sentence per thing dropped or corrected, for a notice. */
  ignored: string[];
  /** The link says its custom entries were too long to carry. */
  customOmitted: boolean;
  /** Models added because the link named too few (included in `state.modelIds`). */
  filledModelIds: string[];
}

/** Most messages one decode reports; a hostile link must not produce a wall of text. */
const MAX_MESSAGES = 12;

/** `value` with only what needs escaping escaped, so commas and colons stay readable. */
const escapeValue = (value: string) => encodeURIComponent(value).replace(/%2C/g, ',').replace(/%3A/g, ':');
const join = (pairs: readonly [string, string][]) => pairs.map(([k, val]) => `${k}=${escapeValue(val)}`).join('&');

/**
 * The query string (without "?") of a state, and whether its custom entries had to be left
 * out because the query would pass `maxLength` characters. Pass Infinity to keep everything,
 * e.g. for local storage. The default state gives "".
 */
export function encodeLink(
  state: ComparisonState,
  { maxLength = MAX_LINK_QUERY_LENGTH }: { maxLength?: number } = {},
): { query: string; customOmitted: boolean } {
  const d = DEFAULT_COMPARISON;
  const pairs: [string, string][] = [];
  const sameModels =
    state.modelIds.length === d.modelIds.length && state.modelIds.every((id, i) => id === d.modelIds[i]);
  if (!sameModels) pairs.push([KEY.models, state.modelIds.join(',')]);
  if (state.baselineId !== undefined && state.modelIds.includes(state.baselineId))
    pairs.push([KEY.baseline, state.baselineId]);
  pairs.push(...writeTraffic(state.traffic), ...writeOptions(state));
  if (pairs.length === 0 && writeCustomEntries(state.custom) === '') return { query: '', customOmitted: false };

  const custom = writeCustomEntries(state.custom);
  const version: [string, string] = [KEY.version, String(LINK_VERSION)];
  const full = join(custom ? [...pairs, [KEY.custom, custom], version] : [...pairs, version]);
  if (!custom || full.length <= maxLength) return { query: full, customOmitted: false };
  return { query: join([...pairs, [KEY.custom, CUSTOM_OMITTED], version]), customOmitted: true };
}

/** The query string of a state for a shared link (custom entries left out past the length limit). */
export const encode = (state: ComparisonState): string => encodeLink(state).query;

function readVersion(raw: string | undefined): string[] {
  if (raw === undefined || raw === String(LINK_VERSION)) return [];
  if (/^\d{1,6}$/.test(raw) && Number(raw) > LINK_VERSION)
    return [`Link version ${Number(raw)} is newer than this app; read what could be read.`];
  return [`Link version ${quote(raw)} is not one this app knows; read what could be read.`];
}

/** Reads any query string (with or without "?") into a valid state. Never throws. */
export function decode(query: string, known?: KnownIds): DecodedLink {
  const ignored: string[] = [];
  const values = new Map<string, string>();
  const unknownKeys = new Set<string>();
  const repeated = new Set<string>();
  for (const [key, value] of new URLSearchParams(query)) {
    if (!LINK_KEYS.includes(key)) unknownKeys.add(key);
    else if (values.has(key)) repeated.add(key);
    else values.set(key, value);
  }
  const get = (key: string) => values.get(key);
  ignored.push(...readVersion(get(KEY.version)));
  for (const key of [...unknownKeys].slice(0, 3)) ignored.push(`Unknown setting ${quote(key)} ignored.`);
  if (unknownKeys.size > 3) ignored.push(`${unknownKeys.size - 3} more unknown settings ignored.`);
  for (const key of repeated) ignored.push(`Setting ${quote(key)} appears more than once; the first one was used.`);

  const rawCustom = get(KEY.custom);
  const customOmitted = rawCustom === CUSTOM_OMITTED;
  let custom = NO_CUSTOM_ENTRIES;
  if (customOmitted)
    ignored.push('The link left out custom prices that were too long to carry; ask for their JSON export.');
  else if (rawCustom !== undefined) {
    const read = readCustomEntries(rawCustom);
    custom = read.entries;
    ignored.push(...read.ignored);
  }

  const customIds = new Set(custom.models.map((m) => m.id));
  const isKnownModel = (id: string) => customIds.has(id) || (known ? known.modelIds.has(id) : ID_SYNTAX.test(id));
  const preferred = [...(known?.fallbackModelIds ?? []), ...DEFAULT_COMPARISON.modelIds, ...(known?.modelIds ?? [])];
  const current = (id: string) => (isKnownModel(id) ? id : (known?.modelNamed?.(id) ?? id));
  const models = readModelList(get(KEY.models), isKnownModel, preferred, current);
  ignored.push(...models.ignored);

  const linkBaseline = get(KEY.baseline);
  const rawBaseline = linkBaseline === undefined ? undefined : current(linkBaseline);
  const baselineId = rawBaseline !== undefined && models.modelIds.includes(rawBaseline) ? rawBaseline : undefined;
  if (rawBaseline !== undefined && baselineId === undefined)
    ignored.push(`Baseline ${quote(rawBaseline)} is not among the compared models; the first model is the baseline.`);

  const traffic = readTraffic(get);
  ignored.push(...traffic.ignored);

  const isKnownCurrency = (code: string) => (known ? known.currencies.has(code) : CURRENCY_SYNTAX.test(code));
  const isKnownBenchmark = (id: string) => (known?.benchmarkIds ? known.benchmarkIds.has(id) : ID_SYNTAX.test(id));
  // The user's own routes share one provider id, which a choice may name like any other.
  const isKnownProvider = (id: string) =>
    id === CUSTOM_PROVIDER_ID || (known?.providerIds ? known.providerIds.has(id) : ID_SYNTAX.test(id));
  const options = readOptions(get, {
    isKnownCurrency,
    isKnownBenchmark,
    isKnownProvider,
    gpuIds: GPU_TYPES.map((g) => g.id),
  });
  ignored.push(...options.ignored);

  const state: ComparisonState = {
    ...DEFAULT_COMPARISON,
    ...options.options,
    modelIds: models.modelIds,
    traffic: traffic.traffic,
    custom,
    ...(baselineId !== undefined ? { baselineId } : {}),
  };
  const shown =
    ignored.length > MAX_MESSAGES
      ? [...ignored.slice(0, MAX_MESSAGES - 1), `…and ${ignored.length - MAX_MESSAGES + 1} more problems.`]
      : ignored;
  return { state, ignored: shown, customOmitted, filledModelIds: models.filled };
}
