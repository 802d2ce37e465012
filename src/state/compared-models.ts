import { useModelDetails, type ModelDetails } from '../catalog/hooks';
import { useComparisonStore } from './comparison-store';

/**
 * The models being compared, as every panel should see them: the catalog's detail files of the
 * chosen ids. Panels read this rather than the catalog hooks, so that the user's own routes and
 * models join the comparison in one place.
 */
export function useComparedModels(): ModelDetails {
  const modelIds = useComparisonStore((s) => s.modelIds);
  return useModelDetails(modelIds);
}
