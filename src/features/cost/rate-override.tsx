import { useId, useRef, useState } from 'react';
import type { DisplayCurrency } from '../../state/display-currency';
import { useComparisonStore } from '../../state/comparison-store';

const rateText = (value: number) => String(Number(value.toPrecision(6)));

/** The catalog's dated rate for the display currency, which the user may override. */
export function RateOverride({ display }: { display: DisplayCurrency }) {
  const id = useId();
  const setRateOverride = useComparisonStore((s) => s.setRateOverride);
  const input = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { currency, rate, perUsd, overridden } = display;

  const onType = (text: string) => {
    setDraft(text);
    const value = Number(text.replace(/[,\s]/g, ''));
    if (text.trim() === '' || !Number.isFinite(value) || value <= 0) {
      setError('Enter a positive number of units per US dollar.');
      return;
    }
    setError(null);
    setRateOverride(currency, value);
  };

  return (
    <div className="field">
      <label htmlFor={`${id}-rate`}>{currency} per USD</label>
      <input
        ref={input}
        id={`${id}-rate`}
        inputMode="decimal"
        autoComplete="off"
        value={draft ?? rateText(perUsd)}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-rate-note`}
        onChange={(e) => onType(e.target.value)}
        onBlur={() => !error && setDraft(null)}
      />
      <p id={`${id}-rate-note`} className={error ? 'field-error' : 'field-hint'}>
        {error ??
          (overridden
            ? `Your rate. Catalog: ${rate ? `${rateText(rate.perUsd)} on ${rate.date}` : 'none'}.`
            : rate
              ? `Rate of ${rate.date}.`
              : '')}
      </p>
      {overridden ? (
        <button
          type="button"
          className="button-quiet"
          onClick={() => {
            setDraft(null);
            setError(null);
            setRateOverride(currency, undefined);
            // The button goes away; the rate it reset is where the keyboard focus belongs.
            input.current?.focus();
          }}
        >
          Use the catalog rate
        </button>
      ) : null}
    </div>
  );
}
