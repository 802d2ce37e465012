import { render } from '@testing-library/react';
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fixtureIndex } from '../mocks/fixture-catalog';
import { useComparisonStore } from '../state/comparison-store';
import { ComparisonTitle, comparisonTitle } from './comparison-title';

describe('the page title', () => {
  const initial = useComparisonStore.getState();
  afterEach(() => useComparisonStore.setState(initial));

  it('names the compared models in order, and the site without any', () => {
    expect(comparisonTitle(['GPT-4.1', 'Kimi K2.5'])).toBe('GPT-4.1 vs Kimi K2.5 · Versus');
    expect(comparisonTitle([])).toMatch(/^Versus: /);
  });

  it('follows the comparison as models are picked', () => {
    const [a, b, c] = fixtureIndex.models;
    useComparisonStore.setState({ modelIds: [a!.id, b!.id] });
    render(
      <QueryClientProvider client={new QueryClient()}>
        <ComparisonTitle models={fixtureIndex.models} />
      </QueryClientProvider>,
    );
    expect(document.title).toBe(`${a!.name} vs ${b!.name} · Versus`);
    act(() => useComparisonStore.setState({ modelIds: [c!.id, a!.id] }));
    expect(document.title).toBe(`${c!.name} vs ${a!.name} · Versus`);
  });
});
