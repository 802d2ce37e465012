/**
 * An independent check that a comparison state is valid, written from the rules rather than
 * from the codec, so the codec's property tests do not grade its own homework.
 */
import type { ComparisonState } from '../../domain/comparison';
import { GPU_TYPES } from '../../domain/cost/self-hosting';
import { TRAFFIC_RULES, type TrafficField } from '../../domain/traffic/profile';
import type { KnownIds } from '../../domain/link/codec';

const finiteIn = (x: unknown, min: number, max: number) =>
  typeof x === 'number' && Number.isFinite(x) && x >= min && x <= max;

/** Every rule the state breaks; empty when it is valid. */
export function stateProblems(state: ComparisonState, known: KnownIds): string[] {
  const problems: string[] = [];
  const customModelIds = new Set(state.custom.models.map((m) => m.id));
  const { modelIds } = state;
  if (!Array.isArray(modelIds) || modelIds.length < 2 || modelIds.length > 8)
    problems.push(`model count ${modelIds.length}`);
  if (new Set(modelIds).size !== modelIds.length) problems.push('duplicate models');
  for (const id of modelIds)
    if (!known.modelIds.has(id) && !customModelIds.has(id)) problems.push(`unknown model ${id}`);
  if (state.baselineId !== undefined && !modelIds.includes(state.baselineId)) problems.push('baseline not compared');
  for (const [field, rule] of Object.entries(TRAFFIC_RULES)) {
    if (!finiteIn(state.traffic[field as TrafficField], 0, rule.max))
      problems.push(`traffic ${field} = ${state.traffic[field as TrafficField]}`);
  }
  if (state.traffic.cachedShare + state.traffic.cacheWriteShare > 1 + 1e-12) problems.push('cache shares above 1');
  if (!known.currencies.has(state.currency)) problems.push(`currency ${state.currency}`);
  for (const [code, rate] of Object.entries(state.rateOverrides)) {
    if (!known.currencies.has(code) || !finiteIn(rate, Number.MIN_VALUE, 1e9)) problems.push(`rate ${code}`);
  }
  if (typeof state.includeFreeAndPlans !== 'boolean') problems.push('free flag');
  const { excluded, pinned, firstPartyOnly, region } = state.providers;
  for (const id of [...excluded, ...pinned])
    if (id !== 'custom' && !known.providerIds?.has(id)) problems.push(`provider ${id}`);
  if (new Set(excluded).size !== excluded.length || new Set(pinned).size !== pinned.length)
    problems.push('provider listed twice');
  if (pinned.some((id) => excluded.includes(id))) problems.push('provider both excluded and pinned');
  if (typeof firstPartyOnly !== 'boolean') problems.push('first-party flag');
  if (region !== undefined && !['us', 'eu', 'apac', 'ca', 'sa', 'global'].includes(region)) problems.push('region');
  if (!GPU_TYPES.some((g) => g.id === state.selfHosting.gpuId)) problems.push('gpu');
  if (!finiteIn(state.selfHosting.hourlyUsd, 0, 1000)) problems.push('gpu hour');
  if (state.scatterBenchmarkId !== undefined && !known.benchmarkIds?.has(state.scatterBenchmarkId))
    problems.push('benchmark');
  if (new Set(state.custom.routes.map((r) => r.id)).size !== state.custom.routes.length)
    problems.push('custom route ids');
  if (customModelIds.size !== state.custom.models.length) problems.push('custom model ids');
  for (const model of state.custom.models)
    if (!model.id.startsWith('custom-') || model.name.length === 0) problems.push('custom model');
  for (const route of state.custom.routes) {
    if (Object.values(route.prices).some((p) => !finiteIn(p, 0, Number.MAX_VALUE))) problems.push('custom price');
    if (route.modelId.startsWith('custom-') && !customModelIds.has(route.modelId)) problems.push('orphan custom route');
    if (!/^[A-Z]{3}$/.test(route.currency)) problems.push('custom currency');
  }
  return problems;
}
