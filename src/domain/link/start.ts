/**
 * Which query a page opens with, from what the browser holds: the address bar's query, the
 * comparison saved last time, and the full query kept in the current history entry.
 */
import { DEFAULT_COMPARISON } from '../comparison';
import { decode } from './codec';
import { CUSTOM_OMITTED, KEY } from './keys';

export interface AddressSnapshot {
  /** The address bar's query, without "?". */
  link: string;
  /** The comparison saved last time, if any. */
  saved: string | null;
  /** The full query this history entry was written with, if it was written here. */
  entry: string | undefined;
}

export interface StartingQuery {
  query: string;
  /** Where it came from: a link (the address bar) or the comparison saved last time. */
  source: 'link' | 'saved';
}

/** The query without its custom entries, to tell a reload of one's own link from another link. */
function withoutCustom(query: string): string {
  const params = new URLSearchParams(query);
  params.delete(KEY.custom);
  return params.toString();
}

/** The link's own query, or a fuller copy of it kept here when the link left its custom entries out. */
function fullQuery(link: string, copies: readonly (string | null | undefined)[]): string {
  if (new URLSearchParams(link).get(KEY.custom) !== CUSTOM_OMITTED) return link;
  return copies.find((copy) => copy && withoutCustom(copy) === withoutCustom(link)) ?? link;
}

/**
 * The query to start from: the address bar's; or, when the link left out its custom entries
 * for length and is otherwise the comparison saved here, the saved one, which still has them
 * (so a reload loses nothing typed); or, with no parameters at all, the saved comparison.
 */
export function startingQueryOf({ link, saved, entry }: AddressSnapshot): StartingQuery | undefined {
  if (link === '') return saved ? { query: saved, source: 'saved' } : undefined;
  return { query: fullQuery(link, [entry, saved]), source: 'link' };
}

/**
 * The catalog models the page will open with, known before the catalog index is in (ids are
 * only checked for their form), so their detail files can download alongside the index. Custom
 * models have no file and are left out.
 */
export function startingCatalogModelIds(address: AddressSnapshot): string[] {
  const start = startingQueryOf(address);
  if (!start) return [...DEFAULT_COMPARISON.modelIds];
  const { modelIds, custom } = decode(start.query).state;
  const customIds = new Set(custom.models.map((m) => m.id));
  return modelIds.filter((id) => !customIds.has(id));
}
