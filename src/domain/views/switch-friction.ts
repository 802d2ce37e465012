/**
 * Switch friction: what moving production traffic from one model to another costs in work,
 * from routes, capabilities, context, openness and the APIs' parameter rules. Unknowns become checks, never claims.
 */
import { capabilityNames, capabilitySwitch } from './capabilities';
import { parameterFriction, type ParameterFriction } from './parameter-friction';
import { cappedListText, listText } from './prose';
import { tokensText } from '../format/quantity-text';
import type { Model, Provider } from '../types';

export interface SwitchFriction {
  fromId: string;
  toId: string;
  /** "Alpha 1 → Beta 2" */
  title: string;
  items: string[];
  /** API parameter rules the switch runs into, each with its sources. */
  parameters: ParameterFriction[];
}

export function buildSwitchFriction(from: Model, to: Model, providers: readonly Provider[]): SwitchFriction {
  const name = (id: string) => providers.find((p) => p.id === id)?.name ?? id;
  const toProviders = new Set(to.routes.map((r) => r.providerId));
  const overlap = [...new Set(from.routes.map((r) => r.providerId))].filter((id) => toProviders.has(id));
  const items: string[] = [];

  if (to.routes.length === 0) items.push(`${to.name} has no tracked provider route yet.`);
  items.push(
    overlap.length
      ? `Both are served by ${cappedListText(overlap.map(name).sort(), 5, 'more providers')}: the switch can keep the same SDK, billing and endpoint there.`
      : 'No overlapping provider route: plan for SDK, billing or endpoint changes.',
  );

  const caps = capabilitySwitch(from, to);
  if (caps.lost.length)
    items.push(`Switching ${from.name} to ${to.name} loses ${listText(capabilityNames(caps.lost))}.`);
  if (caps.unverified.length) {
    items.push(
      `Check ${listText(capabilityNames(caps.unverified))} on ${to.name}: the catalog does not know whether it is supported.`,
    );
  }
  if (caps.gained.length) items.push(`${to.name} adds ${listText(capabilityNames(caps.gained))}.`);

  const a = from.contextWindow?.value;
  const b = to.contextWindow?.value;
  if (a !== undefined && b !== undefined && b < a) {
    items.push(
      `${to.name} has the smaller context window (${tokensText(b)} vs ${tokensText(a)}): prompts over ${tokensText(b)} tokens will not fit.`,
    );
  } else if (a !== undefined && b === undefined) {
    items.push(`${to.name}'s context window is unknown: confirm it fits prompts of up to ${tokensText(a)} tokens.`);
  }

  if (from.openWeights?.value === true && to.openWeights?.value === false) {
    items.push(`${to.name} has no open weights: self-hosting is not an option after the switch.`);
  }
  return {
    fromId: from.id,
    toId: to.id,
    title: `${from.name} → ${to.name}`,
    items,
    parameters: parameterFriction(from, to),
  };
}

/** Both directions between the baseline and every other model (one pair for two models). */
export function buildSwitchFrictions(
  models: readonly Model[],
  baselineId: string | undefined,
  providers: readonly Provider[],
): SwitchFriction[] {
  const baseline = models.find((m) => m.id === baselineId) ?? models[0];
  if (!baseline) return [];
  return models
    .filter((m) => m.id !== baseline.id)
    .flatMap((other) => [
      buildSwitchFriction(baseline, other, providers),
      buildSwitchFriction(other, baseline, providers),
    ]);
}
