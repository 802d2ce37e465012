import { useMemo } from 'react';
import { useModelDetails, type ModelDetails } from '../catalog/hooks';
import { mergeCustom, splitModelIds } from '../domain/custom/merge';
import { useComparisonStore } from './comparison-store';

/**
 * The models being compared, as every panel should see them: the catalog's detail files of the
 * chosen ids with the user's own routes added, and the user's own models built from their
 * entries. Panels read this rather than the catalog hooks, so custom entries join the
 * comparison in one place. Custom ids are never fetched: the catalog has no file for them.
 */
export function useComparedModels(): ModelDetails {
  const modelIds = useComparisonStore((s) => s.modelIds);
  const custom = useComparisonStore((s) => s.custom);
  const catalogIds = useMemo(() => splitModelIds(modelIds).catalogIds, [modelIds]);
  const details = useModelDetails(catalogIds);
  const models = useMemo(() => mergeCustom(details.models, modelIds, custom), [details.models, modelIds, custom]);
  return useMemo(() => ({ ...details, models }), [details, models]);
}
