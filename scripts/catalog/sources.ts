/** The source list with each source's contribution counted from the finished catalog. */
import type { Model, Provider, Source } from '../../src/domain/types';
import { FACT_KEYS } from './model-facts';

export function countBySource(models: readonly Model[], providers: readonly Provider[]) {
  const counts = new Map<
    string,
    { routes: number; confirmed: number; models: Set<string>; scores: number; facts: number; providers: number }
  >();
  const get = (id: string) => {
    let c = counts.get(id);
    if (!c) counts.set(id, (c = { routes: 0, confirmed: 0, models: new Set(), scores: 0, facts: 0, providers: 0 }));
    return c;
  };
  for (const m of models) {
    for (const r of m.routes) {
      get(r.source).routes += 1;
      get(r.source).models.add(m.id);
      for (const claim of r.priceClaims ?? []) get(claim.source).models.add(m.id);
      for (const source of r.confirmedBy ?? []) {
        get(source).confirmed += 1;
        get(source).models.add(m.id);
      }
    }
    for (const s of m.scores) get(s.source).scores += 1;
    for (const key of FACT_KEYS) {
      const fact = m[key];
      if (!fact) continue;
      for (const source of new Set([fact.source, ...(fact.claims ?? []).map((c) => c.source)])) get(source).facts += 1;
    }
    for (const fact of Object.values(m.capabilities)) {
      for (const source of new Set([fact.source, ...(fact.claims ?? []).map((c) => c.source)])) get(source).facts += 1;
    }
  }
  for (const p of providers) get(p.source).providers += 1;
  return counts;
}

export function withContributions(
  sources: readonly Source[],
  models: readonly Model[],
  providers: readonly Provider[],
): Source[] {
  const counts = countBySource(models, providers);
  return sources.map((s) => {
    const c = counts.get(s.id);
    if (!c) return { ...s, contributed: s.contributed || 'Nothing in this build.' };
    const parts = [
      c.routes ? `${c.routes} provider routes` : '',
      c.confirmed ? `${c.confirmed} route ${c.confirmed === 1 ? 'price' : 'prices'} confirmed` : '',
      c.models.size ? `for ${c.models.size} models` : '',
      c.providers ? `${c.providers} provider records` : '',
      c.facts ? `${c.facts} model facts and capability claims` : '',
      c.scores ? `${c.scores} benchmark scores` : '',
    ].filter(Boolean);
    const counted = parts.length ? `${parts.join(', ').replace(', for', ' for')}.` : '';
    return { ...s, contributed: [s.contributed, counted].filter(Boolean).join(' ') };
  });
}
