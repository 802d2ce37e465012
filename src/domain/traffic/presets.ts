/**
 * Starting points for the traffic form. The figures are illustrative assumptions for typical
 * workloads, not measurements: each preset says why it looks the way it does, and the user
 * is expected to adjust them.
 */
import { DEFAULT_TRAFFIC, type TrafficProfile } from './profile';

export interface TrafficPreset {
  id: string;
  label: string;
  /** One line on why the numbers look like this. */
  rationale: string;
  profile: TrafficProfile;
}

export const TRAFFIC_PRESETS: readonly TrafficPreset[] = [
  {
    id: 'reference',
    label: 'Reference pages',
    rationale: 'The traffic the published comparison pages use: 1M short requests a month, no caching.',
    profile: DEFAULT_TRAFFIC,
  },
  {
    id: 'chat-assistant',
    label: 'Chat assistant',
    rationale:
      'Multi-turn chat resends a fixed system prompt and the history each turn, so about half the prompt is a cache hit; answers are short.',
    profile: {
      requests: 1_000_000,
      inputTokens: 2_000,
      outputTokens: 400,
      cachedShare: 0.5,
      cacheWriteShare: 0.1,
      reasoningTokens: 0,
      batchShare: 0,
    },
  },
  {
    id: 'rag-long-documents',
    label: 'RAG over long documents',
    rationale:
      'Each question carries tens of thousands of retrieved tokens that differ per query, so little is cached and long-context tiers can apply.',
    profile: {
      requests: 200_000,
      inputTokens: 60_000,
      outputTokens: 700,
      cachedShare: 0.1,
      cacheWriteShare: 0,
      reasoningTokens: 0,
      batchShare: 0,
    },
  },
  {
    id: 'coding-agent',
    label: 'Coding agent',
    rationale:
      'An agent re-reads a growing repository context at every step, so most of a large prompt is cached, and it thinks before each edit.',
    profile: {
      requests: 300_000,
      inputTokens: 40_000,
      outputTokens: 1_500,
      cachedShare: 0.8,
      cacheWriteShare: 0.1,
      reasoningTokens: 2_000,
      batchShare: 0,
    },
  },
  {
    id: 'batch-summarization',
    label: 'Batch summarization',
    rationale:
      'Offline summaries of documents that can wait hours, so every request goes through a batch API; each document is read once.',
    profile: {
      requests: 2_000_000,
      inputTokens: 3_000,
      outputTokens: 300,
      cachedShare: 0,
      cacheWriteShare: 0,
      reasoningTokens: 0,
      batchShare: 1,
    },
  },
];

/** The preset with this id, if any. */
export const trafficPreset = (id: string): TrafficPreset | undefined => TRAFFIC_PRESETS.find((p) => p.id === id);
