import { useEffect } from 'react';
import type { ModelSummary } from '../domain/types';
import { useComparisonStore } from '../state/comparison-store';
import { useModelSummaries } from '../state/model-summaries';

const SITE = 'Versus';

/** The page's title for a comparison: "GPT-4.1 vs Kimi K2.5 · Versus", so a tab, a bookmark or history names it. */
export function comparisonTitle(names: readonly string[]): string {
  return names.length > 0
    ? `${names.join(' vs ')} · ${SITE}`
    : `${SITE}: compare LLMs by cost, capabilities and benchmarks`;
}

/**
 * Keeps document.title on the compared models, in their order. A component of its own, so a pick
 * re-renders it and not the page around it.
 */
export function ComparisonTitle({ models }: { models: readonly ModelSummary[] }): null {
  const summaries = useModelSummaries(models);
  const modelIds = useComparisonStore((s) => s.modelIds);
  const title = comparisonTitle(modelIds.flatMap((id) => summaries.find((m) => m.id === id)?.name ?? []));
  useEffect(() => {
    document.title = title;
  }, [title]);
  return null;
}
