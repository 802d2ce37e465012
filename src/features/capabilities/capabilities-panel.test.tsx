import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderPanel } from '../../test/render-panel';
import { useComparisonStore } from '../../state/comparison-store';
import { CapabilitiesPanel } from './capabilities-panel';

const states = (row: HTMLElement) => [...row.querySelectorAll('.capability-state')].map((el) => el.textContent);
const rowTexts = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .map((r) => r.textContent);

describe('CapabilitiesPanel', () => {
  it('shows a Yes / No / Unknown table with glyphs, highlights differences and filters to them', async () => {
    useComparisonStore.setState({ modelIds: ['alpha-1', 'beta-2'] });
    const user = userEvent.setup();
    renderPanel((index) => <CapabilitiesPanel index={index} />);
    const table = screen.getByRole('table', { name: 'Capabilities' });
    await within(table).findByRole('columnheader', { name: 'Beta 2' });

    const reasoning = within(table)
      .getByRole('rowheader', { name: /Reasoning/ })
      .closest('tr') as HTMLElement;
    expect(reasoning).toHaveClass('row-differs');
    expect(reasoning).toHaveTextContent('Reasoning differs');
    expect(states(reasoning)).toEqual(['✓ Yes', '✕ No']);
    expect(states(within(table).getByRole('rowheader', { name: 'Web search' }).closest('tr') as HTMLElement)).toEqual([
      '? Unknown',
      '? Unknown',
    ]);

    const rowsBefore = rowTexts(table).length;
    await user.click(screen.getByRole('checkbox', { name: 'Only differences' }));
    expect(rowTexts(table).length).toBeLessThan(rowsBefore);
    expect(within(table).queryByRole('rowheader', { name: 'Vision' })).not.toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: /Code execution/ })).toBeInTheDocument();
  });

  it('marks a disputed capability and opens its claims', async () => {
    useComparisonStore.setState({ modelIds: ['alpha-1', 'beta-2'] });
    const user = userEvent.setup();
    renderPanel((index) => <CapabilitiesPanel index={index} />);
    const marker = await screen.findByRole('button', { name: 'Disputed: Vision, Alpha 1' });
    await user.click(marker);
    expect(screen.getByText('Rule: The lab documentation wins over third-party pages.')).toBeVisible();
  });
});
