/**
 * The comparison store: the one source of truth for what the user compares. Server data (the
 * catalog) never lives here; only ids and user choices do.
 */
import { create } from 'zustand';
import { addModel, DEFAULT_COMPARISON, removeModel, replaceModel, type ComparisonState } from '../domain/comparison';
import type { TrafficProfile } from '../domain/traffic/profile';

interface ComparisonActions {
  setModel: (slot: number, id: string) => void;
  addModel: (id: string) => void;
  removeModel: (slot: number) => void;
  setBaseline: (id: string) => void;
  /** `transient` marks a change in the middle of a slider drag. */
  setTraffic: (patch: Partial<TrafficProfile>, transient?: boolean) => void;
  setCurrency: (currency: string) => void;
  setRateOverride: (currency: string, perUsd: number | undefined) => void;
  setIncludeFreeAndPlans: (include: boolean) => void;
  setProviders: (providers: ComparisonState['providers']) => void;
  setSelfHosting: (patch: Partial<ComparisonState['selfHosting']>) => void;
  setScatterBenchmark: (id: string) => void;
  setCustom: (custom: ComparisonState['custom']) => void;
  replaceState: (state: ComparisonState) => void;
}

export type ComparisonStore = ComparisonState &
  ComparisonActions & {
    /** Whether the last change was a step of a slider drag; URL sync replaces history for those. */
    lastChangeTransient: boolean;
  };

type Update = Partial<ComparisonStore> | ((s: ComparisonStore) => Partial<ComparisonStore>);

export const useComparisonStore = create<ComparisonStore>()((setRaw) => {
  /** Every action but a slider drag is a discrete change. */
  const set = (update: Update) =>
    setRaw((s) => ({ ...(typeof update === 'function' ? update(s) : update), lastChangeTransient: false }));
  return {
    ...DEFAULT_COMPARISON,
    lastChangeTransient: false,
    setModel: (slot, id) => set((s) => ({ modelIds: replaceModel(s.modelIds, slot, id) })),
    addModel: (id) => set((s) => ({ modelIds: addModel(s.modelIds, id) })),
    removeModel: (slot) => set((s) => ({ modelIds: removeModel(s.modelIds, slot) })),
    setBaseline: (baselineId) => set({ baselineId }),
    // A patch that changes nothing (the commit at the end of a drag) keeps the traffic object, so
    // the panels that follow it do not render again for the same figures.
    setTraffic: (patch, transient = false) =>
      setRaw((s) => ({
        traffic: Object.entries(patch).every(([key, value]) => s.traffic[key as keyof TrafficProfile] === value)
          ? s.traffic
          : { ...s.traffic, ...patch },
        lastChangeTransient: transient,
      })),
    setCurrency: (currency) => set({ currency }),
    setRateOverride: (currency, perUsd) =>
      set((s) => {
        const rateOverrides = { ...s.rateOverrides };
        if (perUsd === undefined) delete rateOverrides[currency];
        else rateOverrides[currency] = perUsd;
        return { rateOverrides };
      }),
    setIncludeFreeAndPlans: (includeFreeAndPlans) => set({ includeFreeAndPlans }),
    setProviders: (providers) => set({ providers }),
    setSelfHosting: (patch) => set((s) => ({ selfHosting: { ...s.selfHosting, ...patch } })),
    setScatterBenchmark: (scatterBenchmarkId) => set({ scatterBenchmarkId }),
    setCustom: (custom) => set({ custom }),
    // Optional fields are cleared first: a merge would keep a baseline the new state does not have.
    replaceState: (state) => set({ baselineId: undefined, scatterBenchmarkId: undefined, ...state }),
  };
});

/** Reads only the comparison state (no actions), e.g. for serialization. */
export function comparisonSnapshot(store: ComparisonStore): ComparisonState {
  const {
    modelIds,
    baselineId,
    traffic,
    currency,
    rateOverrides,
    includeFreeAndPlans,
    providers,
    selfHosting,
    scatterBenchmarkId,
    custom,
  } = store;
  return {
    modelIds,
    baselineId,
    traffic,
    currency,
    rateOverrides,
    includeFreeAndPlans,
    providers,
    selfHosting,
    scatterBenchmarkId,
    custom,
  };
}
