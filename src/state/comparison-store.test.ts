import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_COMPARISON } from '../domain/comparison';
import { useComparisonStore } from './comparison-store';

describe('comparison store traffic', () => {
  beforeEach(() => useComparisonStore.getState().replaceState(DEFAULT_COMPARISON));

  it('keeps the traffic object when a drag ends on the figure it already holds, and marks the change final', () => {
    const { setTraffic } = useComparisonStore.getState();
    setTraffic({ requests: 2_000_000 }, true);
    const dragged = useComparisonStore.getState().traffic;
    expect(useComparisonStore.getState().lastChangeTransient).toBe(true);
    setTraffic({ requests: 2_000_000 });
    expect(useComparisonStore.getState().traffic).toBe(dragged);
    expect(useComparisonStore.getState().lastChangeTransient).toBe(false);
  });

  it('makes a new traffic object when a figure changes', () => {
    const before = useComparisonStore.getState().traffic;
    useComparisonStore.getState().setTraffic({ requests: before.requests + 1 });
    expect(useComparisonStore.getState().traffic).not.toBe(before);
    expect(useComparisonStore.getState().traffic.requests).toBe(before.requests + 1);
  });
});
