import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { encode } from '../../domain/link/codec';
import { buildSuggestions, type Suggestion } from '../../domain/views/suggestions';
import type { ComparisonState } from '../../domain/comparison';
import type { CatalogIndex } from '../../domain/types';
import { comparisonSnapshot, useComparisonStore, type ComparisonStore } from '../comparison-store';
import { useModelSummaries } from '../model-summaries';
import { useSettledTraffic } from '../settled-comparison';

export interface SuggestionLink extends Suggestion {
  /** The address of that comparison, with every other setting of this one. */
  href: string;
  /** The state to open in place, without reloading the page. */
  state: ComparisonState;
}

/** Everything but the traffic, which is read settled: a slider drag does not redraw these links. */
const withoutTraffic = (s: ComparisonStore) => ({ ...comparisonSnapshot(s), traffic: undefined });

/** "Continue comparing": comparisons one step away, each a link to it at the same settings. */
export function useSuggestionsView(index: CatalogIndex) {
  const settings = useComparisonStore(useShallow(withoutTraffic));
  const traffic = useSettledTraffic();
  const summaries = useModelSummaries(index.models);
  const links = useMemo((): SuggestionLink[] => {
    const suggestions = buildSuggestions({
      modelIds: settings.modelIds,
      summaries,
      benchmarks: index.benchmarks,
      traffic,
    });
    return suggestions.map((s) => {
      const state: ComparisonState = { ...settings, traffic, modelIds: s.modelIds, baselineId: undefined };
      return { ...s, state, href: `?${encode(state)}` };
    });
  }, [settings, summaries, index.benchmarks, traffic]);
  const open = useComparisonStore((s) => s.replaceState);
  return { links, open };
}
