import { useId, useState } from 'react';
import type { Result } from '../../domain/result';

export interface NumberSliderFieldProps {
  /** Accessible name of both the slider and the number field. */
  label: string;
  value: number;
  min: number;
  max: number;
  /** Log scale for ranges spanning orders of magnitude. */
  scale?: 'linear' | 'log';
  /** Parses what the user typed; a failure's reason is shown and the last valid value stays in force. */
  parse: (text: string) => Result<number>;
  /** Human reading of a value for the slider's aria-valuetext and the hint. */
  describe: (value: number) => string;
  onChange: (value: number) => void;
  /** Extra reading shown under the field, e.g. the same traffic per day. */
  hint?: string;
}

const SLIDER_STEPS = 1000;

function toPosition(value: number, min: number, max: number, scale: 'linear' | 'log'): number {
  const clamped = Math.min(max, Math.max(min, value));
  const ratio =
    scale === 'log' ? Math.log(clamped / min) / Math.log(max / min) : (clamped - min) / (max - min || 1);
  return Math.round(ratio * SLIDER_STEPS);
}

/** Slider positions on a log scale land on round figures (1, 2, 5 × 10ⁿ style) so values stay readable. */
function fromPosition(position: number, min: number, max: number, scale: 'linear' | 'log'): number {
  const ratio = position / SLIDER_STEPS;
  if (scale === 'linear') return min + ratio * (max - min);
  const raw = min * Math.pow(max / min, ratio);
  const magnitude = Math.pow(10, Math.floor(Math.log10(raw)) - 1);
  return Math.min(max, Math.max(min, Math.round(raw / magnitude) * magnitude));
}

/**
 * A slider and a number field bound to one value. The field keeps what the user typed even
 * when it is invalid, shows why, and leaves the last valid value in force.
 */
export function NumberSliderField({ label, value, min, max, scale = 'linear', parse, describe, onChange, hint }: NumberSliderFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const commitText = (text: string) => {
    setDraft(text);
    const parsed = parse(text);
    if (parsed.ok) {
      setError(null);
      if (parsed.data !== value) onChange(parsed.data);
    } else {
      setError(parsed.reason);
    }
  };

  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  return (
    <div className="field">
      <label htmlFor={`${id}-number`}>{label}</label>
      <div className="field-controls">
        <input
          type="range"
          aria-label={label}
          aria-valuetext={describe(value)}
          min={0}
          max={SLIDER_STEPS}
          step={1}
          value={toPosition(value, min, max, scale)}
          onChange={(event) => {
            setDraft(null);
            setError(null);
            onChange(fromPosition(Number(event.target.value), min, max, scale));
          }}
        />
        <input
          id={`${id}-number`}
          type="text"
          inputMode="decimal"
          role="spinbutton"
          aria-valuenow={value}
          aria-valuemin={min}
          aria-valuemax={max}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : hint ? hintId : undefined}
          value={draft ?? String(value)}
          onChange={(event) => commitText(event.target.value)}
          onBlur={() => {
            if (!error) setDraft(null);
          }}
        />
      </div>
      {error ? (
        <p id={errorId} className="field-error" role="alert">
          {error} Still using {describe(value)}.
        </p>
      ) : hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
