import './provenance.css';
import type { ReactNode } from 'react';
import { Disclosure } from './disclosure';
import { SourceTitle } from './source-link';
import { useSource } from './sources-context';

interface SourceNoteProps {
  sourceId: string;
  /** Date of this figure where it differs from the source's own date (a score's date, a price check). */
  date?: string;
  /** The exact page of this figure, where known. */
  url?: string;
  /** What the figure is ("Context window, Alpha 1"), so each button has a distinct name. */
  label?: string;
  /** Name of the figure's date ("Price dated"); "Figure dated" by default. */
  dateLabel?: string;
  /** More about this figure's provenance (other sources that confirm it, its earlier values). */
  children?: ReactNode;
  /** Build the details only once opened (see Disclosure). */
  lazy?: boolean;
}

/** A small "Source" button that reveals where a figure comes from. */
export function SourceNote({
  sourceId,
  date,
  url,
  label,
  dateLabel = 'Figure dated',
  children,
  lazy = false,
}: SourceNoteProps) {
  const source = useSource(sourceId);
  return (
    <Disclosure className="source-note" button="Source" lazy={lazy} {...(label ? { label: `Source: ${label}` } : {})}>
      <dl className="provenance-details">
        <dt>Source</dt>
        <dd>
          <SourceTitle source={source} id={sourceId} {...(url ? { url } : {})} />
        </dd>
        {source ? (
          <>
            <dt>Publisher</dt>
            <dd>{source.publisher}</dd>
            <dt>Data as of</dt>
            <dd>{source.date}</dd>
          </>
        ) : null}
        {date ? (
          <>
            <dt>{dateLabel}</dt>
            <dd>{date}</dd>
          </>
        ) : null}
        {source ? (
          <>
            <dt>License</dt>
            <dd>{source.license}</dd>
          </>
        ) : null}
        {source?.attribution ? (
          <>
            <dt>Attribution</dt>
            <dd>{source.attribution}</dd>
          </>
        ) : null}
      </dl>
      {children}
    </Disclosure>
  );
}
