import { render } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fixtureIndex } from '../mocks/fixture-catalog';
import { useComparisonStore } from '../state/comparison-store';
import { ComparisonTitle, comparisonDescription, comparisonTitle } from './comparison-title';

const meta = (selector: string) => document.head.querySelector<HTMLMetaElement>(`meta[${selector}]`)?.content;

describe('the page title', () => {
  const initial = useComparisonStore.getState();
  afterEach(() => useComparisonStore.setState(initial));

  it('names the compared models in order, and the site without any', () => {
    expect(comparisonTitle(['GPT-4.1', 'Kimi K2.5'])).toBe('GPT-4.1 vs Kimi K2.5 · Versus');
    expect(comparisonTitle([])).toMatch(/^Versus: /);
    expect(comparisonDescription(['GPT-4.1', 'Kimi K2.5', 'Qwen3.5-4B'])).toMatch(
      /^GPT-4\.1, Kimi K2\.5 and Qwen3\.5-4B side by side: monthly cost/,
    );
    expect(comparisonDescription(['GPT-4.1', 'Kimi K2.5'])).toMatch(/^GPT-4\.1 and Kimi K2\.5 side by side/);
  });

  it('follows the comparison as models are picked, in the title, the description and the link preview tags', () => {
    const [a, b, c] = fixtureIndex.models;
    useComparisonStore.setState({ modelIds: [a!.id, b!.id] });
    render(
      <QueryClientProvider client={new QueryClient()}>
        <ComparisonTitle models={fixtureIndex.models} />
      </QueryClientProvider>,
    );
    expect(document.title).toBe(`${a!.name} vs ${b!.name} · Versus`);
    expect(meta('property="og:title"')).toBe(document.title);
    expect(meta('property="og:description"')).toBe(comparisonDescription([a!.name, b!.name]));
    expect(meta('name="description"')).toBe(comparisonDescription([a!.name, b!.name]));

    act(() => useComparisonStore.setState({ modelIds: [c!.id, a!.id] }));
    expect(document.title).toBe(`${c!.name} vs ${a!.name} · Versus`);
    expect(meta('property="og:title"')).toBe(document.title);
    expect(meta('property="og:description"')).toMatch(new RegExp(`^${c!.name} and ${a!.name} side by side`));
    expect(meta('name="description"')).toBe(meta('property="og:description"'));
  });

  it('index.html, as served to a link preview, carries the site’s own title and description in its tags', () => {
    const page = new DOMParser().parseFromString(readFileSync('index.html', 'utf8'), 'text/html');
    const tag = (selector: string) => page.head.querySelector<HTMLMetaElement>(`meta[${selector}]`)?.content;
    expect(tag('property="og:type"')).toBe('website');
    expect(tag('name="twitter:card"')).toBe('summary');
    expect(tag('property="og:title"')).toBe(comparisonTitle([]));
    expect(page.title).toBe(comparisonTitle([]));
    expect(tag('property="og:description"')).toBe(comparisonDescription([]));
    expect(tag('name="description"')).toBe(comparisonDescription([]));
  });
});
