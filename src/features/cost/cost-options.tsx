import { useId } from 'react';
import type { ExchangeRate, ModelSummary } from '../../domain/types';
import { useComparisonStore } from '../../state/comparison-store';
import type { DisplayCurrency } from '../../state/display-currency';
import { RateOverride } from './rate-override';

interface CostOptionsProps {
  models: readonly ModelSummary[];
  baselineId: string | undefined;
  rates: readonly ExchangeRate[];
  display: DisplayCurrency;
}

/** Baseline, free tiers and plans, and the display currency. */
export function CostOptions({ models, baselineId, rates, display }: CostOptionsProps) {
  const id = useId();
  const setBaseline = useComparisonStore((s) => s.setBaseline);
  const includeFreeAndPlans = useComparisonStore((s) => s.includeFreeAndPlans);
  const setIncludeFreeAndPlans = useComparisonStore((s) => s.setIncludeFreeAndPlans);
  const setCurrency = useComparisonStore((s) => s.setCurrency);
  const currencies = [
    'USD',
    ...rates
      .map((r) => r.currency)
      .filter((c) => c !== 'USD')
      .sort(),
  ];

  return (
    <div className="options-row">
      <div className="field">
        <label htmlFor={`${id}-baseline`}>Baseline</label>
        <select id={`${id}-baseline`} value={baselineId ?? ''} onChange={(e) => setBaseline(e.target.value)}>
          {models.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-currency`}>Currency</label>
        <select id={`${id}-currency`} value={display.currency} onChange={(e) => setCurrency(e.target.value)}>
          {currencies.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </div>
      {display.currency !== 'USD' ? <RateOverride display={display} /> : null}
      <label className="checkbox">
        <input
          type="checkbox"
          checked={includeFreeAndPlans}
          onChange={(e) => setIncludeFreeAndPlans(e.target.checked)}
        />
        Include free tiers and plans
      </label>
    </div>
  );
}
