import { useMemo } from 'react';
import { costOptionsOf } from '../domain/comparison';
import type { CostOptions } from '../domain/cost/engine';
import { useComparisonStore } from './comparison-store';

/**
 * The engine's options as the user set them (free tiers and plans, provider choice): every view
 * model costs routes with these, so each figure follows the same choices. Stable while they hold.
 */
export function useCostOptions(): CostOptions {
  const includeFreeAndPlans = useComparisonStore((s) => s.includeFreeAndPlans);
  const providers = useComparisonStore((s) => s.providers);
  return useMemo(() => costOptionsOf({ includeFreeAndPlans, providers }), [includeFreeAndPlans, providers]);
}
