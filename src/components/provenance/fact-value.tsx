import type { FactView } from '../../domain/views/fact-view';
import { DisputedMarker } from './disputed-marker';
import { SourceNote } from './source-note';

/** A value with its source on demand and, where sources disagree, the disputed marker. */
export function FactValue({ view, label, prefix }: { view: FactView; label: string; prefix?: string }) {
  return (
    <div className="fact-value">
      <span>
        {view.text}
        {prefix ? ` ${prefix}` : ''}
      </span>
      <SourceNote sourceId={view.source} label={label} />
      <DisputedMarker fact={view} label={label} />
    </div>
  );
}
