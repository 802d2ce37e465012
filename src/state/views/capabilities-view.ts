import { useMemo, useState } from 'react';
import { buildCapabilityRows, visibleCapabilityRows } from '../../domain/views/capabilities';
import { useSettledComparedModels } from '../settled-comparison';

/** The capability matrix of the compared models, all rows or only those where they differ. */
export function useCapabilitiesView() {
  const details = useSettledComparedModels();
  const [onlyDifferences, setOnlyDifferences] = useState(false);
  const rows = useMemo(() => buildCapabilityRows(details.models), [details.models]);
  return { details, onlyDifferences, setOnlyDifferences, visible: visibleCapabilityRows(rows, onlyDifferences) };
}
