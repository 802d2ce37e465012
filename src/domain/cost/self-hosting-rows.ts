/**
 * The self-hosting table as data: for each open-weight model with a known size, a row per
 * precision (each stated size, and the standard precisions from the parameter count) with the
 * memory it needs, how many GPUs of each type hold it and the hardware floor on the chosen type,
 * next to its API cost at the current traffic. Amounts are USD.
 */
import type { ModelCost } from './engine';
import { estimateAt, GPU_TYPES, precisionOptions, type GpuType, type SelfHostingEstimate } from './self-hosting';
import type { Model } from '../types';

export interface SelfHostingRow {
  modelId: string;
  modelName: string;
  estimates: SelfHostingEstimate[];
  /** Monthly API cost on the cheapest route, where priced. */
  apiMonthlyUsd?: number;
}

export interface SelfHostingTable {
  gpu: GpuType;
  rows: SelfHostingRow[];
  /** Compared models left out, with why. */
  skipped: { modelName: string; reason: string }[];
}

export const gpuById = (id: string): GpuType => GPU_TYPES.find((g) => g.id === id) ?? (GPU_TYPES[0] as GpuType);

export function buildSelfHostingTable(
  models: readonly { model: Model; cost: ModelCost }[],
  gpuId: string,
  hourlyUsd: number,
): SelfHostingTable {
  const gpu = gpuById(gpuId);
  const rows: SelfHostingRow[] = [];
  const skipped: SelfHostingTable['skipped'] = [];
  for (const { model, cost } of models) {
    if (model.openWeights?.value !== true) {
      skipped.push({ modelName: model.name, reason: model.openWeights ? 'weights not published' : 'openness unknown' });
      continue;
    }
    // Every size a source states (a page's 2-bit build too) and each standard precision it leaves out.
    const estimates = precisionOptions(model.parametersTotal?.value, model.weights).flatMap((option) => {
      const estimate = estimateAt(option, gpu, hourlyUsd);
      return estimate.ok ? [estimate.data] : [];
    });
    if (estimates.length === 0) {
      skipped.push({ modelName: model.name, reason: 'parameter count unknown' });
      continue;
    }
    rows.push({
      modelId: model.id,
      modelName: model.name,
      estimates,
      apiMonthlyUsd: cost.status === 'priced' ? cost.cheapest.monthly : undefined,
    });
  }
  return { gpu, rows, skipped };
}
