/**
 * A floor estimate of what it takes to run open weights yourself: memory for the weights at a
 * precision, the GPUs needed to hold them, and the monthly hardware price at a user-given
 * hourly rate. It answers "how much hardware, at least", not "how many requests per second".
 */
import { fail, ok, type Result } from '../result';
import type { SourceId, WeightSize } from '../types';

export type Precision = 'fp16' | 'fp8' | 'int4';

/** Bytes of memory per parameter at each precision (BF16 counts as FP16, INT8 as FP8). */
export const BYTES_PER_PARAM: Readonly<Record<Precision, number>> = { fp16: 2, fp8: 1, int4: 0.5 };

export const PRECISIONS: readonly Precision[] = ['fp16', 'fp8', 'int4'];

export interface GpuType {
  id: string;
  name: string;
  /** Memory per GPU in GB (decimal, as sold). */
  memoryGb: number;
}

export const GPU_TYPES: readonly GpuType[] = [
  { id: 'h100-80gb', name: 'H100 80 GB', memoryGb: 80 },
  { id: 'h200-141gb', name: 'H200 141 GB', memoryGb: 141 },
  { id: 'a100-80gb', name: 'A100 80 GB', memoryGb: 80 },
];

/**
 * Memory needed per GB of weights. The 20 % on top of the weights holds the KV cache and
 * activations of a modest deployment (a few concurrent requests at a few thousand tokens of
 * context) plus the CUDA context; long contexts and large batches need far more, which is
 * why the figure is a floor and the factor is editable.
 */
export const DEFAULT_MEMORY_OVERHEAD = 1.2;

/** Hours in an average month (8,760 / 12), for always-on hardware. */
export const HOURS_PER_MONTH = 730;

/** The precision a catalog label such as "FP16", "bf16", "INT8" or "int4" stands for; undefined for others ("2-bit"). */
export function precisionOf(label: string): Precision | undefined {
  const l = label.toLowerCase().replace(/[\s_-]/g, '');
  if (/^(fp16|bf16|f16|float16|bfloat16|16bit)$/.test(l)) return 'fp16';
  if (/^(fp8|int8|f8|e4m3|8bit)$/.test(l)) return 'fp8';
  if (/^(int4|fp4|nf4|mxfp4|q4|4bit)$/.test(l)) return 'int4';
  return undefined;
}

export type WeightMemory =
  { gb: number; from: 'catalog'; source: SourceId; label: string } | { gb: number; from: 'computed' };

/**
 * Memory for the weights at a precision, in GB: the catalog's stated size where it has one for
 * that precision (real checkpoints keep some layers at higher precision, so they are larger
 * than the count suggests: Kimi K2.5 at INT4 is ~630 GB, not 500), else parameters x bytes per
 * parameter. Undefined when neither is known.
 */
export function weightMemory(
  parameters: number | undefined,
  precision: Precision,
  weights: readonly WeightSize[] = [],
): WeightMemory | undefined {
  const stated = weights.find((w) => precisionOf(w.precision) === precision && Number.isFinite(w.gb) && w.gb > 0);
  if (stated) return { gb: stated.gb, from: 'catalog', source: stated.source, label: stated.precision };
  if (parameters === undefined || !Number.isFinite(parameters) || parameters <= 0) return undefined;
  return { gb: (parameters * BYTES_PER_PARAM[precision]) / 1e9, from: 'computed' };
}

/** GPUs of a type needed to hold `weightGb` of weights with the overhead factor; at least 1. */
export function gpusNeeded(weightGb: number, gpu: GpuType, overhead: number = DEFAULT_MEMORY_OVERHEAD): number {
  return Math.max(1, Math.ceil((weightGb * overhead) / gpu.memoryGb - 1e-9));
}

export interface SelfHostingInput {
  /** Total parameters (a count, not billions). */
  parameters: number | undefined;
  weights?: readonly WeightSize[];
  precision: Precision;
  gpu: GpuType;
  /** The user's price of one GPU-hour, in USD. An assumption to show as editable, not a market fact. */
  hourlyUsdPerGpu: number;
  overhead?: number;
}

export interface SelfHostingEstimate {
  precision: Precision;
  weights: WeightMemory;
  overhead: number;
  /** Weights times overhead, in GB. */
  memoryNeededGb: number;
  gpu: GpuType;
  gpus: number;
  hourlyUsdPerGpu: number;
  /** gpus x hourly price x 730 h, in USD: the hardware floor for one always-on replica. */
  monthlyUsd: number;
  caveats: string[];
}

/** What the estimate leaves out, in plain words, for an overhead factor. */
export function selfHostingCaveats(overhead: number = DEFAULT_MEMORY_OVERHEAD): string[] {
  return [
    'Throughput is not included: this is the hardware to hold the model once, not to serve a given number of requests per second.',
    'The GPU-hour price is an assumption you set; prices vary by provider, region and commitment.',
    `Memory includes ${Math.round((overhead - 1) * 100)} % on top of the weights for KV cache and activations; long contexts and large batches need more.`,
  ];
}

/** The hardware floor for self-hosting a model at one precision on one GPU type. */
export function selfHostingEstimate(input: SelfHostingInput): Result<SelfHostingEstimate> {
  const overhead = input.overhead ?? DEFAULT_MEMORY_OVERHEAD;
  if (!Number.isFinite(overhead) || overhead < 1) return fail('The memory overhead factor must be at least 1.');
  if (!Number.isFinite(input.hourlyUsdPerGpu) || input.hourlyUsdPerGpu < 0)
    return fail('The price per GPU-hour must be a number of 0 or more.');
  const weights = weightMemory(input.parameters, input.precision, input.weights);
  if (!weights) return fail('No parameter count or weight size is known for this model.');
  const gpus = gpusNeeded(weights.gb, input.gpu, overhead);
  return ok({
    precision: input.precision,
    weights,
    overhead,
    memoryNeededGb: weights.gb * overhead,
    gpu: input.gpu,
    gpus,
    hourlyUsdPerGpu: input.hourlyUsdPerGpu,
    monthlyUsd: gpus * input.hourlyUsdPerGpu * HOURS_PER_MONTH,
    caveats: selfHostingCaveats(overhead),
  });
}
