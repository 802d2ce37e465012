/**
 * Plain-language trade-offs: for each chosen model, the reasons the data gives to choose it over
 * the others. Each sentence states only what the catalog records; an unknown value is never
 * counted for or against a model, and is named as unknown where it matters.
 */
import type { BenchmarkRow } from './benchmarks';
import { capabilityNames, capabilityState } from './capabilities';
import { listText } from './prose';
import { pointsText, tokensText, usdPerMillionText } from '../format/quantity-text';
import { tagText } from './scorecard';
import { CAPABILITY_IDS, type Model, type ModelSummary } from '../types';

export interface ModelTradeoffs {
  modelId: string;
  modelName: string;
  reasons: string[];
}

export interface TradeoffInput {
  models: readonly Model[];
  summaries: readonly ModelSummary[];
  benchmarkRows: readonly BenchmarkRow[];
}

interface Ranked {
  model: Model;
  value: number;
}

/**
 * Where `model` strictly beats every other known value, the sentence tail "(A vs B)" when two
 * models are compared or "(A; next B)" for more; undefined otherwise. `better` says which way wins.
 */
function strictLead(
  model: Model,
  ranked: Ranked[],
  better: (a: number, b: number) => boolean,
  text: (v: number) => string,
  modelCount: number,
) {
  const own = ranked.find((r) => r.model.id === model.id);
  const others = ranked.filter((r) => r.model.id !== model.id);
  if (!own || others.length === 0 || !others.every((o) => better(own.value, o.value))) return undefined;
  const next = others.reduce((a, b) => (better(a.value, b.value) ? a : b));
  return modelCount === 2
    ? `(${text(own.value)} vs ${text(next.value)})`
    : `(${text(own.value)}; next ${text(next.value)})`;
}

const unknownFor = (models: readonly Model[]) =>
  models.length ? `; unknown for ${listText(models.map((m) => m.name))}` : '';

function contextReason(model: Model, models: readonly Model[]): string | undefined {
  const known = models.flatMap((m) => (m.contextWindow ? [{ model: m, value: m.contextWindow.value }] : []));
  const tail = strictLead(model, known, (a, b) => a > b, tokensText, models.length);
  if (!tail) return undefined;
  const word = models.length === 2 ? 'larger' : 'largest';
  const unknown = models.filter((m) => !m.contextWindow);
  return `${model.name} has the ${word} context window ${tail.slice(0, -1)}${unknownFor(unknown)})`;
}

/** Leads shown one by one; the rest are named in one sentence so the list stays scannable. */
const NAMED_LEADS = 3;

function benchmarkReasons(model: Model, rows: readonly BenchmarkRow[], many: boolean): string[] {
  const leads = rows
    .filter((r) => r.shared && r.leader?.modelId === model.id && r.leader.lead > 0)
    .sort((a, b) => (b.leader?.lead ?? 0) - (a.leader?.lead ?? 0));
  const named = leads.slice(0, NAMED_LEADS).map((r) => {
    const by = `by ${pointsText(r.leader?.lead ?? 0)} points`;
    // On an error rate the lead is a lower figure; saying so keeps "leads" from reading as "scores higher".
    const lead = r.higherIsBetter ? ` ${by}` : `, lower ${by}`;
    return `${model.name} leads on ${r.name}${lead}${many ? ' over the next best' : ''}`;
  });
  const rest = leads.slice(NAMED_LEADS).map((r) => r.name);
  return rest.length ? [...named, `${model.name} also leads on ${listText(rest)}`] : named;
}

function routeReason(model: Model, models: readonly Model[]): string | undefined {
  const ranked = models.map((m) => ({ model: m, value: m.routes.filter((r) => r.billing === 'payg').length }));
  const tail = strictLead(model, ranked, (a, b) => a > b, String, models.length);
  const word = models.length === 2 ? 'more' : 'the most';
  return tail
    ? `${model.name} has ${word} pay-as-you-go provider routes ${tail}, for fallback and procurement`
    : undefined;
}

function capabilityReason(model: Model, models: readonly Model[]): string | undefined {
  const others = models.filter((m) => m.id !== model.id);
  if (others.length === 0) return undefined;
  const alone = CAPABILITY_IDS.filter(
    (id) => capabilityState(model, id) === 'yes' && others.every((o) => capabilityState(o, id) === 'no'),
  );
  return alone.length ? `${model.name} alone has ${listText(capabilityNames(alone))}` : undefined;
}

function opennessReason(model: Model, models: readonly Model[]): string | undefined {
  if (model.openWeights?.value !== true) return undefined;
  if (models.every((m) => m.openWeights?.value === true)) return undefined;
  return model.license
    ? `${model.name} is open-weight under ${model.license.value}`
    : `${model.name} is open-weight (license not stated)`;
}

function priceReason(model: Model, models: readonly Model[], summaries: readonly ModelSummary[]): string | undefined {
  const price = (m: Model) => summaries.find((s) => s.id === m.id)?.cheapest?.output;
  const known = models.flatMap((m) => {
    const value = price(m);
    return value === undefined ? [] : [{ model: m, value }];
  });
  if (known.length === 1 && known[0]?.model.id === model.id && models.length > 1) {
    const none = models.filter((m) => m.id !== model.id).map((m) => m.name);
    return `${model.name} has a tracked pay-as-you-go price; ${listText(none)} has none`;
  }
  const tail = strictLead(model, known, (a, b) => a < b, usdPerMillionText, models.length);
  if (!tail) return undefined;
  const unknown = models.filter((m) => price(m) === undefined);
  return `${model.name} has the cheaper output price per 1M tokens ${tail.slice(0, -1)}${unknownFor(unknown)})`;
}

export function buildTradeoffs({ models, summaries, benchmarkRows }: TradeoffInput): ModelTradeoffs[] {
  return models.map((model) => {
    const reasons = [
      ...benchmarkReasons(model, benchmarkRows, models.length > 2),
      contextReason(model, models),
      priceReason(model, models, summaries),
      routeReason(model, models),
      capabilityReason(model, models),
      opennessReason(model, models),
      model.tags.length ? `The catalog tags ${model.name} for ${listText(model.tags.map(tagText))}` : undefined,
    ].filter((r): r is string => r !== undefined);
    return { modelId: model.id, modelName: model.name, reasons: reasons.map((r) => `${r}.`) };
  });
}
