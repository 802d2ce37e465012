import { describe, expect, it } from 'vitest';
import { modelCost } from './engine';
import { labComparisons, labComparisonText } from './lab-markup';
import { buildRouteRows } from './route-rows';
import { makeRoute, toUsd } from '../../test/domain/routes';
import { customRouteToRoute } from '../custom/merge';
import { DEFAULT_TRAFFIC } from '../traffic/profile';

const rowsOf = (routes: Parameters<typeof modelCost>[0], creatorId: string) => {
  const options = { includeFreeAndPlans: false, creatorId };
  return buildRouteRows(modelCost(routes, DEFAULT_TRAFFIC, toUsd, options), toUsd, options);
};

describe('a reseller against the lab’s own price', () => {
  const lab = makeRoute({ input: 0.6, output: 3 }, { providerId: 'moonshotai' });
  const dearer = makeRoute({ input: 0.72, output: 3.6 }, { providerId: 'reseller' });
  const cheaper = makeRoute({ input: 0.3, output: 1.5 }, { providerId: 'hpc-ai' });
  const inInr = makeRoute({ input: 0.6 * 85, output: 3 * 85 }, { providerId: 'india', currency: 'INR' });

  it('gives each reseller route its markup or discount at the traffic, in any currency', () => {
    const found = labComparisons(rowsOf([lab, dearer, cheaper, inInr], 'moonshotai'));
    expect(found.get(dearer.id)?.fraction).toBeCloseTo(0.2, 12);
    expect(found.get(cheaper.id)?.fraction).toBeCloseTo(-0.5, 12);
    expect(found.get(inInr.id)?.fraction).toBeCloseTo(0, 12);
    expect(found.get(dearer.id)?.labProviderId).toBe('moonshotai');
    expect(found.has(lab.id)).toBe(false);
  });

  it('compares against the lab’s cheapest own route, and not at all where the lab sells none', () => {
    const dearLab = makeRoute({ input: 1.2, output: 6 }, { providerId: 'moonshotai-cn' });
    expect(labComparisons(rowsOf([dearLab, lab, dearer], 'moonshotai')).get(dearer.id)?.fraction).toBeCloseTo(0.2, 12);
    expect(labComparisons(rowsOf([dearer, cheaper], 'moonshotai')).size).toBe(0);
  });

  it('leaves out the user’s own routes and routes without a price', () => {
    const own = customRouteToRoute({
      id: 'c1',
      modelId: 'kimi',
      providerName: 'Ours',
      prices: { input: 1, output: 1 },
      currency: 'USD',
    });
    const unpriced = makeRoute({ input: 1 }, { providerId: 'half' });
    const found = labComparisons(rowsOf([lab, own, unpriced], 'moonshotai'));
    expect(found.has(own.id)).toBe(false);
    expect(found.has(unpriced.id)).toBe(false);
  });

  it.each([
    [0.2, '+20 % vs Moonshot AI'],
    [-0.153, '−15 % vs Moonshot AI'],
    [0.004, 'same as Moonshot AI'],
  ])('words %s as “%s”', (fraction, text) => {
    expect(labComparisonText({ fraction, labProviderId: 'moonshotai' }, 'Moonshot AI')).toBe(text);
  });
});
