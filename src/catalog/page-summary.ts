/**
 * What a link's first figures need of the catalog besides the compared models' files: the
 * exchange rates, the providers' names and the sources their prices cite. The build writes it into index.html from the catalog
 * it ships (scripts/build/prerender-first-view.ts), a few kB against the index's 900, so the
 * page's entry can show those figures before the index has arrived (src/app/first-figures.tsx).
 */
import * as v from 'valibot';
import type { CatalogIndex } from '../domain/types';
import { rateSchema, sourceSchema } from './schema';

/** The id of the data block in index.html. */
export const PAGE_SUMMARY_ID = 'catalog-summary';

const pageSummarySchema = v.object({
  rates: v.array(rateSchema),
  sources: v.array(sourceSchema),
  providers: v.array(v.object({ id: v.string(), name: v.string() })),
});

export type PageSummary = v.InferOutput<typeof pageSummarySchema>;

export const pageSummaryOf = ({
  rates,
  sources,
  providers,
}: Pick<CatalogIndex, 'rates' | 'sources' | 'providers'>): PageSummary => ({
  rates,
  sources,
  providers: providers.map(({ id, name }) => ({ id, name })),
});

/** The summary as a data block, with "<" escaped so that no text in it can end the element early. */
export const pageSummaryScript = (summary: PageSummary): string =>
  `<script type="application/json" id="${PAGE_SUMMARY_ID}">${JSON.stringify(summary).replace(/</g, '\\u003c')}</script>`;

/** The summary the page carries; undefined where it has none (the dev server) or it does not check out. */
export function readPageSummary(): PageSummary | undefined {
  const text = document.getElementById(PAGE_SUMMARY_ID)?.textContent;
  if (!text) return undefined;
  try {
    const parsed = v.safeParse(pageSummarySchema, JSON.parse(text));
    return parsed.success ? parsed.output : undefined;
  } catch {
    return undefined;
  }
}
