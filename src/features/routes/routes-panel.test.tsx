import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderPanel } from '../../test/render-panel';
import { fixtureModels, fixtureRoute } from '../../mocks/fixture-catalog';
import { server } from '../../mocks/server';
import { useComparisonStore } from '../../state/comparison-store';
import { RoutesPanel } from './routes-panel';

const alpha = fixtureModels[0]!;
/** Alpha 1 with a third route whose sources disagree, and whose provider dates a price change. */
const disputed = {
  ...alpha,
  routes: [
    ...alpha.routes,
    fixtureRoute({
      providerId: 'alpha-lab',
      providerModelId: 'alpha-1-latest',
      prices: { input: 1.5, output: 7.5 },
      source: 'vendor-docs',
      checked: '2026-09-03',
      confirmedBy: ['fixture'],
      priceClaims: [{ value: { input: 0.4, output: 2 }, source: 'reseller-page', date: '2025-08-12' }],
      history: [{ prices: { input: 0.4, output: 2 }, until: '2026-06-16', source: 'vendor-docs' }],
    }),
  ],
};

describe('RoutesPanel', () => {
  it('dates every route’s price, counts its sources and shows a dispute and a dated price change', async () => {
    useComparisonStore.setState({ modelIds: ['alpha-1'] });
    server.use(http.get('*/catalog/models/alpha-1.json', () => HttpResponse.json(disputed)));
    const user = userEvent.setup();
    renderPanel((index) => <RoutesPanel index={index} />);
    const table = await screen.findByRole('table', { name: 'Provider routes: Alpha 1' });
    expect(within(table).getByRole('columnheader', { name: 'Price as of' })).toBeVisible();
    const row = within(table)
      .getByRole('rowheader', { name: /alpha-1-latest/ })
      .closest('tr') as HTMLElement;
    const dateCell = within(row).getAllByRole('cell').at(-1) as HTMLElement;
    expect(dateCell).toHaveTextContent(/^2026-09-03/);
    expect(within(dateCell).getByText('2 sources agree')).toBeVisible();

    await user.click(within(dateCell).getByRole('button', { name: /^Disputed: price on/ }));
    expect(
      within(dateCell)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      '$1.50 / $7.50 (used here) — as of 2026-09-03 — Alpha Lab model documentation',
      '$0.40 / $2.00 — as of 2025-08-12 — Reseller model page',
    ]);
    expect(within(dateCell).getByText(/^Rule: The newest dated claim is used/)).toBeVisible();

    await user.click(within(dateCell).getByRole('button', { name: /^Price history:/ }));
    expect(
      within(dateCell)
        .getByText(/until 2026-06-16/)
        .closest('li'),
    ).toHaveTextContent('$0.40 / $2.00 until 2026-06-16 — Alpha Lab model documentation');

    // A route whose sources agree carries no dispute.
    const cheap = within(table)
      .getByRole('rowheader', { name: /^Cheap Cloud/ })
      .closest('tr') as HTMLElement;
    expect(within(cheap).queryByRole('button', { name: /^Disputed/ })).not.toBeInTheDocument();
    expect(within(cheap).getAllByRole('cell').at(-1)).toHaveTextContent('2026-07-01');
  });
});
