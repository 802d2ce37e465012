/**
 * The genai-prices report (scripts/catalog/reports/genai-prices.md): for every route both
 * genai-prices and the other sources price, whether they agree within 1 % and, where they do
 * not, the likely cause. "The other sources" is the price the route would carry without
 * genai-prices (route-claims.ts settled on the other claims alone).
 */
import type { PricePeriod, PriceSet, PriceTier } from '../../src/domain/types';
import type { CatalogReport } from './build-catalog';

export const AGREEMENT = 0.01;

type Outcome = CatalogReport['lookups'][number];

export interface Comparison {
  modelId: string;
  routeId: string;
  genai: { modelId: string; prices: PriceSet; date: string };
  /** The other sources' price, or undefined when only genai-prices prices the route. */
  other?: { prices: PriceSet; source: string; date: string };
  agree: boolean;
  /** The likely cause of a disagreement, or a remark on an agreement. */
  note: string;
  /** Set when genai-prices' price is for another catalog model than the route's, so not applied. */
  notApplied?: true;
}

const relative = (a: number, b: number): number => (a === b ? 0 : Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b)));
const close = (a: number | undefined, b: number | undefined, tolerance = AGREEMENT): boolean =>
  a !== undefined && b !== undefined && relative(a, b) <= tolerance;
const sameBase = (a: PriceSet, b: PriceSet, tolerance = AGREEMENT) =>
  close(a.input, b.input, tolerance) && close(a.output, b.output, tolerance);
const tokens = (n: number) => (n >= 1000 ? `${Math.round(n / 1000)}K` : String(n));
const CACHE = [
  ['cacheRead', 'cache-read'],
  ['cacheWrite', 'cache-write'],
] as const;

/** The factor the other price is of genai-prices', where input and output share one. */
function commonFactor(other: PriceSet, genai: PriceSet): number | undefined {
  if (!other.input || !other.output || !genai.input || !genai.output) return undefined;
  const a = other.input / genai.input;
  const b = other.output / genai.output;
  return relative(a, b) <= AGREEMENT ? (a + b) / 2 : undefined;
}

function disagreement(
  other: NonNullable<Comparison['other']>,
  genai: { prices: PriceSet; tiers?: PriceTier[]; imageOutput?: number; history?: PricePeriod[]; date: string },
  otherTiers: PriceTier[] | undefined,
): string {
  const o = other.prices;
  const g = genai.prices;
  const tier = genai.tiers?.find((t) => sameBase(o, t.prices));
  if (tier) return `tier vs base: ${other.source} gives the price above ${tokens(tier.above)} tokens as the base price`;
  const theirTier = otherTiers?.find((t) => sameBase(g, t.prices));
  if (theirTier)
    return `tier vs base: genai-prices' price is ${other.source}'s above ${tokens(theirTier.above)} tokens`;
  if (genai.imageOutput !== undefined && close(o.output, genai.imageOutput))
    return `image price: ${other.source}'s output price is the image-output price`;
  const past = genai.history?.find((h) => sameBase(o, h.prices));
  if (past?.until) return `stale: ${other.source} has the price genai-prices dates until ${past.until}`;
  if (past?.from) return `announced: ${other.source} already has the price genai-prices dates from ${past.from}`;
  const factor = commonFactor(o, g);
  if (factor !== undefined && close(factor, 0.5)) return 'half price: a batch, off-peak or promotional rate';
  for (const premium of [1.1, 1.2])
    if (factor !== undefined && (close(factor, premium) || close(factor, 1 / premium)))
      return `region: ${Math.round((premium - 1) * 100)} % apart, a regional or cross-region premium`;
  if (sameBase(o, g, 0.02)) return 'rounding: within 2 %';
  const level =
    factor !== undefined ? `${other.source} is ${factor.toFixed(2)} x genai-prices` : 'input and output apart';
  if (other.date < genai.date && daysBetween(other.date, genai.date) > 180)
    return `likely stale: ${level}, and ${other.source}'s claim dates from ${other.date}`;
  return `different price: ${level}`;
}

function daysBetween(a: string, b: string): number {
  return (Date.parse(b.padEnd(10, '-01')) - Date.parse(a.padEnd(10, '-01'))) / 86_400_000;
}

export function compareLookups(outcomes: readonly Outcome[]): Comparison[] {
  const rows: Comparison[] = [];
  for (const outcome of outcomes) {
    const found = 'route' in outcome.found ? outcome.found : outcome.notApplied;
    if (!found) continue;
    const genai = { modelId: found.modelId, prices: found.route.prices, date: found.route.checked };
    const without = outcome.without?.route;
    const base = { modelId: outcome.modelId, routeId: outcome.routeId, genai };
    if ('skipped' in outcome.found) {
      const other = without && { prices: without.prices, source: without.source, date: without.checked };
      rows.push({ ...base, other, agree: false, note: outcome.found.skipped, notApplied: true });
      continue;
    }
    if (!without) {
      rows.push({ ...base, agree: false, note: 'only genai-prices prices this route' });
      continue;
    }
    const other = { prices: without.prices, source: without.source, date: without.checked };
    if (!sameBase(other.prices, genai.prices)) {
      const known = { ...genai, tiers: found.route.tiers, imageOutput: found.imageOutput, history: found.history };
      const note = disagreement(other, known, without.tiers);
      rows.push({ ...base, other, agree: false, note });
      continue;
    }
    const differing = CACHE.filter(
      ([k]) =>
        other.prices[k] !== undefined && genai.prices[k] !== undefined && !close(other.prices[k], genai.prices[k]),
    );
    if (differing.length) {
      const which = differing.map(([, n]) => n).join(' and ');
      rows.push({ ...base, other, agree: false, note: `cache price differs: the ${which} price` });
      continue;
    }
    const missing = CACHE.flatMap(([k, n]) =>
      (other.prices[k] === undefined) !== (genai.prices[k] === undefined)
        ? [`${n} price missing in ${other.prices[k] === undefined ? other.source : 'genai-prices'}`]
        : [],
    );
    rows.push({ ...base, other, agree: true, note: missing.length ? `agree; ${missing.join(', ')}` : 'agree' });
  }
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return rows.sort((a, b) => order(a.modelId, b.modelId) || order(a.routeId, b.routeId));
}

export interface AgreementSummary {
  asked: number;
  skipped: Map<string, number>;
  compared: number;
  agree: number;
  onlyGenai: number;
  causes: Map<string, number>;
}

/** The cause's kind: its words before the colon ("tier vs base", "region", "stale"…). */
const causeKind = (note: string): string => note.split(':')[0] ?? note;

export function summarizeAgreement(outcomes: readonly Outcome[], rows: readonly Comparison[]): AgreementSummary {
  const skipped = new Map<string, number>();
  for (const o of outcomes) {
    if (!('skipped' in o.found)) continue;
    const reason = o.notApplied ? 'not applied: its price is for another catalog model' : o.found.skipped;
    skipped.set(reason, (skipped.get(reason) ?? 0) + 1);
  }
  const applied = rows.filter((r) => !r.notApplied);
  const compared = applied.filter((r) => r.other);
  const causes = new Map<string, number>();
  for (const r of compared) if (!r.agree) causes.set(causeKind(r.note), (causes.get(causeKind(r.note)) ?? 0) + 1);
  return {
    asked: outcomes.length,
    skipped,
    compared: compared.length,
    agree: compared.filter((r) => r.agree).length,
    onlyGenai: applied.length - compared.length,
    causes: new Map([...causes].sort((a, b) => b[1] - a[1])),
  };
}

export const agreementShare = (s: AgreementSummary): string =>
  s.compared ? `${((100 * s.agree) / s.compared).toFixed(1)} %` : 'n/a';

const show = (p: PriceSet): string =>
  [p.input, p.output].map((v) => (v === undefined ? '—' : String(Number(v.toPrecision(6))))).join(' / ') +
  (p.cacheRead !== undefined ? ` (cache ${Number(p.cacheRead.toPrecision(6))})` : '');

export function formatGenaiReport(outcomes: readonly Outcome[], source: { title: string; date: string }): string {
  const rows = compareLookups(outcomes);
  const s = summarizeAgreement(outcomes, rows);
  const lines = [
    '# genai-prices against the catalog’s other sources',
    '',
    'Written by `npm run catalog` (scripts/catalog/genai-report.ts) from the catalog’s upstream data and',
    `${source.title}, data of ${source.date}. For every pay-as-you-go route genai-prices prices: its`,
    'price against the price the route would carry from the other sources alone, in USD per 1M input /',
    'output tokens (cache read in brackets), with each side’s source and claim date. They agree when',
    'input and output are within 1 % and so are the cache prices both state; otherwise the result',
    'names the likely cause.',
    '',
    `- routes asked: ${s.asked}; not priced by genai-prices: ${[...s.skipped].map(([k, n]) => `${n} (${k})`).join(', ') || 'none'}`,
    `- routes both price: ${s.compared}; agree within 1 %: ${s.agree} (${agreementShare(s)})`,
    `- disagreements by likely cause: ${[...s.causes].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`,
    `- routes only genai-prices prices: ${s.onlyGenai}`,
    '',
    '| model | route | other sources | genai-prices | result |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((r) =>
      [
        '',
        r.modelId,
        `\`${r.routeId}\``,
        r.other ? `${show(r.other.prices)} (${r.other.source}, ${r.other.date})` : '—',
        `${show(r.genai.prices)} (${r.genai.modelId}, ${r.genai.date})`,
        r.note,
        '',
      ]
        .join(' | ')
        .trim(),
    ),
  ];
  return `${lines.join('\n')}\n`;
}
