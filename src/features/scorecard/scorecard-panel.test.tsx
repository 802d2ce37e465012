import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPanel } from '../../test/render-panel';
import { useComparisonStore } from '../../state/comparison-store';
import { ScorecardPanel } from './scorecard-panel';

describe('ScorecardPanel', () => {
  it('shows the decision signals per model', async () => {
    useComparisonStore.setState({ modelIds: ['alpha-1', 'gamma-small'] });
    renderPanel((index) => <ScorecardPanel index={index} />);
    const table = screen.getByRole('table', { name: 'Decision scorecard' });
    await within(table).findByRole('columnheader', { name: 'Gamma Small' });
    const row = (name: string) => within(table).getByRole('rowheader', { name }).closest('tr') as HTMLElement;

    expect(row('Product type')).toHaveTextContent('Open-weight model');
    expect(row('Best for')).toHaveTextContent('Coding and agents');
    expect(row('Best for')).toHaveTextContent('Not tagged');
    expect(row('Cheapest output')).toHaveTextContent('$2 / 1M tokens on Cheap Cloud');
    expect(row('Cheapest output')).toHaveTextContent('No pay-as-you-go price');
    expect(row('Provider routes')).toHaveTextContent('2 pay-as-you-go of 3 in all');
    expect(row('Shared benchmarks')).toHaveTextContent('None shared');
    expect(
      within(row('Context window')).getByRole('button', { name: 'Disputed: Context window, Alpha 1' }),
    ).toBeInTheDocument();
  });
});
