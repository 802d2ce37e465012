import { describe, expect, it } from 'vitest';
import { fixtureIndex, fixtureModels, LEADERBOARD_ATTRIBUTION } from '../../mocks/fixture-catalog';
import { DEFAULT_COMPARISON, type ComparisonState } from '../comparison';
import { buildCostRows } from '../cost/rows';
import { usdConverter } from '../cost/currency';
import type { CustomEntries } from '../custom/entry';
import { mergeCustom } from '../custom/merge';
import type { ExportInput } from './common';
import { buildComparisonCsv, comparisonCsvRows } from './csv';
import { buildComparisonJson } from './json';
import { parseCsv } from '../../test/domain/parse-csv';

const custom: CustomEntries = {
  models: [{ id: 'custom-house', name: 'House, "the" model', contextWindow: 64000 }],
  routes: [
    { id: 'c1', modelId: 'beta-2', providerName: '=Deal', prices: { input: 1, output: 4 }, currency: 'USD' },
    {
      id: 'c2',
      modelId: 'custom-house',
      providerName: 'On-prem',
      prices: { input: 0.9, output: 0.9 },
      currency: 'EUR',
    },
  ],
};

function inputFor(patch: Partial<ComparisonState> = {}, currency = 'USD'): ExportInput {
  const state: ComparisonState = {
    ...DEFAULT_COMPARISON,
    modelIds: ['alpha-1', 'beta-2', 'gamma-small', 'custom-house'],
    custom,
    ...patch,
  };
  const rate = fixtureIndex.rates.find((r) => r.currency === currency);
  return {
    state,
    models: mergeCustom(fixtureModels, state.modelIds, state.custom),
    catalog: fixtureIndex,
    currency: { code: currency, perUsd: rate?.perUsd ?? 1, rate, overridden: false },
    toUsd: usdConverter(fixtureIndex.rates, state.rateOverrides),
  };
}

const column = (rows: string[][], name: string) => {
  const i = rows[0]!.indexOf(name);
  if (i < 0) throw new Error(`no column ${name}`);
  return rows.slice(1).map((r) => r[i]);
};

describe('comparison CSV', () => {
  it('parses as a table with one row per compared model and the same number of cells in every row', () => {
    const rows = parseCsv(buildComparisonCsv(inputFor()));
    expect(rows).toHaveLength(5);
    expect(new Set(rows.map((r) => r.length)).size).toBe(1);
    expect(column(rows, 'Model')).toEqual(['Alpha 1', 'Beta 2', 'Gamma Small', 'House, "the" model']);
  });

  it('states on every row the traffic its costs were worked out for', () => {
    const traffic = { ...DEFAULT_COMPARISON.traffic, requests: 2_500_000, cachedShare: 0.25, batchShare: 0.5 };
    const rows = parseCsv(buildComparisonCsv(inputFor({ traffic })));
    const all = (value: string) => Array<string>(4).fill(value);
    expect(column(rows, 'Requests per month')).toEqual(all('2500000'));
    expect(column(rows, 'Input tokens per request')).toEqual(all(String(traffic.inputTokens)));
    expect(column(rows, 'Output tokens per request')).toEqual(all(String(traffic.outputTokens)));
    expect(column(rows, 'Reasoning tokens per request')).toEqual(all('0'));
    expect(column(rows, 'Cached input share (%)')).toEqual(all('25'));
    expect(column(rows, 'Cache-write share (%)')).toEqual(all('0'));
    expect(column(rows, 'Batch share (%)')).toEqual(all('50'));
  });

  it('holds the cost engine’s figures in the display currency', () => {
    for (const currency of ['USD', 'EUR']) {
      const input = inputFor({}, currency);
      const rows = parseCsv(buildComparisonCsv(input));
      const engine = buildCostRows(
        input.models,
        input.state.traffic,
        input.toUsd,
        { includeFreeAndPlans: false },
        'alpha-1',
      );
      const perUsd = input.currency.perUsd;
      const monthly = column(rows, 'Monthly cost');
      const perRequest = column(rows, 'Cost per request');
      engine.forEach((row, i) => {
        if (row.cost.status !== 'priced') return expect(monthly[i]).toBe('unavailable');
        expect(Number(monthly[i])).toBeCloseTo(row.cost.cheapest.monthly * perUsd, 6);
        expect(Number(perRequest[i])).toBeCloseTo(row.cost.cheapest.perRequest * perUsd, 12);
      });
      expect(column(rows, 'Currency')).toEqual(Array(4).fill(currency));
    }
  });

  // House model: €0.90 / €0.90 at 0.9 EUR per USD is $1 / $1, so 1M × 1,050 tokens = $1,050.
  it('shows the reference figures, the delta to the baseline and the custom route', () => {
    const rows = parseCsv(buildComparisonCsv(inputFor()));
    expect(column(rows, 'Monthly cost')).toEqual(['852', '1800', 'unavailable', '1050']);
    expect(column(rows, 'Delta to baseline (Alpha 1)')).toEqual(['baseline', '948', 'unavailable', '198']);
    expect(column(rows, 'Cheapest route provider')).toEqual(['Cheap Cloud', "'=Deal", '', 'On-prem']);
    expect(column(rows, 'Custom route')).toEqual(['no', 'yes', '', 'yes']);
    expect(column(rows, 'Custom model')).toEqual(['no', 'no', 'no', 'yes']);
    expect(column(rows, 'Cost notes')[2]).toBe('Only free-tier or plan routes, which have no per-token price.');
    // $852 a month over 1M requests of 1,050 tokens: $0.000852 per request, $0.8114... per 1M tokens
    expect(column(rows, 'Cost per request')[0]).toBe('0.000852');
    expect(Number(column(rows, 'Cost per 1M blended tokens')[0])).toBeCloseTo(852 / 1050, 9);
  });

  it('lists specs, tri-state capabilities and best scores with their sources and attribution', () => {
    const rows = parseCsv(buildComparisonCsv(inputFor()));
    expect(column(rows, 'Context window (tokens)')).toEqual(['256000', '1047576', '', '64000']);
    expect(column(rows, 'Open weights')).toEqual(['yes', 'no', 'yes', 'unknown']);
    expect(column(rows, 'License')).toEqual(['Modified MIT', 'Proprietary', 'Apache 2.0', '']);
    expect(column(rows, 'Vision')).toEqual(['yes', 'yes', 'yes', 'unknown']);
    expect(column(rows, 'Computer use')).toEqual(['no', 'no', 'unknown', 'unknown']);
    expect(column(rows, 'MMLU-Pro (best score)')).toEqual(['87.1', '81.8', '', '']);
    expect(column(rows, 'MMLU-Pro source')[1]).toBe('LLM Stats leaderboard data (independent, 2026-05-01)');
    expect(column(rows, 'SWE-bench Verified (best score)')).toEqual(['', '54.6', '', '']);
    expect(column(rows, 'Attribution')).toEqual([LEADERBOARD_ATTRIBUTION, LEADERBOARD_ATTRIBUTION, '', '']);
  });

  it('header and rows agree on the number of columns even with no scores at all', () => {
    const rows = comparisonCsvRows(inputFor({ modelIds: ['gamma-small', 'custom-house'] }));
    expect(rows.map((r) => r.length)).toEqual([rows[0]!.length, rows[0]!.length, rows[0]!.length]);
  });
});

describe('comparison JSON', () => {
  const json = buildComparisonJson(inputFor({}, 'EUR'), '2026-08-01T00:00:00.000Z');

  it('carries the state, traffic and currency with its dated rate', () => {
    expect(json.state.modelIds).toEqual(['alpha-1', 'beta-2', 'gamma-small', 'custom-house']);
    expect(json.traffic).toEqual(DEFAULT_COMPARISON.traffic);
    expect(json.currency).toEqual({
      code: 'EUR',
      perUsd: 0.9,
      rateDate: '2026-07-01',
      rateSource: 'fixture',
      overridden: false,
    });
    expect(json.baselineId).toBe('alpha-1');
    expect(json.exportedAt).toBe('2026-08-01T00:00:00.000Z');
  });

  it('gives each model its costs and every route priced, custom ones marked', () => {
    const [alpha, beta, gamma, house] = json.models;
    expect(alpha!.cost).toMatchObject({ status: 'priced', cheapestRouteId: 'cheap-cloud/alpha-1', monthly: 766.8 });
    // Cheapest first, as the routes table: the plan's 0/0 sorts first but does not count as the cost.
    expect(alpha!.routes.map((r) => [r.id, r.monthlyCost])).toEqual([
      ['plan-co/alpha-1', { amount: 0, notes: [] }],
      ['cheap-cloud/alpha-1', { amount: 766.8, notes: [] }],
      ['big-cloud/alpha/alpha-1', { amount: 1107, notes: [] }],
    ]);
    expect(beta!.routes.find((r) => r.custom)).toMatchObject({
      id: 'custom/c1',
      providerName: '=Deal',
      prices: { input: 1, output: 4 },
    });
    expect(gamma!.cost).toMatchObject({ status: 'unavailable' });
    expect(house).toMatchObject({
      custom: true,
      creator: 'Custom',
      specs: { contextWindow: { value: 64000, source: 'custom' } },
    });
    expect(alpha!.capabilities.vision).toBe('yes');
    expect(alpha!.capabilities['web-search']).toBe('unknown');
    expect(alpha!.specs.contextWindow).toMatchObject({ value: 256000 });
  });

  it('keeps every score with its source, and the sources with licenses and attribution', () => {
    expect(json.models[0]!.scores).toHaveLength(3);
    const leaderboard = json.sources.find((s) => s.id === 'llm-leaderboard');
    expect(leaderboard).toMatchObject({ license: 'CC BY 4.0', attribution: LEADERBOARD_ATTRIBUTION });
    expect(json.attributions).toEqual([LEADERBOARD_ATTRIBUTION]);
    expect(json.sources.map((s) => s.id)).toContain('custom');
    expect(json.sources.map((s) => s.id)).toContain('reseller-page');
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(json))).toEqual(JSON.parse(JSON.stringify(json)));
  });
});
