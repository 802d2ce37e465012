import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixtureIndex } from '../mocks/fixture-catalog';
import { server } from '../mocks/server';
import { useComparisonStore } from '../state/comparison-store';
import { renderApp } from '../test/render-app';

const meta = {
  ...fixtureIndex.meta,
  pricesAsOf: '2026-07-01',
  sourceDates: { from: '2026-02-01', to: '2026-07-24' },
};

/** The user's clock: only Date is faked, so the app's own timers and requests run as usual. */
function clockAt(day: string) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${day}T12:00:00`));
}

describe('the prices’ dates in the header area', () => {
  beforeEach(() => {
    useComparisonStore.setState({ modelIds: ['alpha-1', 'beta-2'], currency: 'USD', rateOverrides: {} });
    server.use(http.get('*/catalog/index.json', () => HttpResponse.json({ ...fixtureIndex, meta })));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows the date of the prices and the range of the sources, and warns once the prices are over 90 days old', async () => {
    clockAt('2026-12-07');
    renderApp();
    expect(
      await screen.findByText('Prices as of 2026-07-01 (source data from 2026-02-01 to 2026-07-24).'),
    ).toBeInTheDocument();
    const warning = (await screen.findByText(/^Over 90 days old/)).closest('.notice') as HTMLElement;
    expect(within(warning).getByText('Alpha 1 on Cheap Cloud: 2026-07-01, 159 days ago')).toBeInTheDocument();
    expect(within(warning).getAllByRole('listitem')).toHaveLength(2);
  });

  it('warns of an old exchange rate the display currency uses, unless the user typed their own', async () => {
    clockAt('2026-08-15');
    useComparisonStore.setState({ currency: 'EUR' });
    server.use(
      http.get('*/catalog/index.json', () =>
        HttpResponse.json({
          ...fixtureIndex,
          meta,
          rates: fixtureIndex.rates.map((r) => ({ ...r, date: '2025-06-10' })),
        }),
      ),
    );
    renderApp();
    const warning = (await screen.findByText(/^Over 90 days old/)).closest('.notice') as HTMLElement;
    expect(
      within(warning)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['EUR exchange rate: 2025-06-10, 431 days ago']);

    act(() => useComparisonStore.getState().setRateOverride('EUR', 0.92));
    await waitFor(() => expect(screen.queryByText(/^Over 90 days old/)).not.toBeInTheDocument());
    expect(screen.getByText(/^Prices as of 2026-07-01/)).toBeInTheDocument();
  });

  it('gives no warning while the prices are at most 90 days old', async () => {
    clockAt('2026-09-29');
    renderApp();
    await screen.findByText(/^Prices as of 2026-07-01/);
    expect(
      await within(await screen.findByRole('table', { name: 'Monthly cost' })).findByText('$852.00'),
    ).toBeVisible();
    expect(screen.queryByText(/^Over 90 days old/)).not.toBeInTheDocument();
  });
});
