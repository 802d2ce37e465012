import { createContext, useContext, useDeferredValue, useState, type ReactNode } from 'react';
import type { ModelDetails } from '../catalog/hooks';
import type { TrafficProfile } from '../domain/traffic/profile';
import { useSettledValue } from '../lib/use-settled-value';
import { useComparedModels } from './compared-models';
import { useComparisonStore } from './comparison-store';

// Two contexts, so a traffic change leaves the panels that only read the models alone.
const SettledDetailsContext = createContext<ModelDetails | null>(null);
const SettledTrafficContext = createContext<TrafficProfile | null>(null);

/**
 * The panels below follow the traffic once it has held still this long: a drag or a run of
 * arrow keys updates the slider and the monthly cost at every step, and the long tables and the
 * charts once, when the hand pauses, instead of costing every step its frame.
 */
export const TRAFFIC_SETTLE_MS = 150;

const loadingDetails = (ids: readonly string[]): ModelDetails => ({
  models: [],
  warnings: [],
  pendingIds: [...ids],
  errors: [],
  retryFailed: () => undefined,
});

/**
 * The compared models and the traffic a step behind, for the panels whose view models read
 * them settled (src/state/views): the models while a newer state renders in the background, the
 * traffic until it holds still. When a slider moves or a model's data arrives, the slider and the
 * monthly cost update in the same frame; the long tables and charts follow in an interruptible
 * render instead of holding up the next input. Only this provider subscribes to the live values:
 * while the values it hands down have not changed, the contexts keep their identity and React
 * skips the panels entirely. On mount the settled models are still loading, so the first frame
 * never waits for the panels that read them. It wraps the whole comparison, so a panel can sit
 * anywhere on the page.
 */
export function SettledComparisonProvider({ children }: { children: ReactNode }) {
  const [loading] = useState(() => loadingDetails(useComparisonStore.getState().modelIds));
  const details = useDeferredValue(useComparedModels(), loading);
  const traffic = useSettledValue(
    useComparisonStore((s) => s.traffic),
    TRAFFIC_SETTLE_MS,
  );
  return (
    <SettledDetailsContext.Provider value={details}>
      <SettledTrafficContext.Provider value={traffic}>{children}</SettledTrafficContext.Provider>
    </SettledDetailsContext.Provider>
  );
}

function useRequired<T>(value: T | null): T {
  if (value === null) throw new Error('The comparison is rendered outside SettledComparisonProvider.');
  return value;
}

/** For view-model hooks (src/state/views): panels read their view model, not these. */
export const useSettledComparedModels = () => useRequired(useContext(SettledDetailsContext));
export const useSettledTraffic = () => useRequired(useContext(SettledTrafficContext));
