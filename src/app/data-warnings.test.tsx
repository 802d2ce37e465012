import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { fixtureIndex } from '../mocks/fixture-catalog';
import { server } from '../mocks/server';
import { useComparisonStore } from '../state/comparison-store';
import { renderApp } from '../test/render-app';

describe('a catalog with a malformed entry', () => {
  it('loads with the entry skipped and a visible warning that names it', async () => {
    useComparisonStore.setState({ modelIds: ['alpha-1', 'beta-2'] });
    const broken = { ...fixtureIndex.models[2], id: 'broken-model', routeCount: -3, capabilities: ['telepathy'] };
    server.use(
      http.get('*/catalog/index.json', () =>
        HttpResponse.json({ ...fixtureIndex, models: [...fixtureIndex.models, broken] }),
      ),
    );
    renderApp();

    const warning = await screen.findByText('1 catalog entry was skipped because its data was invalid.');
    await userEvent.click(warning);
    const details = warning.closest('details');
    expect(details).not.toBeNull();
    expect(within(details as HTMLElement).getByText(/models\[3\] \(broken-model\)/)).toBeInTheDocument();

    // The rest of the catalog works: costs show, and the broken model is not offered.
    const table = await screen.findByRole('table', { name: 'Monthly cost' });
    expect(await within(table).findByText('$852.00')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('combobox', { name: 'Model 1' }));
    await userEvent.clear(screen.getByRole('combobox', { name: 'Model 1' }));
    await userEvent.type(screen.getByRole('combobox', { name: 'Model 1' }), 'broken');
    expect(await screen.findByText('No model matches “broken”.')).toBeInTheDocument();
  });

  it('skips a route with a negative price and keeps the model usable', async () => {
    useComparisonStore.setState({ modelIds: ['alpha-1', 'beta-2'] });
    const { fixtureModels } = await import('../mocks/fixture-catalog');
    const alpha = fixtureModels[0]!;
    const badRoute = { ...alpha.routes[0]!, id: 'evil/route', prices: { input: -1, output: Number.NaN } };
    server.use(
      http.get('*/catalog/models/alpha-1.json', () =>
        HttpResponse.json({ ...alpha, routes: [badRoute, ...alpha.routes] }),
      ),
    );
    renderApp();
    const table = await screen.findByRole('table', { name: 'Monthly cost' });
    expect(await within(table).findByText('$852.00')).toBeInTheDocument();
    expect(await screen.findByText(/1 catalog entry was skipped/)).toBeInTheDocument();
  });
});
