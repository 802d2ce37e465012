import { describe, expect, it } from 'vitest';
import { modelCost } from './engine';
import { comparisonFigures, daysSince, staleFigures } from './price-age';
import { makeRoute, toUsd } from '../../test/domain/routes';
import { DEFAULT_TRAFFIC } from '../traffic/profile';

const today = new Date(2026, 11, 7); // 2026-12-07 on the user's clock

describe('price age', () => {
  it.each([
    ['2026-12-07', 0],
    ['2026-09-08', 90],
    ['2026-09-07', 91],
    ['2026-07', 159],
    ['2025', 705],
  ])('counts whole days from %s to today: %i', (date, days) => {
    expect(daysSince(date, today)).toBe(days);
  });

  it('calls out only the figures over 90 days old, oldest first', () => {
    const stale = staleFigures(
      [
        { label: 'fresh', date: '2026-09-08' },
        { label: 'old', date: '2026-09-07' },
        { label: 'older', date: '2025-06-10' },
      ],
      today,
    );
    expect(stale.map((f) => `${f.label} ${f.days}`)).toEqual(['older 545', 'old 91']);
  });

  it('dates the headline route of each priced model and the non-dollar rates the comparison uses', () => {
    const rates = [
      { currency: 'INR', perUsd: 85, date: '2025-06-10', source: 'ecb' },
      { currency: 'EUR', perUsd: 0.9, date: '2025-06-11', source: 'ecb' },
      { currency: 'GBP', perUsd: 0.8, date: '2025-06-12', source: 'ecb' },
    ];
    const inr = makeRoute({ input: 17, output: 85 }, { currency: 'INR', checked: '2026-11-23' });
    const usd = makeRoute({ input: 2, output: 8 }, { checked: '2026-07-24' });
    const costs = [
      {
        name: 'A',
        providerName: 'Reseller',
        cost: modelCost([inr, usd], DEFAULT_TRAFFIC, toUsd, { includeFreeAndPlans: false }),
      },
      { name: 'B', providerName: 'None', cost: modelCost([], DEFAULT_TRAFFIC, toUsd, { includeFreeAndPlans: false }) },
    ];
    expect(comparisonFigures(costs, rates, 'EUR')).toEqual([
      { label: 'A on Reseller', date: '2026-11-23' },
      { label: 'EUR exchange rate', date: '2025-06-11' },
      { label: 'INR exchange rate', date: '2025-06-10' },
    ]);
    expect(comparisonFigures(costs, rates, 'USD').map((f) => f.label)).toEqual(['A on Reseller', 'INR exchange rate']);
  });
});
