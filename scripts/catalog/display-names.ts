/**
 * Display names that tell catalog models apart. Sources give distinct models one name (models.dev
 * calls both `gpt-4` and `gpt-4-0613` "GPT-4"); the picker must not offer the same name twice, so
 * each model of such a group whose id has words the others lack gets them after its name:
 * "GPT-4 (0613)".
 */
import type { Model } from '../../src/domain/types';
import { nameKeyOf } from './identity-report';
import { byString } from './util';

/** id -> the name to show, for the models whose name another model shares. */
export function distinctNames(models: readonly Pick<Model, 'id' | 'name'>[]): Map<string, string> {
  const groups = new Map<string, Pick<Model, 'id' | 'name'>[]>();
  for (const m of models) groups.set(nameKeyOf(m.name), [...(groups.get(nameKeyOf(m.name)) ?? []), m]);
  const renamed = new Map<string, string>();
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const words = members.map((m) => m.id.split('-'));
    const common = (words[0] ?? []).filter((w) => words.every((list) => list.includes(w)));
    const taken = new Set<string>();
    for (const m of [...members].sort((a, b) => a.id.length - b.id.length || byString(a.id, b.id))) {
      const extra = m.id.split('-').filter((w) => !common.includes(w));
      let name = extra.length > 0 ? `${m.name} (${extra.join('-')})` : m.name;
      if (taken.has(nameKeyOf(name))) name = `${m.name} (${m.id})`;
      taken.add(nameKeyOf(name));
      if (name !== m.name) renamed.set(m.id, name);
    }
  }
  return renamed;
}
