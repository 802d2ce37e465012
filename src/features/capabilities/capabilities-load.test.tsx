import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { CapabilitiesPanel } from './capabilities-panel';
import { server } from '../../mocks/server';
import { useComparisonStore } from '../../state/comparison-store';
import { renderPanel } from '../../test/render-panel';

describe('CapabilitiesPanel while models load', () => {
  it('says which model failed to load and retries it', async () => {
    useComparisonStore.setState({ modelIds: ['alpha-1', 'beta-2'] });
    let calls = 0;
    server.use(
      http.get('*/catalog/models/beta-2.json', () => {
        calls += 1;
        return calls === 1 ? new HttpResponse('boom', { status: 500 }) : undefined;
      }),
    );
    renderPanel((index) => <CapabilitiesPanel index={index} />);
    const retry = await screen.findByRole('button', { name: 'Retry' });
    expect(screen.getByRole('columnheader', { name: 'Alpha 1' })).toBeInTheDocument();
    await userEvent.click(retry);
    expect(await screen.findByRole('columnheader', { name: 'Beta 2' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
  });
});
