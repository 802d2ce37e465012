import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderPanel } from '../../test/render-panel';
import { fixtureModels, fixtureRoute } from '../../mocks/fixture-catalog';
import { server } from '../../mocks/server';
import { NO_PROVIDER_CHOICE } from '../../domain/cost/provider-choice';
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

const rowOf = (table: HTMLElement, name: RegExp) =>
  within(table).getByRole('rowheader', { name }).closest('tr') as HTMLElement;
const providersInOrder = (table: HTMLElement) =>
  within(table)
    .getAllByRole('rowheader')
    .map((th) => th.firstChild?.textContent?.split(' ')[0]);

async function renderAlpha() {
  useComparisonStore.setState({ modelIds: ['alpha-1'], providers: NO_PROVIDER_CHOICE });
  server.use(http.get('*/catalog/models/alpha-1.json', () => HttpResponse.json(disputed)));
  renderPanel((index) => <RoutesPanel index={index} />);
  return screen.findByRole('table', { name: 'Provider routes: Alpha 1' });
}

describe('RoutesPanel', () => {
  beforeEach(() => useComparisonStore.setState({ providers: NO_PROVIDER_CHOICE }));

  it('gives every route one source control with the price’s source, date, confirmations and history', async () => {
    const user = userEvent.setup();
    const table = await renderAlpha();
    expect(within(table).getByRole('columnheader', { name: /^Price as of/ })).toBeVisible();
    for (const row of within(table).getAllByRole('row').slice(1))
      expect(within(row).getByRole('button', { name: /^Source: price on / })).toBeVisible();

    const row = rowOf(table, /alpha-1-latest/);
    const dateCell = within(row).getAllByRole('cell').at(-2) as HTMLElement;
    expect(dateCell).toHaveTextContent(/^2026-09-03/);
    await user.click(within(dateCell).getByRole('button', { name: /^Source: price on alpha-lab/ }));
    expect(dateCell.querySelector('dl')).toHaveTextContent('Price dated2026-09-03');
    expect(within(dateCell).getByText('Also stated by 1 other source:')).toBeVisible();
    expect(
      within(dateCell)
        .getByText(/until 2026-06-16/)
        .closest('li'),
    ).toHaveTextContent('$0.40 / $2.00 until 2026-06-16 — Alpha Lab model documentation');

    await user.click(within(dateCell).getByRole('button', { name: /^Disputed: price on/ }));
    expect(within(dateCell).getByText(/^Rule: The newest dated claim is used/)).toBeVisible();
    expect(
      within(dateCell)
        .getByText(/as of 2025-08-12/)
        .closest('li'),
    ).toHaveTextContent('$0.40 / $2.00 — as of 2025-08-12 — Reseller model page');

    // A route whose sources agree carries no dispute, and says when no second source states it.
    const cheap = rowOf(table, /^Cheap Cloud/);
    expect(within(cheap).queryByRole('button', { name: /^Disputed/ })).not.toBeInTheDocument();
    await user.click(within(cheap).getByRole('button', { name: /^Source: price on Cheap Cloud/ }));
    expect(within(cheap).getByText('No second source states this price.')).toBeVisible();
  });

  it('excludes and pins a provider from its row, marks what is not counted, and undoes it from the choice', async () => {
    const user = userEvent.setup();
    const table = await renderAlpha();
    expect(within(rowOf(table, /^Cheap Cloud/)).getByText('cheapest')).toBeVisible();

    await user.click(within(rowOf(table, /^Cheap Cloud/)).getByRole('button', { name: 'Exclude Cheap Cloud' }));
    expect(useComparisonStore.getState().providers.excluded).toEqual(['cheap-cloud']);
    const excluded = rowOf(table, /^Cheap Cloud/);
    expect(within(excluded).getByRole('button', { name: 'Exclude Cheap Cloud' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(excluded).toHaveTextContent('Not counted: Provider excluded by you.');
    expect(within(rowOf(table, /^Big Cloud/)).getByText('cheapest')).toBeVisible();

    await user.click(within(rowOf(table, /alpha-1-latest/)).getByRole('button', { name: 'Pin alpha-lab' }));
    expect(within(rowOf(table, /alpha-1-latest/)).getByText('pinned, used')).toBeVisible();

    const choice = screen.getByRole('group', { name: 'Provider choice' });
    await user.click(within(choice).getByRole('button', { name: 'Include again Cheap Cloud' }));
    expect(useComparisonStore.getState().providers).toEqual({
      excluded: [],
      pinned: ['alpha-lab'],
      firstPartyOnly: false,
    });
    await user.click(within(choice).getByRole('button', { name: 'Reset provider choice' }));
    expect(useComparisonStore.getState().providers).toEqual(NO_PROVIDER_CHOICE);
    expect(within(rowOf(table, /^Cheap Cloud/)).getByText('cheapest')).toBeVisible();
  });

  it('counts the lab’s own routes only, or a region’s, when asked', async () => {
    const user = userEvent.setup();
    const table = await renderAlpha();
    await user.click(screen.getByRole('checkbox', { name: 'First-party routes only (the model’s own lab)' }));
    expect(within(rowOf(table, /alpha-1-latest/)).getByText('cheapest')).toBeVisible();
    expect(rowOf(table, /^Cheap Cloud/)).toHaveTextContent('Not counted: Not the lab’s own route');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Region' }), 'Europe');
    expect(useComparisonStore.getState().providers.region).toBe('eu');
    expect(within(table).queryByText('cheapest')).not.toBeInTheDocument();
    expect(rowOf(table, /alpha-1-latest/)).toHaveTextContent(
      'Not counted: No region stated; only Europe routes count.',
    );
  });

  it('states a reseller’s markup or discount against the lab’s own route at the traffic', async () => {
    const table = await renderAlpha();
    // Default traffic: 800 input and 250 output tokens a request.
    const perRequest = (input: number, output: number) => 800 * input + 250 * output;
    const percent = Math.round((perRequest(0.44, 2) / perRequest(1.5, 7.5) - 1) * 100);
    expect(percent).toBeLessThan(0);
    expect(rowOf(table, /^Cheap Cloud/)).toHaveTextContent(`−${-percent} % vs alpha-lab`);
    expect(rowOf(table, /alpha-1-latest/)).not.toHaveTextContent(/ vs /);
  });

  it('sorts by a column both ways and filters by provider', async () => {
    const user = userEvent.setup();
    const table = await renderAlpha();
    // The engine's order: the plan costs nothing per token, though it counts only when asked.
    expect(providersInOrder(table)).toEqual(['Plan', 'Cheap', 'Big', 'alpha-lab']);
    await user.click(within(table).getByRole('button', { name: /^Input/ }));
    expect(within(table).getByRole('columnheader', { name: /^Input/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(providersInOrder(table)).toEqual(['Cheap', 'Big', 'alpha-lab', 'Plan']);
    await user.click(within(table).getByRole('button', { name: /^Input/ }));
    expect(within(table).getByRole('columnheader', { name: /^Input/ })).toHaveAttribute('aria-sort', 'descending');
    expect(providersInOrder(table)).toEqual(['alpha-lab', 'Big', 'Cheap', 'Plan']);
    await user.click(within(table).getByRole('button', { name: /^Provider/ }));
    expect(providersInOrder(table)).toEqual(['alpha-lab', 'Big', 'Cheap', 'Plan']);

    await user.type(screen.getByRole('searchbox', { name: 'Filter routes by provider' }), 'cloud');
    expect(providersInOrder(table)).toEqual(['Big', 'Cheap']);
    expect(screen.getByRole('heading', { name: /^Alpha 1: 2 of 4 routes match/ })).toBeVisible();
  });
});
