/** The blended price per token of a workload. */
import type { TrafficProfile } from '../traffic/profile';

/**
 * USD per 1M "blended" tokens: what the workload pays per million of all the tokens it moves
 * (input, output and reasoning), i.e. monthly / (requests * tokens per request) * 1e6, taken
 * per request so it needs no requests. Per-request fees are included. Undefined when a request
 * has no tokens, where the figure has no meaning.
 */
export function blendedPerMillion(
  cost: { perRequest: number },
  profile: Pick<TrafficProfile, 'inputTokens' | 'outputTokens' | 'reasoningTokens'>,
): number | undefined {
  const tokens = profile.inputTokens + profile.outputTokens + profile.reasoningTokens;
  if (!(tokens > 0) || !Number.isFinite(tokens)) return undefined;
  return (cost.perRequest / tokens) * 1e6;
}
