import { describe, expect, it } from 'vitest';
import { fixtureModel } from '../../mocks/fixture-catalog';
import type { ModelCost } from './engine';
import { DEFAULT_MEMORY_OVERHEAD, GPU_TYPES, gpusNeeded, HOURS_PER_MONTH, precisionOptions } from './self-hosting';
import { buildSelfHostingTable } from './self-hosting-rows';
import type { WeightSize } from '../types';

const stated: WeightSize[] = [
  { precision: 'FP16', gb: 2000, source: 'reseller', note: 'FP16 requires approximately 2TB of memory' },
  { precision: 'INT4', gb: 630, source: 'reseller' },
  { precision: '2-bit', gb: 375, source: 'reseller' },
  { precision: '1.58-bit', gb: 240, source: 'reseller' },
];

describe('precisionOptions', () => {
  it('has a row for every stated size, standard or not, and computes only the standard precisions no source sizes', () => {
    const options = precisionOptions(1e12, stated);
    expect(options.map((o) => [o.label, o.weights.gb, o.weights.from])).toEqual([
      ['FP16', 2000, 'catalog'],
      ['FP8 / INT8', 1000, 'computed'],
      ['INT4', 630, 'catalog'],
      ['2-bit', 375, 'catalog'],
      ['1.58-bit', 240, 'catalog'],
    ]);
    expect(options[0]?.weights).toMatchObject({ source: 'reseller', note: stated[0]?.note });
  });

  it('keeps stated sizes when the parameter count is unknown, and has nothing without either', () => {
    expect(precisionOptions(undefined, stated).map((o) => o.label)).toEqual(['FP16', 'INT4', '2-bit', '1.58-bit']);
    expect(precisionOptions(undefined, [])).toEqual([]);
    expect(precisionOptions(undefined, [{ precision: 'INT4', gb: 0, source: 's' }])).toEqual([]);
  });
});

describe('buildSelfHostingTable', () => {
  const unpriced: ModelCost = { status: 'unavailable', reason: 'none', routes: [] };
  const model = fixtureModel({
    id: 'open',
    name: 'Open',
    openWeights: { value: true, source: 's' },
    parametersTotal: { value: 1e12, source: 's' },
    weights: stated,
  });

  it('gives each precision the memory it needs, the count of every GPU type that holds it and the floor on the chosen one', () => {
    const table = buildSelfHostingTable([{ model, cost: unpriced }], 'h200-141gb', 3);
    const [row] = table.rows;
    expect(row?.estimates.map((e) => e.label)).toEqual(['FP16', 'FP8 / INT8', 'INT4', '2-bit', '1.58-bit']);
    for (const e of row?.estimates ?? []) {
      expect(e.memoryNeededGb).toBeCloseTo(e.weights.gb * DEFAULT_MEMORY_OVERHEAD, 9);
      expect(e.fits.map((f) => [f.gpu.id, f.gpus])).toEqual(
        GPU_TYPES.map((g) => [g.id, gpusNeeded(e.weights.gb, g, DEFAULT_MEMORY_OVERHEAD)]),
      );
      expect(e.gpu.id).toBe('h200-141gb');
      expect(e.monthlyUsd).toBeCloseTo(e.gpus * 3 * HOURS_PER_MONTH, 6);
    }
    // The 1.58-bit build (240 GB, 288 GB with the overhead) fits on four 80 GB cards.
    expect(row?.estimates.at(-1)?.fits.find((f) => f.gpu.id === 'h100-80gb')?.gpus).toBe(4);
  });

  it('skips closed models and open ones of unknown size, saying why', () => {
    const closed = fixtureModel({ id: 'c', name: 'Closed', openWeights: { value: false, source: 's' } });
    const unsized = fixtureModel({ id: 'u', name: 'Unsized', openWeights: { value: true, source: 's' } });
    expect(
      buildSelfHostingTable(
        [
          { model: closed, cost: unpriced },
          { model: unsized, cost: unpriced },
        ],
        'h100-80gb',
        2,
      ).skipped,
    ).toEqual([
      { modelName: 'Closed', reason: 'weights not published' },
      { modelName: 'Unsized', reason: 'parameter count unknown' },
    ]);
  });
});
