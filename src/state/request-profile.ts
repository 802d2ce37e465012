import { useMemo } from 'react';
import { requestProfileOf, type RequestProfile, type TrafficProfile } from '../domain/traffic/profile';

/**
 * The traffic's request profile, the same object for as long as only the request count moves:
 * what a request costs is worked out again only when the request itself changes, and a drag of
 * "Requests per month" only multiplies (monthlyCost).
 */
export function useRequestProfile(traffic: TrafficProfile): RequestProfile {
  const { inputTokens, outputTokens, cachedShare, cacheWriteShare, reasoningTokens, batchShare } = traffic;
  return useMemo(
    () => requestProfileOf({ inputTokens, outputTokens, cachedShare, cacheWriteShare, reasoningTokens, batchShare }),
    [inputTokens, outputTokens, cachedShare, cacheWriteShare, reasoningTokens, batchShare],
  );
}
