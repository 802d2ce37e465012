import { describe, expect, it } from 'vitest';
import { modelCost } from './engine';
import { filterRouteRows, sortRouteRows } from './route-order';
import { buildRouteRows, type RouteRow } from './route-rows';
import { makeRoute, toUsd } from '../../test/domain/routes';
import { DEFAULT_TRAFFIC } from '../traffic/profile';

const NAMES: Record<string, string> = { openai: 'OpenAI', jiekou: 'Jiekou.AI', azure: 'Azure', nope: 'Zeta' };
const name = (row: RouteRow) => NAMES[row.route.providerId] ?? row.route.providerId;

describe('routes table order and filter', () => {
  const options = { includeFreeAndPlans: false, creatorId: 'openai' };
  const routes = [
    makeRoute({ input: 2, output: 8 }, { providerId: 'openai', checked: '2026-05-01' }),
    makeRoute({ input: 1, output: 9 }, { providerId: 'jiekou', checked: '2026-07-01' }),
    makeRoute({ input: 3, output: 5 }, { providerId: 'azure', checked: '2025-12-01' }),
    makeRoute({ input: 0.5 }, { providerId: 'nope', checked: '' }),
  ];
  const plan = makeRoute({ input: 0, output: 0 }, { providerId: 'plan', billing: 'plan' });
  const rows = buildRouteRows(modelCost(routes, DEFAULT_TRAFFIC, toUsd, options), toUsd, options);
  const ids = (list: readonly RouteRow[]) => list.map((r) => r.route.providerId);

  it('keeps the engine’s order (cheapest first, unpriced last) without a sort', () => {
    expect(ids(sortRouteRows(rows, undefined, name))).toEqual(ids(rows));
    expect(ids(rows).at(-1)).toBe('nope');
  });

  it.each([
    ['provider', false, ['azure', 'jiekou', 'openai', 'nope']],
    ['provider', true, ['nope', 'openai', 'jiekou', 'azure']],
    ['input', false, ['nope', 'jiekou', 'openai', 'azure']],
    ['output', true, ['jiekou', 'openai', 'azure', 'nope']],
    ['monthly', true, ['azure', 'openai', 'jiekou', 'nope']],
    ['date', false, ['azure', 'openai', 'jiekou', 'nope']],
  ] as const)('sorts by %s (descending: %s), rows without a value last', (key, descending, expected) => {
    expect(ids(sortRouteRows(rows, { key, descending }, name))).toEqual(expected);
  });

  it('sorts a plan’s 0/0 list price as no price', () => {
    const withPlan = buildRouteRows(modelCost([...routes, plan], DEFAULT_TRAFFIC, toUsd, options), toUsd, options);
    expect(ids(sortRouteRows(withPlan, { key: 'input', descending: false }, name)).slice(-2)).toEqual([
      'azure',
      'plan',
    ]);
    expect(ids(sortRouteRows(withPlan, { key: 'monthly', descending: true }, name)).slice(-2)).toEqual(
      ids(withPlan).filter((id) => id === 'plan' || id === 'nope'),
    );
  });

  it('filters by provider name or id, ignoring case', () => {
    expect(ids(filterRouteRows(rows, ' jie ', name))).toEqual(['jiekou']);
    expect(ids(filterRouteRows(rows, 'ZETA', name))).toEqual(['nope']);
    expect(filterRouteRows(rows, '', name)).toHaveLength(4);
    expect(filterRouteRows(rows, 'bedrock', name)).toEqual([]);
  });

  it('marks the lab’s route, pinned routes and why a route is left out', () => {
    const providers = { excluded: ['jiekou'], pinned: ['azure'], firstPartyOnly: false };
    const chosen = { ...options, providers };
    const marked = buildRouteRows(modelCost(routes, DEFAULT_TRAFFIC, toUsd, chosen), toUsd, chosen);
    const row = (id: string) => marked.find((r) => r.route.providerId === id)!;
    expect(row('jiekou').leftOut).toBe('Provider excluded by you.');
    expect(row('azure')).toMatchObject({ pinned: true, cheapest: true });
    expect(row('openai')).toMatchObject({ lab: true, pinned: false, cheapest: false });
    expect(row('openai').leftOut).toBeUndefined();
  });
});
