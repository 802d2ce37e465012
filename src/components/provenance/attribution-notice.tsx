import { useMemo } from 'react';
import { attributionsFor } from '../../domain/attribution';
import type { Source } from '../../domain/types';

/** The attribution texts the licenses of the given sources ask for; nothing when none does. */
export function AttributionNotice({
  sourceIds,
  sources,
}: {
  sourceIds: readonly string[];
  sources: readonly Source[];
}) {
  const texts = useMemo(() => attributionsFor(sourceIds, sources), [sourceIds, sources]);
  if (texts.length === 0) return null;
  return (
    <span className="attribution">
      {texts.map((text) => (
        <span key={text}>{text}. </span>
      ))}
    </span>
  );
}
