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
  { gb: number; from: 'catalog'; source: SourceId; label: string; note?: string } | { gb: number; from: 'computed' };

const usable = (w: WeightSize) => Number.isFinite(w.gb) && w.gb > 0;
const statedMemory = (w: WeightSize): WeightMemory => ({
  gb: w.gb,
  from: 'catalog',
  source: w.source,
  label: w.precision,
  ...(w.note ? { note: w.note } : {}),
});

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
  const stated = weights.find((w) => precisionOf(w.precision) === precision && usable(w));
  if (stated) return statedMemory(stated);
  if (parameters === undefined || !Number.isFinite(parameters) || parameters <= 0) return undefined;
  return { gb: (parameters * BYTES_PER_PARAM[precision]) / 1e9, from: 'computed' };
}

/** One precision a model can be held at: a size a source states, or one worked out from the parameter count. */
export interface PrecisionOption {
  /** "INT4", "2-bit": the source's own label, or the standard name of a computed precision. */
  label: string;
  /** The standard precision it is, where it is one (2-bit and 1.58-bit are not). */
  precision?: Precision;
  weights: WeightMemory;
}

/** Names of the standard precisions where no source states a size. */
export const PRECISION_LABELS: Readonly<Record<Precision, string>> = { fp16: 'FP16', fp8: 'FP8 / INT8', int4: 'INT4' };

/**
 * Every precision to show for a model, largest first: each size the catalog states (whatever its
 * precision, so a page's 2-bit and 1.58-bit builds appear too), then each standard precision no
 * source sizes, from the parameter count where it is known.
 */
export function precisionOptions(
  parameters: number | undefined,
  weights: readonly WeightSize[] = [],
): PrecisionOption[] {
  const stated = weights.filter(usable).map((w): PrecisionOption => {
    const precision = precisionOf(w.precision);
    return { label: w.precision, ...(precision ? { precision } : {}), weights: statedMemory(w) };
  });
  const sized = new Set(stated.map((o) => o.precision));
  const computed = PRECISIONS.filter((p) => !sized.has(p)).flatMap((precision): PrecisionOption[] => {
    const memory = weightMemory(parameters, precision);
    return memory ? [{ label: PRECISION_LABELS[precision], precision, weights: memory }] : [];
  });
  return [...stated, ...computed].sort((a, b) => b.weights.gb - a.weights.gb);
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

/** How many GPUs of one type hold the weights with the overhead. */
export interface GpuFit {
  gpu: GpuType;
  gpus: number;
}

export interface SelfHostingEstimate {
  /** The precision's label as shown ("INT4", "1.58-bit"). */
  label: string;
  precision?: Precision;
  weights: WeightMemory;
  overhead: number;
  /** Weights times overhead, in GB. */
  memoryNeededGb: number;
  gpu: GpuType;
  gpus: number;
  hourlyUsdPerGpu: number;
  /** gpus x hourly price x 730 h, in USD: the hardware floor for one always-on replica. */
  monthlyUsd: number;
  /** Every GPU type, with how many of it hold the weights. */
  fits: GpuFit[];
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
  const weights = weightMemory(input.parameters, input.precision, input.weights);
  if (!weights) return fail('No parameter count or weight size is known for this model.');
  const label = weights.from === 'catalog' ? weights.label : PRECISION_LABELS[input.precision];
  return estimateAt({ label, precision: input.precision, weights }, input.gpu, input.hourlyUsdPerGpu, input.overhead);
}

/** The hardware floor for one precision option on one GPU type, and how many of every type hold it. */
export function estimateAt(
  option: PrecisionOption,
  gpu: GpuType,
  hourlyUsdPerGpu: number,
  overhead: number = DEFAULT_MEMORY_OVERHEAD,
): Result<SelfHostingEstimate> {
  if (!Number.isFinite(overhead) || overhead < 1) return fail('The memory overhead factor must be at least 1.');
  if (!Number.isFinite(hourlyUsdPerGpu) || hourlyUsdPerGpu < 0)
    return fail('The price per GPU-hour must be a number of 0 or more.');
  const { weights } = option;
  const gpus = gpusNeeded(weights.gb, gpu, overhead);
  return ok({
    label: option.label,
    ...(option.precision ? { precision: option.precision } : {}),
    weights,
    overhead,
    memoryNeededGb: weights.gb * overhead,
    gpu,
    gpus,
    hourlyUsdPerGpu,
    monthlyUsd: gpus * hourlyUsdPerGpu * HOURS_PER_MONTH,
    fits: GPU_TYPES.map((type) => ({ gpu: type, gpus: gpusNeeded(weights.gb, type, overhead) })),
    caveats: selfHostingCaveats(overhead),
  });
}
