/**
 * Collects each source's claim on a model's facts and capabilities, then resolves them
 * (disputes.ts). A disagreement is between sources, never between one source's provider
 * entries: models.dev's model-level value comes from its metadata record where there is
 * one, else from the value most of its provider entries give (the same for litellm).
 */
import type { CapabilityId, CapabilityValue, Claim, Fact, Model } from '../../src/domain/types';
import { CAPABILITY_IDS, MODEL_FACT_KEYS } from '../../src/domain/types';
import { resolveFact } from './disputes';
import { FILLER_MAX_OUTPUT } from './merge-routes';
import type { Capabilities, FactKey, FactValues, ModelRecord, Offer } from './types';
import { modal } from './util';

export const FACT_KEYS: readonly FactKey[] = MODEL_FACT_KEYS;

/** Capabilities a single provider can add (a cache price, a batch API), so any "yes" counts. */
const ROUTE_LEVEL: ReadonlySet<CapabilityId> = new Set(['prompt-caching', 'batch-api', 'web-search']);

/** One source's model-level facts: its records where present, else the modal value of its offers. */
function sourceFacts(records: readonly ModelRecord[], offers: readonly Offer[]): FactValues {
  const out: FactValues = {};
  for (const key of FACT_KEYS) {
    const fromRecords = modal(records.map((r) => r.facts[key]).filter((v) => v !== undefined));
    const value = fromRecords ?? modal(offers.map((o) => o.facts[key]).filter((v) => v !== undefined));
    if (value !== undefined) (out as Record<string, unknown>)[key] = value;
  }
  // An output limit equal to a large context window is filler in the upstream data.
  if (out.maxOutput !== undefined && out.maxOutput === out.contextWindow && out.maxOutput > FILLER_MAX_OUTPUT)
    delete out.maxOutput;
  return out;
}

function sourceCapabilities(records: readonly ModelRecord[], offers: readonly Offer[]): Capabilities {
  const out: Capabilities = {};
  for (const id of CAPABILITY_IDS) {
    const fromRecords = modal(records.map((r) => r.capabilities[id]).filter((v) => v !== undefined));
    const fromOffers = offers.map((o) => o.capabilities[id]).filter((v): v is CapabilityValue => v !== undefined);
    const value = fromRecords ?? (ROUTE_LEVEL.has(id) && fromOffers.includes('yes') ? 'yes' : modal(fromOffers));
    if (value !== undefined) out[id] = value;
  }
  return out;
}

export interface ModelFacts {
  facts: Partial<Pick<Model, FactKey>>;
  capabilities: Model['capabilities'];
  disputed: string[];
}

export function resolveModelFacts(
  records: readonly ModelRecord[],
  offers: readonly Offer[],
  upstreamSources: readonly string[],
  publisherOf?: (source: string) => string,
): ModelFacts {
  const perSource = upstreamSources.map((source) => ({
    source,
    facts: sourceFacts(
      records.filter((r) => r.source === source),
      offers.filter((o) => o.source === source),
    ),
    capabilities: sourceCapabilities(
      records.filter((r) => r.source === source),
      offers.filter((o) => o.source === source),
    ),
  }));
  const curated = records.filter((r) => r.factClaims || r.capabilityClaims);
  const facts: Record<string, Fact<unknown>> = {};
  const disputed: string[] = [];
  for (const key of FACT_KEYS) {
    const claims: Claim<unknown>[] = curated.flatMap((r) => r.factClaims?.[key] ?? []);
    for (const s of perSource) if (s.facts[key] !== undefined) claims.push({ value: s.facts[key], source: s.source });
    const fact = resolveFact(claims, publisherOf);
    if (!fact) continue;
    facts[key] = fact;
    if (fact.claims) disputed.push(key);
  }
  const capabilities: Model['capabilities'] = {};
  for (const id of CAPABILITY_IDS) {
    const claims: Claim<CapabilityValue>[] = curated.flatMap((r) => r.capabilityClaims?.[id] ?? []);
    for (const s of perSource) {
      const value = s.capabilities[id];
      if (value) claims.push({ value, source: s.source });
    }
    const fact = resolveFact(claims, publisherOf);
    if (!fact) continue;
    capabilities[id] = fact;
    if (fact.claims) disputed.push(id);
  }
  return { facts: facts, capabilities, disputed };
}
