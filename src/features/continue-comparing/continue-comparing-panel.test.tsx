import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { decode } from '../../domain/link/codec';
import type { CatalogIndex, ModelSummary } from '../../domain/types';
import { fixtureIndex } from '../../mocks/fixture-catalog';
import { useComparisonStore } from '../../state/comparison-store';
import { renderPanel } from '../../test/render-panel';
import { ContinueComparingPanel } from './continue-comparing-panel';

const alpha = fixtureIndex.models.find((m) => m.id === 'alpha-1') as ModelSummary;
const mini: ModelSummary = {
  ...alpha,
  id: 'alpha-mini',
  name: 'Alpha Mini',
  aliases: [],
  routeCount: 2,
  releaseDate: '2026-02-01',
  cheapest: { input: 0.1, output: 0.5, providerId: 'cheap-cloud' },
  scores: {},
};
const index: CatalogIndex = {
  ...fixtureIndex,
  models: [...fixtureIndex.models.map((m) => (m.id === 'alpha-1' ? { ...m, releaseDate: '2026-01-27' } : m)), mini],
};

describe('ContinueComparingPanel', () => {
  it('links to the comparison with the lab’s next cheaper model, at the same settings, and opens it from the keyboard', async () => {
    useComparisonStore.setState({ modelIds: ['alpha-1', 'beta-2'], currency: 'EUR' });
    renderPanel((i) => <ContinueComparingPanel index={i} />, index);
    const section = screen.getByRole('region', { name: 'Continue comparing' });
    const link = within(section).getByRole('link', { name: 'Alpha Mini vs Beta 2' });
    expect(section).toHaveTextContent(`Alpha Mini is ${alpha.creatorName}'s next cheaper model at your traffic.`);

    const target = decode(link.getAttribute('href') ?? '').state;
    expect(target.modelIds).toEqual(['alpha-mini', 'beta-2']);
    expect(target.currency).toBe('EUR');

    link.focus();
    await userEvent.keyboard('{Enter}');
    expect(useComparisonStore.getState().modelIds).toEqual(['alpha-mini', 'beta-2']);
    expect(useComparisonStore.getState().currency).toBe('EUR');
  });

  it('shows nothing when no comparison is one step away', () => {
    useComparisonStore.setState({ modelIds: ['alpha-1', 'beta-2'] });
    const { container } = renderPanel((i) => <ContinueComparingPanel index={i} />);
    expect(container).toBeEmptyDOMElement();
  });
});
