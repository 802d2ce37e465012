/**
 * The comparison as CSV: one row per compared model with the figures of the "Monthly cost"
 * table in the display currency, then specs, capabilities and best benchmark scores with their
 * sources. Attribution that a source's license asks for travels in the last column.
 */
import { CAPABILITY_LABELS, capabilityState } from '../views/capabilities';
import { csvNumber, toCsv, type CsvValue } from './csv-text';
import {
  bestScore,
  comparedBenchmarks,
  exportCostRows,
  inDisplay,
  isCustomModel,
  providerNameOf,
  sourceLookup,
  yesNoUnknown,
  type ExportInput,
} from './common';
import { isCustomRoute } from '../custom/merge';
import type { CostRow } from '../cost/rows';
import type { TrafficProfile } from '../traffic/profile';
import { CAPABILITY_IDS, type Benchmark, type Model, type Source } from '../types';

export const CSV_FILE_NAME = 'versus-comparison.csv';

const yes = (value: boolean) => (value ? 'yes' : 'no');

/** The traffic the costs were worked out for, on every row, so a row read alone still says it. */
const TRAFFIC_COLUMNS = [
  ['Requests per month', (t: TrafficProfile) => t.requests],
  ['Input tokens per request', (t: TrafficProfile) => t.inputTokens],
  ['Output tokens per request', (t: TrafficProfile) => t.outputTokens],
  ['Reasoning tokens per request', (t: TrafficProfile) => t.reasoningTokens],
  ['Cached input share (%)', (t: TrafficProfile) => t.cachedShare * 100],
  ['Cache-write share (%)', (t: TrafficProfile) => t.cacheWriteShare * 100],
  ['Batch share (%)', (t: TrafficProfile) => t.batchShare * 100],
] as const;

function costCells(input: ExportInput, row: CostRow, providerName: ReturnType<typeof providerNameOf>): CsvValue[] {
  if (row.cost.status !== 'priced')
    return [
      '',
      '',
      '',
      'unavailable',
      row.delta ? 'unavailable' : 'baseline',
      '',
      '',
      '',
      input.currency.code,
      row.cost.reason,
    ];
  const { cheapest } = row.cost;
  const money = (usd: number) => csvNumber(inDisplay(input, usd));
  let delta: CsvValue[] = ['baseline', ''];
  if (row.delta?.status === 'available')
    delta = [money(row.delta.monthly), row.delta.fraction === undefined ? '' : csvNumber(row.delta.fraction * 100)];
  else if (row.delta) delta = ['unavailable', ''];
  return [
    providerName(cheapest.route),
    cheapest.route.id,
    yes(isCustomRoute(cheapest.route)),
    money(cheapest.monthly),
    ...delta,
    money(cheapest.perRequest),
    row.blended === undefined ? undefined : money(row.blended),
    input.currency.code,
    cheapest.notes.join(' '),
  ];
}

function scoreCells(
  model: Model,
  benchmarks: readonly Benchmark[],
  source: (id: string) => Source | undefined,
): CsvValue[] {
  return benchmarks.flatMap((benchmark) => {
    const score = bestScore(model, benchmark);
    if (!score) return ['', ''];
    const from = source(score.source);
    const how = [score.variant, score.selfReported ? 'self-reported' : 'independent', score.date]
      .filter(Boolean)
      .join(', ');
    return [csvNumber(score.value), `${from?.title ?? score.source} (${how})`];
  });
}

/** Distinct attribution texts of the sources behind a model's exported scores. */
function attributions(
  model: Model,
  benchmarks: readonly Benchmark[],
  source: (id: string) => Source | undefined,
): string {
  const texts = benchmarks.flatMap((b) => {
    const score = bestScore(model, b);
    const attribution = score ? source(score.source)?.attribution : undefined;
    return attribution ? [attribution] : [];
  });
  return [...new Set(texts)].join('; ');
}

export function comparisonCsvHeader(input: ExportInput, benchmarks: readonly Benchmark[]): string[] {
  const baseline = exportCostRows(input).find((r) => !r.delta)?.modelName ?? 'baseline';
  return [
    'Model',
    'Model id',
    'Custom model',
    'Cheapest route provider',
    'Cheapest route id',
    'Custom route',
    'Monthly cost',
    `Delta to baseline (${baseline})`,
    'Delta to baseline (%)',
    'Cost per request',
    'Cost per 1M blended tokens',
    'Currency',
    'Cost notes',
    ...TRAFFIC_COLUMNS.map(([name]) => name),
    'Context window (tokens)',
    'Release date',
    'Open weights',
    'License',
    ...CAPABILITY_IDS.map((id) => CAPABILITY_LABELS[id]),
    ...benchmarks.flatMap((b) => [`${b.name} (best score)`, `${b.name} source`]),
    'Attribution',
  ];
}

/** The CSV table as rows of cells, header first. */
export function comparisonCsvRows(input: ExportInput): CsvValue[][] {
  const benchmarks = comparedBenchmarks(input);
  const providerName = providerNameOf(input);
  const source = sourceLookup(input);
  const costs = new Map(exportCostRows(input).map((row) => [row.modelId, row]));
  const rows = input.models.flatMap((model): CsvValue[][] => {
    const cost = costs.get(model.id);
    if (!cost) return [];
    return [
      [
        model.name,
        model.id,
        yes(isCustomModel(model)),
        ...costCells(input, cost, providerName),
        ...TRAFFIC_COLUMNS.map(([, value]) => csvNumber(value(input.state.traffic))),
        model.contextWindow?.value,
        model.releaseDate?.value,
        yesNoUnknown(model.openWeights?.value),
        model.license?.value,
        ...CAPABILITY_IDS.map((id) => capabilityState(model, id)),
        ...scoreCells(model, benchmarks, source),
        attributions(model, benchmarks, source),
      ],
    ];
  });
  return [comparisonCsvHeader(input, benchmarks), ...rows];
}

export const buildComparisonCsv = (input: ExportInput): string => toCsv(comparisonCsvRows(input));
