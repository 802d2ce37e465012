import { useEffect, useMemo } from 'react';
import type { ModelSummary } from '../domain/types';
import { useComparisonStore } from '../state/comparison-store';
import { useModelSummaries } from '../state/model-summaries';

const SITE = 'Versus';
const WHAT = 'monthly cost on every provider route, capabilities, specs, benchmarks and sources';

/** The page's title for a comparison: "GPT-4.1 vs Kimi K2.5 · Versus", so a tab, a bookmark or history names it. */
export function comparisonTitle(names: readonly string[]): string {
  return names.length > 0
    ? `${names.join(' vs ')} · ${SITE}`
    : `${SITE}: compare LLMs by cost, capabilities and benchmarks`;
}

const listed = (names: readonly string[]) =>
  names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');

/** The page's description, for search results and link previews; without models, the site's own (index.html's). */
export function comparisonDescription(names: readonly string[]): string {
  return names.length > 0
    ? `${listed(names)} side by side: ${WHAT}.`
    : `Versus compares large language models side by side: ${WHAT}.`;
}

/**
 * The tags that carry the title and the description beyond the tab. index.html holds them with the
 * site's own text: a link preview reads that page as served, and as any address gets the same
 * page, naming the default comparison there would mislabel every shared link to another one.
 */
const META_TAGS = [
  { attribute: 'property', key: 'og:title', text: comparisonTitle },
  { attribute: 'property', key: 'og:description', text: comparisonDescription },
  { attribute: 'name', key: 'description', text: comparisonDescription },
] as const;

function setMeta(attribute: string, key: string, content: string): void {
  let tag = document.head.querySelector<HTMLMetaElement>(`meta[${attribute}="${key}"]`);
  if (!tag) {
    tag = document.createElement('meta');
    tag.setAttribute(attribute, key);
    document.head.append(tag);
  }
  tag.content = content;
}

/**
 * Keeps document.title, the description and the link preview's title and description on the
 * compared models, in their order, for whatever reads the live page (a browser's share sheet,
 * a crawler that runs scripts). A component of its own, so a pick re-renders it and not the page
 * around it.
 */
export function ComparisonTitle({ models }: { models: readonly ModelSummary[] }): null {
  const summaries = useModelSummaries(models);
  const modelIds = useComparisonStore((s) => s.modelIds);
  const names = useMemo(
    () => modelIds.flatMap((id) => summaries.find((m) => m.id === id)?.name ?? []),
    [modelIds, summaries],
  );
  useEffect(() => {
    document.title = comparisonTitle(names);
    for (const { attribute, key, text } of META_TAGS) setMeta(attribute, key, text(names));
  }, [names]);
  return null;
}
