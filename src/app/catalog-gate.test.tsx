import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../mocks/server';
import { useComparisonStore } from '../state/comparison-store';
import { renderApp } from '../test/render-app';

describe('loading the catalog', () => {
  it('shows a clear error when the catalog request fails with 500, and recovers on retry', async () => {
    useComparisonStore.setState({ modelIds: ['alpha-1', 'beta-2'] });
    let calls = 0;
    server.use(
      http.get('*/catalog/index.json', () => {
        calls += 1;
        return calls === 1 ? new HttpResponse('boom', { status: 500 }) : undefined;
      }),
    );
    renderApp();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The model catalog could not be loaded');
    expect(alert).toHaveTextContent('The server answered 500 for catalog index.');

    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));

    const table = await screen.findByRole('table', { name: 'Monthly cost' });
    expect(await within(table).findByText('$852.00')).toBeInTheDocument();
    expect(screen.queryByText('The model catalog could not be loaded')).not.toBeInTheDocument();
    expect(calls).toBe(2);
  });

  it('says so when the catalog is not JSON, and offers a retry', async () => {
    server.use(http.get('*/catalog/index.json', () => new HttpResponse('{"meta": {"schemaVer', { status: 200 })));
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The catalog index is not valid JSON');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeEnabled();
  });
});
