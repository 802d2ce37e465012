/**
 * Reads llm-leaderboard (the data behind llm-stats.com): model records with parameter counts,
 * licenses and self-reported benchmark scores (normalized 0-1), benchmark definitions, and
 * provider price offers in US cents per 1M tokens. CC BY 4.0: the source carries attribution.
 */
import type { Benchmark, Provider, Score, Source } from '../../src/domain/types';
import { billingKind, pricesFor } from './billing';
import { EXTRA_PROVIDER_NAMES, leaderboardProviderId } from './provider-map';
import type { Capabilities, ModelRecord, Offer, SourceData } from './types';
import { cleanNumber, isNumber, isRecord, isString, sortedEntries, toDate } from './util';

export const LEADERBOARD = 'llm-leaderboard';
export const LEADERBOARD_ATTRIBUTION =
  'Benchmark data from LLM Stats (llm-leaderboard by Jonathan Chavez Tamales), CC BY 4.0';
type Raw = Record<string, unknown>;

export interface SkippedScore {
  key: string;
  reason: string;
}

/** A score is kept only where its benchmark is on a 0-1 (or 0-100) scale; Elo-like ratings are not percentages. */
function readScore(
  s: Raw,
  maxScore: number | undefined,
  date: string | undefined,
  skipped: SkippedScore[],
): Score | undefined {
  const benchmarkId = isString(s.benchmark_id) ? s.benchmark_id : undefined;
  const normalized = isNumber(s.normalized_score) ? s.normalized_score : undefined;
  if (!benchmarkId || normalized === undefined) return undefined;
  const label = `${String(s.model_id)}/${benchmarkId}`;
  if (maxScore !== undefined && maxScore !== 1 && maxScore !== 100) {
    skipped.push({ key: label, reason: `score not on a 0-100 scale (max score ${maxScore})` });
    return undefined;
  }
  if (normalized < 0 || normalized > 1) {
    skipped.push({ key: label, reason: `normalized score ${normalized} outside 0-1` });
    return undefined;
  }
  const notes = [s.analysis_method, s.verification_notes].filter(isString).join('; ');
  const url =
    isString(s.self_reported_source_link) && /^https?:\/\//.test(s.self_reported_source_link)
      ? s.self_reported_source_link
      : undefined;
  return {
    benchmarkId,
    value: cleanNumber(normalized * 100),
    variant: notes || undefined,
    selfReported: s.is_self_reported !== false,
    source: LEADERBOARD,
    url,
    date: toDate(s.verification_date) ?? date,
  };
}

function readRecord(id: string, m: Raw, d: Raw, skipped: SkippedScore[]): ModelRecord {
  const licenses = isRecord(d.licenses) ? d.licenses : {};
  const orgs = isRecord(d.organizations) ? d.organizations : {};
  const benchmarks = isRecord(d.benchmarks) ? d.benchmarks : {};
  const license =
    isString(m.license_id) && isRecord(licenses[m.license_id]) ? (licenses[m.license_id] as Raw) : undefined;
  const licenseName = license && isString(license.name) && m.license_id !== 'unknown' ? license.name : undefined;
  const org =
    isString(m.organization_id) && isRecord(orgs[m.organization_id]) ? (orgs[m.organization_id] as Raw) : undefined;
  const date = toDate(m.announcement_date) ?? toDate(m.release_date);
  const scores: Score[] = [];
  for (const s of Array.isArray(m.benchmarks) ? m.benchmarks : []) {
    if (!isRecord(s)) continue;
    const def = isString(s.benchmark_id) ? benchmarks[s.benchmark_id] : undefined;
    const score = readScore(s, isRecord(def) && isNumber(def.max_score) ? def.max_score : undefined, date, skipped);
    if (score) scores.push(score);
  }
  const capabilities: Capabilities =
    typeof m.multimodal === 'boolean' ? { multimodal: m.multimodal ? 'yes' : 'no' } : {};
  const links = [
    ['Weights', m.source_weights_link],
    ['API reference', m.source_api_ref],
    ['Paper', m.source_paper],
    ['Announcement', m.source_scorecard_blog_link],
  ]
    .filter((pair): pair is [string, string] => isString(pair[1]) && /^https?:\/\//.test(pair[1]))
    .map(([label, url]) => ({ label, url }));
  return {
    source: LEADERBOARD,
    upstreamKey: id,
    ids: [id],
    name: isString(m.name) ? m.name : undefined,
    creatorId: isString(m.organization_id) ? m.organization_id : undefined,
    creatorName: org && isString(org.name) ? org.name : undefined,
    description: isString(m.description) ? m.description : undefined,
    facts: {
      releaseDate: toDate(m.release_date),
      knowledgeCutoff: toDate(m.knowledge_cutoff),
      parametersTotal: isNumber(m.param_count) && m.param_count > 0 ? m.param_count : undefined,
      license: licenseName,
      // The flag is about the weights' license; for a proprietary model it says nothing about API use.
      commercialUse:
        license && typeof license.allow_commercial === 'boolean' && m.license_id !== 'proprietary'
          ? license.allow_commercial
            ? 'allowed'
            : 'not allowed'
          : undefined,
      openWeights: isString(m.source_weights_link) ? true : undefined,
    },
    capabilities,
    scores,
    links,
    weights: [],
    anchor: true,
  };
}

function readOffers(providerId: string, p: Raw, date: string): Offer[] {
  const offers: Offer[] = [];
  const id = leaderboardProviderId(providerId);
  for (const o of Array.isArray(p.models) ? p.models : []) {
    if (!isRecord(o) || !isString(o.model_id)) continue;
    const cents = (v: unknown) => (isNumber(v) && v >= 0 ? cleanNumber(v / 100) : undefined);
    const raw = { input: cents(o.input_cents_per_million_tokens), output: cents(o.output_cents_per_million_tokens) };
    const billing = billingKind(id, raw);
    const capabilities: Capabilities = {
      'web-search': o.feature_web_search === true ? 'yes' : undefined,
      'function-calling': o.feature_function_calling === true ? 'yes' : undefined,
      'structured-outputs': o.feature_structured_output === true ? 'yes' : undefined,
      'code-execution': o.feature_code_execution === true ? 'yes' : undefined,
    };
    const maxIn = isNumber(o.max_input_tokens) ? o.max_input_tokens : undefined;
    const modelId = isString(o.provider_model_id_used) ? o.provider_model_id_used : o.model_id;
    offers.push({
      source: LEADERBOARD,
      upstreamKey: `${providerId}/${o.model_id}`,
      // The leaderboard's own model id identifies the model; the provider's id is only how it is called.
      ids: [o.model_id, modelId],
      name: isString(o.model_name) ? o.model_name : undefined,
      creatorId: isString(o.organization_id) ? o.organization_id : undefined,
      facts: {},
      capabilities,
      route: {
        providerId: id,
        providerModelId: modelId,
        billing,
        currency: 'USD',
        prices: pricesFor(billing, raw),
        context: maxIn,
        maxOutput: isNumber(o.max_output_tokens) ? o.max_output_tokens : undefined,
        quantization: isString(o.quantization) ? o.quantization : undefined,
        status: o.deprecated_at ? 'deprecated' : 'active',
        source: LEADERBOARD,
        // The offer's own date: when the leaderboard last changed this provider's listing.
        checked: toDate(o.updated_at) ?? date,
      },
    });
  }
  return offers;
}

function readBenchmark(id: string, b: Raw): Benchmark {
  const categories = Array.isArray(b.categories) ? b.categories.filter(isString) : [];
  const url = [b.paper_link, b.implementation_link].find((u): u is string => isString(u) && /^https?:\/\//.test(u));
  return {
    id,
    name: isString(b.name) ? b.name : id,
    category: categories[0] ?? 'general',
    unit: '%',
    // The source has no direction field; a definition that says so is the only sign.
    higherIsBetter: !(
      isString(b.description) && /\blower (?:scores? |values? )?(?:is|are) better\b/i.test(b.description)
    ),
    description: isString(b.description) && !b.description.startsWith('No official') ? b.description : undefined,
    url,
  };
}

export function readLeaderboard(file: unknown, date: string): SourceData & { skippedScores: SkippedScore[] } {
  if (!isRecord(file) || !isRecord(file.models)) throw new Error('llm-leaderboard file has no models object');
  const skippedScores: SkippedScore[] = [];
  const records = sortedEntries(file.models)
    .filter((e): e is [string, Raw] => isRecord(e[1]))
    .map(([id, m]) => readRecord(id, m, file, skippedScores));
  const providers: Provider[] = [];
  const offers: Offer[] = [];
  for (const [pid, p] of sortedEntries(isRecord(file.providers) ? file.providers : {})) {
    if (!isRecord(p) || pid === 'zeroeval') continue;
    const id = leaderboardProviderId(pid);
    const extra = EXTRA_PROVIDER_NAMES[id];
    providers.push({
      id,
      name: extra?.name ?? (isString(p.name) ? p.name : pid),
      docUrl: isString(p.website) ? p.website : undefined,
      openaiCompatible: extra?.openaiCompatible ?? false,
      source: LEADERBOARD,
    });
    offers.push(...readOffers(pid, p, date));
  }
  const benchmarks = sortedEntries(isRecord(file.benchmarks) ? file.benchmarks : {})
    .filter((e): e is [string, Raw] => isRecord(e[1]))
    .map(([id, b]) => readBenchmark(id, b));
  const source: Source = {
    id: LEADERBOARD,
    title: 'LLM Leaderboard (llm-stats.com data)',
    url: 'https://github.com/JonathanChavezTamales/llm-leaderboard',
    publisher: 'Jonathan Chavez Tamales (LLM Stats)',
    date,
    license: 'CC BY 4.0',
    attribution: LEADERBOARD_ATTRIBUTION,
    contributed: '',
  };
  return { source, providers, offers, records, benchmarks, skipped: [], skippedScores };
}
