import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderPanel } from '../../test/render-panel';
import { LEADERBOARD_ATTRIBUTION } from '../../mocks/fixture-catalog';
import { useComparisonStore } from '../../state/comparison-store';
import { BenchmarksPanel } from './benchmarks-panel';

describe('BenchmarksPanel', () => {
  it('lists every score with its kind, variant, date, source and the leader, shared benchmarks first', async () => {
    useComparisonStore.setState({ modelIds: ['alpha-1', 'beta-2'] });
    const user = userEvent.setup();
    renderPanel((index) => <BenchmarksPanel index={index} />);
    const region = screen.getByRole('region', { name: 'Benchmarks' });
    const table = await within(region).findByRole('table', { name: 'Benchmark scores' });
    await within(table).findByRole('columnheader', { name: 'Beta 2' });

    const toggle = within(region).getByRole('checkbox', { name: 'Shared benchmarks only' });
    expect(toggle).toBeChecked();
    const mmlu = within(table).getByRole('rowheader', { name: 'MMLU-Pro' }).closest('tr') as HTMLElement;
    expect(mmlu).toHaveTextContent('Alpha 1 ahead by 2.7');
    const [alphaCell] = within(mmlu).getAllByRole('cell');
    const items = within(alphaCell as HTMLElement).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(/^84\.5chartedIndependent · thinking · 2026-06-01/);
    expect(items[1]).toHaveTextContent(/^87\.1Self-reported · 2026-01-27/);
    expect(within(table).queryByRole('rowheader', { name: 'GPQA Diamond' })).not.toBeInTheDocument();
    expect(table).toHaveAccessibleDescription(`${LEADERBOARD_ATTRIBUTION}.`);
    expect(within(region).getAllByText(`${LEADERBOARD_ATTRIBUTION}.`)[0]).toBeVisible();

    await user.click(toggle);
    const gpqa = within(table).getByRole('rowheader', { name: 'GPQA Diamond' }).closest('tr') as HTMLElement;
    expect(gpqa).toHaveTextContent('No score');
    expect(gpqa).toHaveTextContent('Needs two scores');

    await user.click(within(table).getByRole('button', { name: 'Source: SWE-bench Verified, Beta 2, 54.6' }));
    expect(within(table).getByRole('link', { name: 'Test fixture' })).toHaveAttribute(
      'href',
      'https://example.com/beta-2',
    );
  });

  it('gives the chart a text alternative and draws the catalog scatter for a chosen benchmark', async () => {
    useComparisonStore.setState({ modelIds: ['alpha-1', 'gamma-small'] });
    renderPanel((index) => <BenchmarksPanel index={index} />);
    expect(await screen.findByText('The compared models share no benchmark yet.')).toBeVisible();
    expect(screen.getByRole('checkbox', { name: 'Shared benchmarks only' })).not.toBeChecked();

    const select = screen.getByRole('combobox', { name: 'Benchmark for the scatter' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['MMLU-Pro']);
    expect(screen.getByText(/Pareto frontier, cheapest first: Alpha 1: \$0\.83 per 1M, 87\.1\./)).toBeVisible();
    expect(screen.getByText('Alpha 1: $0.83 per 1M, 87.1 (on the frontier)')).toBeVisible();
    expect(screen.getByText('Gamma Small: not plotted, no pay-as-you-go price')).toBeVisible();
  });

  it('summarizes the shared-benchmark chart in text', async () => {
    useComparisonStore.setState({ modelIds: ['alpha-1', 'beta-2'] });
    renderPanel((index) => <BenchmarksPanel index={index} />);
    expect(await screen.findByText('MMLU-Pro: Alpha 1 84.5, Beta 2 81.8 (Alpha 1 ahead by 2.7).')).toBeVisible();
  });
});
