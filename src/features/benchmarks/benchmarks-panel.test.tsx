import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderPanel } from '../../test/render-panel';
import { fixtureModels, LEADERBOARD_ATTRIBUTION } from '../../mocks/fixture-catalog';
import { server } from '../../mocks/server';
import { LONG_TABLE_ROWS } from '../../domain/views/benchmarks';
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
    // Alpha 1's $0.44 / $2 at the default 800 input and 250 output tokens: $852 per 1,050M tokens.
    const frontier = screen.getByRole('list', { name: 'Pareto frontier, cheapest first:' });
    expect(
      within(frontier)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Alpha 1: $0.81 per 1M, 87.1 (compared)']);
    expect(screen.getByText('Alpha 1: $0.81 per 1M, 87.1 (on the frontier)')).toBeVisible();
    expect(screen.getByText('Gamma Small: not plotted, no pay-as-you-go price')).toBeVisible();
  });

  it('summarizes the shared-benchmark chart in text', async () => {
    useComparisonStore.setState({ modelIds: ['alpha-1', 'beta-2'] });
    renderPanel((index) => <BenchmarksPanel index={index} />);
    expect(await screen.findByText('MMLU-Pro: Alpha 1 84.5, Beta 2 81.8 (Alpha 1 ahead by 2.7).')).toBeVisible();
  });

  it('adds a frontier model that is not compared from the keyboard, and says so', async () => {
    useComparisonStore.setState({ modelIds: ['beta-2', 'gamma-small'] });
    const user = userEvent.setup();
    renderPanel((index) => <BenchmarksPanel index={index} />);
    const add = await screen.findByRole('button', { name: 'Add Alpha 1 to the comparison' });
    add.focus();
    await user.keyboard('{Enter}');
    expect(useComparisonStore.getState().modelIds).toEqual(['beta-2', 'gamma-small', 'alpha-1']);
    const note = screen.getByText('Alpha 1 added to the comparison.');
    expect(note).toHaveFocus();
    // The scatter stays while Alpha 1 loads, its dot now one of the compared.
    expect(await screen.findByText('Alpha 1: $0.81 per 1M, 87.1 (compared)')).toBeVisible();
  });

  it('folds a long table behind a button that counts its benchmarks, opens it by keyboard, and marks nothing charted without a chart', async () => {
    // Alpha 1 with a dozen more benchmarks that Gamma Small lacks: no chart, and a long table.
    const [alpha] = fixtureModels;
    const extra = Array.from({ length: LONG_TABLE_ROWS }, (_, i) => ({
      benchmarkId: `extra-${i}`,
      value: 50 + i,
      selfReported: false,
      source: 'fixture',
    }));
    const longAlpha = { ...alpha, scores: [...(alpha?.scores ?? []), ...extra] };
    server.use(http.get('*/catalog/models/alpha-1.json', () => HttpResponse.json(longAlpha)));
    useComparisonStore.setState({ modelIds: ['alpha-1', 'gamma-small'] });
    const user = userEvent.setup();
    renderPanel((index) => <BenchmarksPanel index={index} />);

    const count = longAlpha.scores.length - 1; // MMLU-Pro has two of them
    const toggle = await screen.findByRole('button', { name: `Score table: ${count} benchmarks` });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('table', { name: 'Benchmark scores' })).not.toBeInTheDocument();

    toggle.focus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const table = screen.getByRole('table', { name: 'Benchmark scores' });
    expect(within(table).getAllByRole('rowheader')).toHaveLength(count);
    // Alpha 1 has two MMLU-Pro scores, but no chart draws MMLU-Pro here.
    expect(within(table).queryByText('charted')).not.toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });
});
