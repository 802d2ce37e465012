/**
 * The traffic profile: how a workload uses a model in a month. Token counts are per request;
 * shares are fractions of 0..1.
 */
export interface TrafficProfile {
  /** Requests per month. */
  requests: number;
  /** Input tokens per request, cached part included. */
  inputTokens: number;
  /** Output tokens per request, reasoning tokens excluded. */
  outputTokens: number;
  /** Share of input tokens read from the cache. */
  cachedShare: number;
  /** Share of input tokens written to the cache. */
  cacheWriteShare: number;
  /** Reasoning (thinking) tokens per request. */
  reasoningTokens: number;
  /** Share of requests sent through a batch API. */
  batchShare: number;
}

/** The reference pages' traffic: 1M requests a month of 800 input and 250 output tokens. */
export const DEFAULT_TRAFFIC: TrafficProfile = {
  requests: 1_000_000,
  inputTokens: 800,
  outputTokens: 250,
  cachedShare: 0,
  cacheWriteShare: 0,
  reasoningTokens: 0,
  batchShare: 0,
};
