import { useId, useState } from 'react';
import type { Result } from '../../domain/result';
import { moveSliderTo, SLIDER_STEPS, toSliderPosition, type SliderScale } from './slider-scale';

export interface NumberSliderFieldProps {
  /** Accessible name of both the slider and the number field. */
  label: string;
  value: number;
  scale: SliderScale;
  /** Parses what the user typed; a failure's reason is shown and the last valid value stays in force. */
  parse: (text: string) => Result<number>;
  /** Text of the number field for a value, e.g. "25%" for a share. */
  format?: (value: number) => string;
  /** Human reading of a value for the slider's aria-valuetext and messages. */
  describe: (value: number) => string;
  /** `dragging` is true while the slider moves, so callers can throttle history writes. */
  onChange: (value: number, dragging: boolean) => void;
  /** Extra reading shown under the field, e.g. the same traffic per day. */
  hint?: string;
}

/**
 * A slider and a number field bound to one value. The field keeps what the user typed even
 * when it is invalid, shows why, and leaves the last valid value in force.
 */
export function NumberSliderField({
  label,
  value,
  scale,
  parse,
  format = String,
  describe,
  onChange,
  hint,
}: NumberSliderFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const onType = (text: string) => {
    setDraft(text);
    const parsed = parse(text);
    if (parsed.ok) {
      setError(null);
      if (parsed.data !== value) onChange(parsed.data, false);
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
          value={toSliderPosition(value, scale)}
          onChange={(event) => {
            setDraft(null);
            setError(null);
            onChange(moveSliderTo(Number(event.target.value), value, scale), true);
          }}
          onPointerUp={() => onChange(value, false)}
          // Arrow keys are steps of a drag too, written once they rest; leaving the slider ends it
          // at once, so a link copied next holds the value.
          onBlur={() => onChange(value, false)}
        />
        <input
          id={`${id}-number`}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          role="spinbutton"
          aria-valuenow={value}
          aria-valuetext={describe(value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : hint ? hintId : undefined}
          value={draft ?? format(value)}
          onChange={(event) => onType(event.target.value)}
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
