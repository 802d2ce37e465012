/**
 * The one-line verdict at the top of the comparison: which model costs least at the user's
 * traffic and by how much, and which leads on the benchmarks every compared model has a score
 * on. It reads the cost panel's own rows, so it moves with the traffic and every cost option
 * the panel follows, and the benchmark rows the trade-offs read. It says only what those rows
 * hold: a model without a price or a score is named as such, never ranked.
 */
import type { CostRow } from '../cost/rows';
import { formatPercent } from '../format/format';
import type { BenchmarkRow } from './benchmarks';
import { capitalize, listText } from './prose';

export interface VerdictInput {
  /** The cost panel's rows, one per compared model in the comparison's order. */
  costRows: readonly CostRow[];
  /** The benchmark rows of the same models. */
  benchmarkRows: readonly BenchmarkRow[];
  /** USD as the page shows money (the display currency). */
  money: (usd: number) => string;
}

export interface Verdict {
  /** The whole line, one sentence. */
  text: string;
  cost: string;
  benchmarks: string;
}

/** Below half a percent the two figures read as the same once rounded. */
const SAME_COST = 0.005;

function costClause(rows: readonly CostRow[], money: (usd: number) => string): string {
  const priced = rows
    .flatMap((row) => (row.cost.status === 'priced' ? [{ name: row.modelName, cheapest: row.cost.cheapest }] : []))
    .sort((a, b) => a.cheapest.perRequest - b.cheapest.perRequest);
  const unpriced = rows.filter((row) => row.cost.status !== 'priced').map((row) => row.modelName);
  const none = unpriced.length
    ? `; ${listText(unpriced)} ${unpriced.length === 1 ? 'has' : 'have'} no sourced price`
    : '';
  const [first, second] = priced;
  if (!first) return `no compared model has a sourced input and output price yet`;
  const month = (usd: number) => `${money(usd)} a month`;
  if (!second)
    return `only ${first.name} has a sourced price (${month(first.cheapest.monthly)} at your traffic)${none}`;

  // Per request, as the cost panel's delta: the share exists at zero requests too.
  const fraction =
    second.cheapest.perRequest > 0
      ? (second.cheapest.perRequest - first.cheapest.perRequest) / second.cheapest.perRequest
      : 0;
  if (fraction < SAME_COST) {
    const tied = priced.filter((p) => p.cheapest.perRequest <= first.cheapest.perRequest / (1 - SAME_COST));
    return `${listText(tied.map((p) => p.name))} cost the same at your traffic (${month(first.cheapest.monthly)})${none}`;
  }
  const less = formatPercent(fraction, { digits: 0 });
  const figures = `(${money(first.cheapest.monthly)} vs ${month(second.cheapest.monthly)})`;
  return rows.length === 2
    ? `${first.name} costs ${less} less than ${second.name} at your traffic ${figures}`
    : `${first.name} costs least at your traffic, ${less} less than the next, ${second.name} ${figures}${none}`;
}

function benchmarkClause(rows: readonly BenchmarkRow[], models: readonly CostRow[]): string {
  const modelCount = models.length;
  const shared = rows.filter((row) => row.shared && row.leader);
  if (shared.length === 0)
    return modelCount === 2 ? 'no benchmark has a score for both' : `no benchmark has a score for all ${modelCount}`;
  const leads = new Map<string, number>();
  for (const row of shared)
    if (row.leader && row.leader.lead > 0) leads.set(row.leader.modelId, (leads.get(row.leader.modelId) ?? 0) + 1);
  const most = Math.max(0, ...leads.values());
  const total = shared.length;
  const noun = total === 1 ? 'shared benchmark' : 'shared benchmarks';
  if (most === 0)
    return total === 1 ? `they tie on the one ${noun}, ${shared[0]?.name}` : `they tie on all ${total} ${noun}`;
  // In the comparison's order, as every panel lists the models.
  const leaders = models.filter((m) => leads.get(m.modelId) === most).map((m) => m.modelName);
  if (leaders.length > 1) return `${listText(leaders)} each lead on ${most} of ${total} ${noun}`;
  if (total === 1) return `${leaders[0]} leads on the one ${noun}, ${shared[0]?.name}`;
  return `${leaders[0]} leads on ${most} of ${total} ${noun}`;
}

/** The verdict for two or more models; undefined for fewer, where there is nothing to weigh. */
export function buildVerdict({ costRows, benchmarkRows, money }: VerdictInput): Verdict | undefined {
  if (costRows.length < 2) return undefined;
  const cost = costClause(costRows, money);
  const benchmarks = benchmarkClause(benchmarkRows, costRows);
  return { text: `${capitalize(cost)}; ${benchmarks}.`, cost, benchmarks };
}
