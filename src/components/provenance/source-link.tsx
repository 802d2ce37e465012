import type { Source } from '../../domain/types';

/** A source's title, linked where the catalog has its address; unknown ids say so. */
export function SourceTitle({ source, id, url }: { source: Source | undefined; id: string; url?: string }) {
  if (!source) return <span>Unlisted source ({id})</span>;
  const href = url ?? source.url;
  // Only web addresses become links; anything else in the data is shown as text.
  return href && /^https?:\/\//i.test(href) ? (
    <a href={href} target="_blank" rel="noreferrer noopener">
      {source.title}
    </a>
  ) : (
    <span>{source.title}</span>
  );
}
