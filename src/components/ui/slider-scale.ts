/**
 * Mapping between a range input's integer positions and a value. Log scales cover ranges of
 * many orders of magnitude; `zero` reserves position 0 for the value 0, which a log scale
 * cannot otherwise reach (reasoning tokens default to none).
 */
export type SliderScale =
  | { kind: 'linear'; min: number; max: number; step?: number }
  | { kind: 'log'; min: number; max: number; zero?: boolean };

export const SLIDER_STEPS = 1000;

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

export function toSliderPosition(value: number, scale: SliderScale): number {
  if (scale.kind === 'linear') {
    return Math.round(((clamp(value, scale.min, scale.max) - scale.min) / (scale.max - scale.min || 1)) * SLIDER_STEPS);
  }
  if (scale.zero && value <= 0) return 0;
  const first = scale.zero ? 1 : 0;
  const ratio = Math.log(clamp(value, scale.min, scale.max) / scale.min) / Math.log(scale.max / scale.min);
  return first + Math.round(ratio * (SLIDER_STEPS - first));
}

/** Log positions snap to two significant digits so dragged values stay readable (1,200 not 1,213.7). */
export function fromSliderPosition(position: number, scale: SliderScale): number {
  if (scale.kind === 'linear') {
    const raw = scale.min + (position / SLIDER_STEPS) * (scale.max - scale.min);
    const step = scale.step ?? 0;
    return step > 0 ? clamp(Math.round(raw / step) * step, scale.min, scale.max) : raw;
  }
  if (scale.zero && position <= 0) return 0;
  const first = scale.zero ? 1 : 0;
  const ratio = (position - first) / (SLIDER_STEPS - first);
  const raw = scale.min * Math.pow(scale.max / scale.min, ratio);
  const magnitude = Math.pow(10, Math.floor(Math.log10(raw)) - 1);
  return clamp(Math.round(raw / magnitude) * magnitude, scale.min, scale.max);
}

/**
 * The value for a slider moved to `position` from `current`. Snapping can map a one-step move
 * back onto the current value (1,000,000 is still 1,000,000 one step up), which would leave
 * arrow keys stuck; the move then goes on in its direction to the next distinct value.
 */
export function moveSliderTo(position: number, current: number, scale: SliderScale): number {
  const next = fromSliderPosition(position, scale);
  const direction = Math.sign(position - toSliderPosition(current, scale));
  if (next !== current || direction === 0) return next;
  for (let p = position + direction; p >= 0 && p <= SLIDER_STEPS; p += direction) {
    const candidate = fromSliderPosition(p, scale);
    if (candidate !== current) return candidate;
  }
  return next;
}
