import { useMemo } from 'react';
import { buildSpecRows } from '../../domain/views/specs';
import { useSettledComparedModels } from '../settled-comparison';

/** The specifications of the compared models, a row per fact. */
export function useSpecsView() {
  const details = useSettledComparedModels();
  const rows = useMemo(() => buildSpecRows(details.models), [details.models]);
  return { details, rows };
}
