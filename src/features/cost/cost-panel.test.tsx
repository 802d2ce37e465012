import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderPanel } from '../../test/render-panel';
import { fixtureModels, fixtureRoute } from '../../mocks/fixture-catalog';
import { server } from '../../mocks/server';
import { NO_PROVIDER_CHOICE } from '../../domain/cost/provider-choice';
import { useComparisonStore } from '../../state/comparison-store';
import { CostPanel } from './cost-panel';

const alpha = fixtureModels[0]!;
/** Alpha 1 with a far cheaper route that the catalog flags and no second source confirms. */
const withOutlier = {
  ...alpha,
  routes: [
    ...alpha.routes,
    fixtureRoute({
      providerId: 'cheap-cloud',
      providerModelId: 'alpha-1-eu',
      region: 'eu',
      prices: { input: 0.04, output: 0.2 },
      outlier: { medianOutput: 2.5, factor: 0.08 },
    }),
  ],
};

describe('CostPanel', () => {
  it("splits each model's cost by component under the table, in the display currency, and follows a change of currency", async () => {
    useComparisonStore.setState({ modelIds: ['alpha-1', 'beta-2'], includeFreeAndPlans: false, currency: 'USD' });
    const user = userEvent.setup();
    renderPanel((index) => <CostPanel index={index} />);
    const breakdown = await screen.findByRole('region', { name: 'Cost by component' });
    // Alpha 1's $0.44 / $2 at 800 input and 250 output tokens, a million requests.
    const alphaPart = async () => (await within(breakdown).findByText('Alpha 1')).closest('li') as HTMLElement;
    expect(within(await alphaPart()).getByText('$352.00 input + $500.00 output = $852.00')).toBeVisible();
    expect(within(await alphaPart()).getByText('Input: 800M tokens × $0.44 per 1M = $352.00')).toBeVisible();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Currency' }), 'EUR');
    expect(await within(await alphaPart()).findByText(/^€[\d.,]+ input \+ €[\d.,]+ output = €[\d.,]+$/)).toBeVisible();
  });

  it('passes over a cheaper unconfirmed outlier for the headline, and says so', async () => {
    useComparisonStore.setState({ modelIds: ['alpha-1', 'beta-2'], includeFreeAndPlans: false });
    server.use(http.get('*/catalog/models/alpha-1.json', () => HttpResponse.json(withOutlier)));
    renderPanel((index) => <CostPanel index={index} />);
    const table = await screen.findByRole('table', { name: 'Monthly cost' });
    const row = (await within(table).findByRole('rowheader', { name: 'Alpha 1' })).closest('tr') as HTMLElement;
    expect(await within(row).findByText('$852.00')).toBeVisible();
    expect(
      screen.getByText('Alpha 1: cheapest route Cheap Cloud (eu) skipped: its price is an unconfirmed outlier.'),
    ).toBeVisible();
  });

  it('lets the headline be checked where it is read, and follows the provider choice', async () => {
    const user = userEvent.setup();
    useComparisonStore.setState({ modelIds: ['alpha-1', 'beta-2'], providers: NO_PROVIDER_CHOICE });
    renderPanel((index) => <CostPanel index={index} />);
    const table = await screen.findByRole('table', { name: 'Monthly cost' });
    const row = (await within(table).findByRole('rowheader', { name: 'Alpha 1' })).closest('tr') as HTMLElement;
    await user.click(await within(row).findByRole('button', { name: 'Source: price of Alpha 1 on Cheap Cloud' }));
    expect(row.querySelector('dl')).toHaveTextContent(`Price dated${alpha.routes[0]!.checked}`);

    useComparisonStore.setState({ providers: { ...NO_PROVIDER_CHOICE, excluded: ['cheap-cloud', 'big-cloud'] } });
    const reason = await within(row).findByText(/^Your provider choice leaves out every priced route/);
    expect(reason).toHaveTextContent(/2 providers excluded.*include an excluded provider again/);
    expect(row).not.toHaveTextContent('$0');
    expect(screen.getByText(/^These costs follow your provider choice \(2 providers excluded\)/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'count every route again' }));
    expect(useComparisonStore.getState().providers).toEqual(NO_PROVIDER_CHOICE);
    expect(await within(row).findByText(/Cheap Cloud/)).toBeVisible();
  });
});
