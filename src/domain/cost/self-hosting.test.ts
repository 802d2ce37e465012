import { describe, expect, it } from 'vitest';
import {
  GPU_TYPES,
  HOURS_PER_MONTH,
  gpusNeeded,
  precisionOf,
  selfHostingEstimate,
  weightMemory,
  type GpuType,
  type Precision,
} from './self-hosting';
import type { WeightSize } from '../types';

const gpu = (id: string): GpuType => {
  const found = GPU_TYPES.find((g) => g.id === id);
  if (!found) throw new Error(id);
  return found;
};
const H100 = gpu('h100-80gb');
const H200 = gpu('h200-141gb');
const kimiWeights: WeightSize[] = [
  { precision: '2-bit', gb: 375, source: 'ref' },
  { precision: 'FP16', gb: 2000, source: 'ref' },
  { precision: 'INT4', gb: 630, source: 'ref' },
];

describe('weightMemory', () => {
  it.each<[number, Precision, number]>([
    [70e9, 'fp16', 140],
    [70e9, 'fp8', 70],
    [70e9, 'int4', 35],
    [8e9, 'fp16', 16],
    [1e12, 'int4', 500],
  ])('%d parameters at %s take %d GB', (parameters, precision, gb) => {
    expect(weightMemory(parameters, precision)).toEqual({ gb, from: 'computed' });
  });
  it("prefers the catalog's stated size for the precision", () => {
    expect(weightMemory(1e12, 'int4', kimiWeights)).toEqual({ gb: 630, from: 'catalog', source: 'ref', label: 'INT4' });
    expect(weightMemory(1e12, 'fp8', kimiWeights)).toEqual({ gb: 1000, from: 'computed' });
  });
  it('is unknown without a parameter count or a stated size', () => {
    expect(weightMemory(undefined, 'fp16')).toBeUndefined();
    expect(weightMemory(0, 'fp16')).toBeUndefined();
    expect(weightMemory(undefined, 'int4', kimiWeights)?.gb).toBe(630);
  });
});

describe('precisionOf', () => {
  it.each<[string, Precision | undefined]>([
    ['FP16', 'fp16'],
    ['bf16', 'fp16'],
    ['FP8', 'fp8'],
    ['INT8', 'fp8'],
    ['INT4', 'int4'],
    ['mxfp4', 'int4'],
    ['2-bit', undefined],
    ['1.58-bit', undefined],
  ])('%s is %s', (label, expected) => {
    expect(precisionOf(label)).toBe(expected);
  });
});

describe('gpusNeeded', () => {
  it.each<[number, GpuType, number, number]>([
    [140, H100, 1.2, 3], // 168 GB
    [140, H200, 1.2, 2],
    [16, H100, 1.2, 1],
    [0.1, H100, 1.2, 1],
    [630, H100, 1.2, 10], // 756 GB
    [630, H200, 1.2, 6],
    [80, H100, 1, 1], // exactly full
    [66.67, H100, 1.2, 2],
  ])('%d GB of weights on %o with x%d overhead need %d', (gb, type, overhead, expected) => {
    expect(gpusNeeded(gb, type, overhead)).toBe(expected);
  });
});

describe('selfHostingEstimate', () => {
  it('prices the GPUs for 730 hours at the given hourly rate', () => {
    const result = selfHostingEstimate({ parameters: 70e9, precision: 'fp16', gpu: H100, hourlyUsdPerGpu: 3 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data).toMatchObject({ gpus: 3, memoryNeededGb: 168, overhead: 1.2 });
    expect(result.data.monthlyUsd).toBeCloseTo(3 * 3 * HOURS_PER_MONTH, 9);
    expect(result.data.caveats.join(' ')).toMatch(/Throughput is not included/);
    expect(result.data.caveats.join(' ')).toMatch(/20 % on top of the weights/);
  });
  it('uses catalog sizes', () => {
    const result = selfHostingEstimate({
      parameters: 1e12,
      weights: kimiWeights,
      precision: 'int4',
      gpu: H200,
      hourlyUsdPerGpu: 0,
    });
    expect(result.ok && result.data.gpus).toBe(6);
    expect(result.ok && result.data.monthlyUsd).toBe(0);
  });
  it.each([
    [{ parameters: undefined }, 'No parameter count or weight size is known for this model.'],
    [{ hourlyUsdPerGpu: -1 }, 'The price per GPU-hour must be a number of 0 or more.'],
    [{ hourlyUsdPerGpu: Number.NaN }, 'The price per GPU-hour must be a number of 0 or more.'],
    [{ overhead: 0.5 }, 'The memory overhead factor must be at least 1.'],
  ])('fails with a reason for %o', (over, reason) => {
    expect(selfHostingEstimate({ parameters: 7e9, precision: 'fp16', gpu: H100, hourlyUsdPerGpu: 2, ...over })).toEqual(
      { ok: false, reason },
    );
  });
});
