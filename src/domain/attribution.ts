/** Attribution notices a license asks for wherever a source's data is shown. */
import type { Source } from './types';

/** The distinct attribution texts of the given sources, in source-list order. */
export function attributionsFor(sourceIds: readonly string[], sources: readonly Source[]): string[] {
  const used = new Set(sourceIds);
  return [...new Set(sources.filter((s) => used.has(s.id) && s.attribution).map((s) => s.attribution as string))];
}
