import { describe, expect, it } from 'vitest';
import { fixtureIndex, fixtureModel, fixtureModels, fixtureRoute } from '../../mocks/fixture-catalog';
import { usdConverter } from '../cost/currency';
import { buildCostRows } from '../cost/rows';
import { formatMoney, formatPercent } from '../format/format';
import { DEFAULT_TRAFFIC, type TrafficProfile } from '../traffic/profile';
import type { Model } from '../types';
import { buildBenchmarkRows } from './benchmarks';
import { buildVerdict } from './verdict';

const [alpha, beta, gamma] = fixtureModels as [Model, Model, Model];
const money = (usd: number) => formatMoney(usd, 'USD', 1);

function verdictFor(models: Model[], traffic: TrafficProfile = DEFAULT_TRAFFIC) {
  const costRows = buildCostRows(
    models,
    traffic,
    usdConverter(fixtureIndex.rates),
    { includeFreeAndPlans: false },
    undefined,
  );
  return {
    costRows,
    verdict: buildVerdict({ costRows, benchmarkRows: buildBenchmarkRows(models, fixtureIndex.benchmarks), money }),
  };
}

function priced(rows: ReturnType<typeof verdictFor>['costRows'], id: string) {
  const cost = rows.find((r) => r.modelId === id)?.cost;
  if (cost?.status !== 'priced') throw new Error(`${id} is not priced`);
  return cost.cheapest;
}

describe('buildVerdict', () => {
  it('names the cheaper model, by how much and at what monthly figures, then the benchmark leader', () => {
    const { costRows, verdict } = verdictFor([beta, alpha]);
    const a = priced(costRows, 'alpha-1');
    const b = priced(costRows, 'beta-2');
    const less = formatPercent((b.perRequest - a.perRequest) / b.perRequest, { digits: 0 });
    expect(verdict?.text).toBe(
      `Alpha 1 costs ${less} less than Beta 2 at your traffic (${money(a.monthly)} vs ${money(b.monthly)} a month); ` +
        'Alpha 1 leads on the one shared benchmark, MMLU-Pro.',
    );
  });

  it('follows the traffic: the figures move with the requests per month, the share does not', () => {
    const few = verdictFor([alpha, beta]).verdict;
    const many = verdictFor([alpha, beta], { ...DEFAULT_TRAFFIC, requests: DEFAULT_TRAFFIC.requests * 10 }).verdict;
    expect(many?.cost).not.toBe(few?.cost);
    expect(many?.cost.match(/\d+% less/)?.[0]).toBe(few?.cost.match(/\d+% less/)?.[0]);
  });

  it('names a model without a price instead of ranking it', () => {
    const { costRows, verdict } = verdictFor([alpha, gamma]);
    expect(verdict?.cost).toBe(
      `only Alpha 1 has a sourced price (${money(priced(costRows, 'alpha-1').monthly)} a month at your traffic); Gamma Small has no sourced price`,
    );
    expect(verdict?.text.startsWith('Only Alpha 1')).toBe(true);
  });

  it('says so when no model has a price', () => {
    const unpriced = fixtureModel({ id: 'x', name: 'X', routes: [] });
    expect(verdictFor([gamma, unpriced]).verdict?.cost).toBe(
      'no compared model has a sourced input and output price yet',
    );
  });

  it('reads for more than two models: the cheapest against the next, and who has no price', () => {
    const { costRows, verdict } = verdictFor([beta, gamma, alpha]);
    const a = priced(costRows, 'alpha-1');
    const b = priced(costRows, 'beta-2');
    expect(verdict?.cost).toBe(
      `Alpha 1 costs least at your traffic, ${formatPercent((b.perRequest - a.perRequest) / b.perRequest, { digits: 0 })} less than the next, Beta 2 (${money(a.monthly)} vs ${money(b.monthly)} a month); Gamma Small has no sourced price`,
    );
    expect(verdict?.benchmarks).toBe('no benchmark has a score for all 3');
  });

  it('calls equal prices the same cost', () => {
    const twin = fixtureModel({ ...alpha, id: 'alpha-twin', name: 'Alpha Twin' });
    expect(verdictFor([alpha, twin]).verdict?.cost).toMatch(/^Alpha 1 and Alpha Twin cost the same at your traffic/);
  });

  it('counts leads over every shared benchmark and names ties between leaders', () => {
    const score = (benchmarkId: string, value: number) => ({ benchmarkId, value, selfReported: false, source: 's' });
    const route = [fixtureRoute({ providerId: 'cheap-cloud', prices: { input: 1, output: 1 } })];
    const p = fixtureModel({
      id: 'p',
      name: 'P',
      routes: route,
      scores: [score('mmlu-pro', 80), score('gpqa-diamond', 50), score('swe-bench-verified', 40)],
    });
    const q = fixtureModel({
      id: 'q',
      name: 'Q',
      routes: route,
      scores: [score('mmlu-pro', 70), score('gpqa-diamond', 60), score('swe-bench-verified', 30)],
    });
    const r = fixtureModel({
      id: 'r',
      name: 'R',
      routes: route,
      scores: [score('mmlu-pro', 60), score('gpqa-diamond', 55), score('swe-bench-verified', 40)],
    });
    expect(verdictFor([p, q]).verdict?.benchmarks).toBe('P leads on 2 of 3 shared benchmarks');
    // SWE-bench is a tie between P and R, so it is nobody's lead: P and Q have one each.
    expect(verdictFor([p, q, r]).verdict?.benchmarks).toBe('P and Q each lead on 1 of 3 shared benchmarks');
    const tie = fixtureModel({ ...p, id: 'p2', name: 'P2' });
    expect(verdictFor([p, tie]).verdict?.benchmarks).toBe('they tie on all 3 shared benchmarks');
  });

  it('has nothing to weigh for one model', () => {
    expect(verdictFor([alpha]).verdict).toBeUndefined();
  });
});
