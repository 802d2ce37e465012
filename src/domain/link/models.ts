/**
 * The model list of a link: known ids only, each once, at most MAX_MODELS, and at least
 * MIN_MODELS by filling from the app's preferred models when the link names too few.
 */
import { DEFAULT_COMPARISON, MAX_MODELS, MIN_MODELS } from '../comparison';
import { quote, quoteList } from './text';

export interface ModelListResult {
  modelIds: string[];
  /** Ids added because the link named fewer than MIN_MODELS usable ones. */
  filled: string[];
  ignored: string[];
}

/**
 * `raw` is the link's `m` value, or undefined when the link has none (the default comparison).
 * `isKnown` says whether an id can be compared; `preferred` lists the fill candidates, best first;
 * `current` gives the id a model has now for one the link names (an id a catalog retired).
 */
export function readModelList(
  raw: string | undefined,
  isKnown: (id: string) => boolean,
  preferred: readonly string[],
  current: (id: string) => string = (id) => id,
): ModelListResult {
  const ignored: string[] = [];
  const ids: string[] = [];
  const unknown: string[] = [];
  const twice: string[] = [];
  const items = raw === undefined ? DEFAULT_COMPARISON.modelIds : raw.split(',').filter((item) => item !== '');
  for (const named of items) {
    const id = current(named);
    if (!isKnown(id)) unknown.push(named);
    else if (ids.includes(id)) twice.push(id);
    else ids.push(id);
  }
  // Only what the user wrote is worth a message; a default the catalog lacks is filled quietly.
  if (raw !== undefined) {
    for (const id of unknown.slice(0, 5)) ignored.push(`Unknown model id ${quote(id)} ignored.`);
    if (unknown.length > 5) ignored.push(`${unknown.length - 5} more unknown model ids ignored.`);
    if (twice.length > 0)
      ignored.push(`${quoteList([...new Set(twice)].slice(0, 5))} listed more than once; shown once.`);
  }
  const dropped = ids.splice(MAX_MODELS);
  if (dropped.length > 0)
    ignored.push(
      `At most ${MAX_MODELS} models can be compared; ${quoteList(dropped.slice(0, 5))}${dropped.length > 5 ? ' and more' : ''} left out.`,
    );

  const filled: string[] = [];
  for (const id of preferred) {
    if (ids.length >= MIN_MODELS) break;
    if (!ids.includes(id) && isKnown(id)) {
      ids.push(id);
      filled.push(id);
    }
  }
  if (raw !== undefined && filled.length > 0)
    ignored.push(
      `The link names fewer than ${MIN_MODELS} models this catalog knows; added ${quoteList(filled)} to compare.`,
    );
  return { modelIds: ids, filled, ignored };
}
