import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderPanel } from '../../test/render-panel';
import { useComparisonStore } from '../../state/comparison-store';
import { SpecsPanel } from './specs-panel';

describe('SpecsPanel', () => {
  it('shows each spec per model with its source on demand and unknown where no source states it', async () => {
    useComparisonStore.setState({ modelIds: ['alpha-1', 'beta-2'] });
    const user = userEvent.setup();
    renderPanel((index) => <SpecsPanel index={index} />);
    const table = screen.getByRole('table', { name: 'Specifications' });
    await within(table).findByRole('columnheader', { name: 'Beta 2' });

    const params = within(table)
      .getByRole('rowheader', { name: 'Parameters (total / active)' })
      .closest('tr') as HTMLElement;
    const [alphaParams, betaParams] = within(params).getAllByRole('cell');
    expect(within(alphaParams as HTMLElement).getByText('1T total')).toBeVisible();
    expect(within(alphaParams as HTMLElement).getByText('32B active')).toBeVisible();
    expect(betaParams).toHaveTextContent('Unknown');

    await user.click(within(table).getByRole('button', { name: 'Source: Release date, Beta 2' }));
    expect(within(table).getByRole('link', { name: 'Test fixture' })).toBeVisible();
  });

  it('marks the disputed context window and lists the competing claims with their sources', async () => {
    useComparisonStore.setState({ modelIds: ['alpha-1', 'beta-2'] });
    const user = userEvent.setup();
    renderPanel((index) => <SpecsPanel index={index} />);
    const marker = await screen.findByRole('button', { name: 'Disputed: Context window, Alpha 1' });
    expect(screen.getAllByRole('button', { name: /^Disputed/ })).toHaveLength(1);
    await user.click(marker);
    const claims = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(claims).toEqual([
      '128K (128,000) — 128K — Reseller model page',
      '256K (256,000) (used here) — 256K — Test fixture',
      '262K (262,144) — 262,144 tokens — Alpha Lab model documentation',
    ]);
  });
});
