import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { fixtureIndex, fixtureModels } from '../../mocks/fixture-catalog';
import { server } from '../../mocks/server';
import { renderPanel } from '../../test/render-panel';
import { useComparisonStore } from '../../state/comparison-store';
import { TradeoffsPanel } from './tradeoffs-panel';

describe('TradeoffsPanel', () => {
  it('states the reasons to choose each model, the switch friction both ways and a FAQ', async () => {
    useComparisonStore.setState({ modelIds: ['alpha-1', 'gamma-small'] });
    renderPanel((index) => <TradeoffsPanel index={index} />);
    const region = screen.getByRole('region', { name: 'Trade-offs' });
    await within(region).findByRole('heading', { name: 'Choose Gamma Small when…' });

    expect(within(region).getByText('Alpha 1 has a tracked pay-as-you-go price; Gamma Small has none.')).toBeVisible();
    const friction = within(region).getByRole('region', { name: 'Switch friction' });
    expect(
      within(friction)
        .getAllByRole('heading', { level: 4 })
        .map((h) => h.textContent),
    ).toEqual(['Alpha 1 → Gamma Small', 'Gamma Small → Alpha 1']);
    expect(
      within(friction).getAllByText('No overlapping provider route: plan for SDK, billing or endpoint changes.'),
    ).toHaveLength(2);
    expect(within(friction).getByText('Switching Alpha 1 to Gamma Small loses function calling.')).toBeVisible();

    const faq = within(region).getByRole('region', { name: 'FAQ' });
    expect(within(faq).getByRole('heading', { name: 'Where can I run Alpha 1 and Gamma Small?' })).toBeVisible();
    expect(within(faq).getByText(/Gamma Small is available on Free Host\./)).toBeVisible();
  });

  it('follows the baseline for switch friction', async () => {
    useComparisonStore.setState({ modelIds: ['alpha-1', 'beta-2', 'gamma-small'], baselineId: 'beta-2' });
    renderPanel((index) => <TradeoffsPanel index={index} />);
    const friction = await screen.findByRole('region', { name: 'Switch friction' });
    expect(within(friction).getAllByRole('heading', { level: 4 })[0]).toHaveTextContent('Beta 2 → Alpha 1');
  });

  it('shows the API parameter rules a switch runs into, each with its source and date', async () => {
    const alpha = fixtureModels.find((m) => m.id === 'alpha-1');
    const source = fixtureIndex.sources[0]?.id ?? '';
    server.use(
      http.get('*/catalog/models/alpha-1.json', () =>
        HttpResponse.json({
          ...alpha,
          parameterRules: [
            { parameter: 'top_p', rule: 'fixed', values: [0.95], source, note: 'fixed 0.95', date: '2026-11-23' },
          ],
        }),
      ),
    );
    useComparisonStore.setState({ modelIds: ['beta-2', 'alpha-1'] });
    renderPanel((index) => <TradeoffsPanel index={index} />);
    const friction = await screen.findByRole('region', { name: 'Switch friction' });
    const line = await within(friction).findByText(
      /^Alpha 1 fixes top_p at 0\.95: a request with any other value fails\./,
    );
    await userEvent.click(within(line).getByRole('button', { name: 'Source: top_p, Beta 2 → Alpha 1' }));
    expect(line).toHaveTextContent('2026-11-23');
    // The rule binds requests sent to Alpha 1, not those leaving it.
    expect(within(friction).queryAllByText(/fixes top_p/)).toHaveLength(1);
  });
});
