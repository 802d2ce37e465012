/** Attribution notices a license asks for wherever a source's data is shown. */
import type { Source } from './types';

/** The distinct attribution texts of the given sources, in source-list order. */
export function attributionsFor(sourceIds: readonly string[], sources: readonly Source[]): string[] {
  const used = new Set(sourceIds);
  return [...new Set(sources.filter((s) => used.has(s.id) && s.attribution).map((s) => s.attribution as string))];
}

/**
 * Sources that contributed benchmark scores, judged by their own "contributed" sentence. The
 * catalog index keeps each model's best score without its source, so whole-catalog score views
 * attribute every source that supplied scores rather than guessing which one won.
 */
export function scoreSourceIds(sources: readonly Source[]): string[] {
  return sources.filter((s) => /\bscores?\b/i.test(s.contributed)).map((s) => s.id);
}
