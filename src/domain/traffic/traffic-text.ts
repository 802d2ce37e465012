/** The traffic a figure was worked out for, in words, for files that leave the page (chart downloads). */
import { formatPercent } from '../format/format';
import { exactTokensText } from '../format/quantity-text';
import type { TrafficProfile } from './profile';

/** Two short lines, each narrow enough to sit under a chart: the volumes, then the shares. */
export function trafficLines(traffic: TrafficProfile): [string, string] {
  const n = exactTokensText;
  return [
    `Traffic: ${n(traffic.requests)} requests a month; per request ${n(traffic.inputTokens)} input, ${n(traffic.outputTokens)} output and ${n(traffic.reasoningTokens)} reasoning tokens`,
    `${formatPercent(traffic.cachedShare)} of input read from cache, ${formatPercent(traffic.cacheWriteShare)} written to cache, ${formatPercent(traffic.batchShare)} of requests by batch`,
  ];
}
