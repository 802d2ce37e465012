/**
 * A catalog fact turned into display text with its provenance, so views can show a value, its
 * source and, where sources disagree, every competing claim without knowing the value's type.
 */
import type { Fact, SourceId } from '../types';

export interface ClaimView {
  text: string;
  source: SourceId;
  note?: string;
  /** True for the claim whose value the catalog uses. */
  chosen: boolean;
}

export interface FactView {
  text: string;
  source: SourceId;
  disputed: boolean;
  /** Every claim, the chosen one included; empty when the fact is not disputed. */
  claims: ClaimView[];
  /** Why the catalog chose its value, where it says. */
  rule?: string;
}

/** Lists are compared as sets: ["image", "text"] and ["text", "image"] state the same thing. */
const canonical = (value: unknown) => JSON.stringify(Array.isArray(value) ? [...value].map(String).sort() : value);
const sameValue = (a: unknown, b: unknown) => canonical(a) === canonical(b);

/**
 * A fact is disputed when its claims hold at least two different values. Claims that all agree
 * (several sources saying the same) are corroboration, not a dispute.
 */
export function isDisputed<T>(fact: Fact<T>): boolean {
  const claims = fact.claims ?? [];
  return claims.some((claim) => !sameValue(claim.value, claims[0]?.value));
}

export function factView<T>(fact: Fact<T>, format: (value: T) => string): FactView {
  const disputed = isDisputed(fact);
  return {
    text: format(fact.value),
    source: fact.source,
    disputed,
    claims: disputed
      ? (fact.claims ?? []).map((claim) => ({
          text: format(claim.value),
          source: claim.source,
          ...(claim.note ? { note: claim.note } : {}),
          chosen: sameValue(claim.value, fact.value),
        }))
      : [],
    ...(fact.rule ? { rule: fact.rule } : {}),
  };
}
