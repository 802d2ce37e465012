import { createContext, useContext, useDeferredValue, useState, type ReactNode } from 'react';
import type { ModelDetails } from '../catalog/hooks';
import type { TrafficProfile } from '../domain/traffic';
import { useComparedModels } from './compared-models';
import { useComparisonStore } from './comparison-store';

// Two contexts, so a traffic change leaves the panels that only read the models alone.
const DeferredDetailsContext = createContext<ModelDetails | null>(null);
const DeferredTrafficContext = createContext<TrafficProfile | null>(null);

const loadingDetails = (ids: readonly string[]): ModelDetails => ({
  models: [],
  warnings: [],
  pendingIds: [...ids],
  errors: [],
  retryFailed: () => undefined,
});

/**
 * The compared models and the traffic, a step behind while a newer state renders in the
 * background, for the panels below the verdict. When a slider moves or a model's data arrives,
 * the slider and the monthly cost update in the same frame; the long tables and charts follow in
 * an interruptible render instead of holding up the next input. Only this provider subscribes
 * to the live values: while the deferred ones have not changed, the context value keeps its
 * identity and React skips the panels entirely. On mount the panels first show their loading
 * state, so the first frame never waits for them.
 */
export function DeferredComparisonProvider({ children }: { children: ReactNode }) {
  const details = useDeferredValue(
    useComparedModels(),
    useState(() => loadingDetails(useComparisonStore.getState().modelIds))[0],
  );
  const traffic = useDeferredValue(useComparisonStore((s) => s.traffic));
  return (
    <DeferredDetailsContext.Provider value={details}>
      <DeferredTrafficContext.Provider value={traffic}>{children}</DeferredTrafficContext.Provider>
    </DeferredDetailsContext.Provider>
  );
}

function useRequired<T>(value: T | null): T {
  if (value === null) throw new Error('A panel below the verdict was rendered outside DeferredComparisonProvider.');
  return value;
}

export const useDeferredComparedModels = () => useRequired(useContext(DeferredDetailsContext));
export const useDeferredTraffic = () => useRequired(useContext(DeferredTrafficContext));
