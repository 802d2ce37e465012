import { waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_COMPARISON } from '../domain/comparison';
import type { CustomRoute } from '../domain/custom/entry';
import { KNOWN } from '../test/domain/comparison-arbitraries';
import { comparisonSnapshot, useComparisonStore } from './comparison-store';
import { DRAG_PAUSE_MS, restoreFromAddress, startUrlSync, STORAGE_KEY, type UrlNotice } from './url-sync';

const store = () => useComparisonStore.getState();
const search = () => window.location.search;
let stops: (() => void)[] = [];

function start(onNotice: (notice: UrlNotice | null) => void = () => {}) {
  const stop = startUrlSync(KNOWN, onNotice);
  stops.push(stop);
  return stop;
}

/** Many custom prices: more than a shared link carries. */
const manyRoutes: CustomRoute[] = Array.from({ length: 40 }, (_, i) => ({
  id: `c${i}`,
  modelId: 'gpt-4.1',
  providerName: `Reseller number ${i} with a long name`,
  prices: { input: 1 + i, output: 4 + i },
  currency: 'USD',
}));

afterEach(() => {
  stops.forEach((stop) => stop());
  stops = [];
  vi.useRealTimers();
  useComparisonStore.getState().replaceState(DEFAULT_COMPARISON);
});

describe('writing the address', () => {
  it('a discrete change pushes one entry; the same change again pushes none', () => {
    start();
    const before = window.history.length;
    store().setCurrency('EUR');
    expect(search()).toBe('?cur=EUR&v=1');
    expect(window.history.length).toBe(before + 1);
    store().setCurrency('EUR');
    expect(window.history.length).toBe(before + 1);
    store().setModel(1, 'qwen3.5-4b');
    expect(search()).toBe('?m=kimi-k2.5,qwen3.5-4b&cur=EUR&v=1');
    expect(window.history.length).toBe(before + 2);
  });

  it('a drag writes its one entry when it rests and when it ends, never while it moves', () => {
    vi.useFakeTimers();
    start();
    const before = window.history.length;
    const address = search();
    store().setTraffic({ requests: 2e6 }, true);
    vi.advanceTimersByTime(DRAG_PAUSE_MS - 50);
    store().setTraffic({ requests: 3e6 }, true);
    vi.advanceTimersByTime(DRAG_PAUSE_MS - 50);
    store().setTraffic({ requests: 4e6 }, true);
    expect(search()).toBe(address);
    expect(window.history.length).toBe(before);
    vi.advanceTimersByTime(DRAG_PAUSE_MS);
    expect(search()).toBe('?r=4e6&v=1');
    expect(window.history.length).toBe(before + 1);
    store().setTraffic({ requests: 4.5e6 }, true);
    vi.advanceTimersByTime(DRAG_PAUSE_MS);
    expect(search()).toBe('?r=4.5e6&v=1');
    store().setTraffic({ requests: 5e6 }, false);
    expect(search()).toBe('?r=5e6&v=1');
    expect(window.history.length).toBe(before + 1);
    // The next discrete change is a new entry again.
    store().setCurrency('GBP');
    expect(window.history.length).toBe(before + 2);
  });

  it('a run of arrow-key presses, each a step and a release, is one entry; a press after a pause is a new one', () => {
    vi.useFakeTimers();
    start();
    const before = window.history.length;
    for (const requests of [2e6, 3e6, 4e6]) {
      store().setTraffic({ requests }, true);
      store().setTraffic({ requests });
      vi.advanceTimersByTime(100);
    }
    expect(search()).toBe('?r=4e6&v=1');
    expect(window.history.length).toBe(before + 1);
    vi.advanceTimersByTime(2000);
    store().setTraffic({ requests: 5e6 }, true);
    store().setTraffic({ requests: 5e6 });
    expect(search()).toBe('?r=5e6&v=1');
    expect(window.history.length).toBe(before + 2);
  });

  it('a press right after another change is a new entry', () => {
    vi.useFakeTimers();
    start();
    const before = window.history.length;
    store().setTraffic({ requests: 2e6 }, true);
    store().setTraffic({ requests: 2e6 });
    store().setCurrency('EUR');
    store().setTraffic({ requests: 3e6 }, true);
    store().setTraffic({ requests: 3e6 });
    expect(window.history.length).toBe(before + 3);
  });

  it('a drag whose release never arrives ends after a pause', () => {
    vi.useFakeTimers();
    start();
    const before = window.history.length;
    store().setTraffic({ inputTokens: 900 }, true);
    store().setTraffic({ inputTokens: 1000 }, true);
    vi.advanceTimersByTime(2000);
    expect(search()).toBe('?in=1e3&v=1');
    store().setCurrency('EUR');
    expect(window.history.length).toBe(before + 2);
  });

  it('keeps the full comparison in local storage, custom entries included', () => {
    start();
    store().setCustom({ routes: manyRoutes, models: [] });
    expect(search()).toBe('?c=~&v=1');
    expect(window.localStorage.getItem(STORAGE_KEY)?.length).toBeGreaterThan(2000);
  });

  it('carries on when storage refuses to work', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(restoreFromAddress(KNOWN)).toBeNull();
    start();
    store().setCurrency('EUR');
    expect(search()).toBe('?cur=EUR&v=1');
  });
});

describe('reading the address', () => {
  it('takes the comparison from a link', () => {
    window.history.replaceState(null, '', '/?m=gpt-4.1,qwen3.5-4b&b=qwen3.5-4b&r=2.5e6&cur=EUR&v=1');
    expect(restoreFromAddress(KNOWN)).toBeNull();
    expect(comparisonSnapshot(store())).toEqual({
      ...DEFAULT_COMPARISON,
      modelIds: ['gpt-4.1', 'qwen3.5-4b'],
      baselineId: 'qwen3.5-4b',
      traffic: { ...DEFAULT_COMPARISON.traffic, requests: 2.5e6 },
      currency: 'EUR',
    });
  });

  it('says what a link could not use, and cleans the address', () => {
    window.history.replaceState(null, '', '/?m=gpt-4.1,nope&r=-5');
    expect(restoreFromAddress(KNOWN)).toEqual({
      source: 'link',
      messages: [
        'Unknown model id “nope” ignored.',
        'The link names fewer than 2 models this catalog knows; added “llama-3.3-70b” to compare.',
        'Requests per month “-5” is out of range; using 1,000,000.',
      ],
    });
    start();
    expect(search()).toBe('?m=gpt-4.1,llama-3.3-70b&v=1');
  });

  it('without parameters, restores the last comparison', () => {
    window.localStorage.setItem(STORAGE_KEY, 'm=gpt-4.1,glm-4.5&cur=GBP&v=1');
    expect(restoreFromAddress(KNOWN)).toBeNull();
    expect(store().modelIds).toEqual(['gpt-4.1', 'glm-4.5']);
    expect(store().currency).toBe('GBP');
    start();
    expect(search()).toBe('?m=gpt-4.1,glm-4.5&cur=GBP&v=1');
  });

  it('with nothing saved and no parameters, leaves the store alone', () => {
    store().setCurrency('JPY');
    expect(restoreFromAddress(KNOWN)).toBeNull();
    expect(store().currency).toBe('JPY');
  });

  it('a reload keeps custom entries too long for the address', () => {
    start();
    store().setCustom({ routes: manyRoutes, models: [] });
    stops.forEach((stop) => stop());
    useComparisonStore.getState().replaceState(DEFAULT_COMPARISON);
    restoreFromAddress(KNOWN);
    expect(store().custom.routes).toEqual(manyRoutes);

    // The history entry alone is enough, e.g. when storage is off.
    window.localStorage.clear();
    useComparisonStore.getState().replaceState(DEFAULT_COMPARISON);
    restoreFromAddress(KNOWN);
    expect(store().custom.routes).toEqual(manyRoutes);
  });

  it('another link whose custom entries were left out does not take ours', () => {
    window.localStorage.setItem(STORAGE_KEY, `c=${'x'.repeat(10)}&v=1`);
    window.history.replaceState(null, '', '/?cur=EUR&c=~&v=1');
    expect(restoreFromAddress(KNOWN)?.messages).toEqual([
      'The link left out custom prices that were too long to carry; ask for their JSON export.',
    ]);
    expect(store().custom).toEqual({ routes: [], models: [] });
  });
});

describe('Back and Forward', () => {
  it('restore each earlier state without adding entries', async () => {
    start();
    store().setModel(0, 'qwen3.5-4b');
    store().setCurrency('EUR');
    const length = window.history.length;

    window.history.back();
    await waitFor(() => expect(store().currency).toBe('USD'));
    expect(store().modelIds).toEqual(['qwen3.5-4b', 'gpt-4.1']);
    window.history.back();
    await waitFor(() => expect(store().modelIds).toEqual(['kimi-k2.5', 'gpt-4.1']));
    window.history.forward();
    await waitFor(() => expect(store().modelIds).toEqual(['qwen3.5-4b', 'gpt-4.1']));
    expect(window.history.length).toBe(length);
  });

  it('bring back custom entries the address left out', async () => {
    start();
    store().setCustom({ routes: manyRoutes, models: [] });
    store().setCurrency('EUR');
    store().setCustom({ routes: [], models: [] });
    window.history.back();
    await waitFor(() => expect(store().custom.routes).toEqual(manyRoutes));
  });

  it('report what a hand-edited entry could not use', async () => {
    const notices: (UrlNotice | null)[] = [];
    start((notice) => notices.push(notice));
    window.history.pushState(null, '', '/?cur=XYZ');
    store().setCurrency('EUR');
    window.history.back();
    await waitFor(() =>
      expect(notices).toEqual([{ source: 'link', messages: ['Currency “XYZ” is not known; using USD.'] }]),
    );
    expect(search()).toBe('');
  });
});

describe('the user’s own prices when a link replaces them', () => {
  const own = { routes: manyRoutes.slice(0, 2), models: [] };

  it('are set aside for the notice, not merged into the linked comparison', () => {
    start();
    store().setCustom(own);
    stops.forEach((stop) => stop());
    window.history.replaceState(null, '', '/?m=gpt-4.1,glm-4.5&v=1');
    expect(restoreFromAddress(KNOWN)).toEqual({ source: 'link', messages: [], setAside: own });
    expect(store().custom).toEqual({ routes: [], models: [] });
  });

  it('are not mentioned when the link is the saved comparison itself', () => {
    start();
    store().setCustom(own);
    stops.forEach((stop) => stop());
    expect(restoreFromAddress(KNOWN)).toBeNull();
    expect(store().custom).toEqual(own);
  });
});
