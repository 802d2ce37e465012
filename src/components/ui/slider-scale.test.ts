import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromSliderPosition, moveSliderTo, SLIDER_STEPS, toSliderPosition, type SliderScale } from './slider-scale';

const requests: SliderScale = { kind: 'log', min: 1, max: 1e10 };
const reasoning: SliderScale = { kind: 'log', min: 10, max: 1e6, zero: true };
const share: SliderScale = { kind: 'linear', min: 0, max: 1, step: 0.01 };

describe('slider scales', () => {
  it('spans the whole range at both ends', () => {
    expect(fromSliderPosition(0, requests)).toBe(1);
    expect(fromSliderPosition(SLIDER_STEPS, requests)).toBe(1e10);
    expect(fromSliderPosition(0, reasoning)).toBe(0);
    expect(fromSliderPosition(1, reasoning)).toBe(10);
    expect(fromSliderPosition(SLIDER_STEPS, share)).toBe(1);
  });

  it('puts one million requests in the middle of the log scale', () => {
    expect(toSliderPosition(1e6, requests)).toBe(600);
    expect(fromSliderPosition(600, requests)).toBe(1e6);
  });

  it('snaps log values to two significant digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: SLIDER_STEPS }), (position) => {
        const value = fromSliderPosition(position, requests);
        const digits = value / Math.pow(10, Math.floor(Math.log10(value)) - 1);
        expect(Math.abs(digits - Math.round(digits))).toBeLessThan(1e-6);
      }),
    );
  });

  // Snapping (two significant digits, or a 0.01 step on 1,000 positions) moves a value by at most 5 positions.
  it('is monotonic and round-trips positions within the snapping error', () => {
    for (const scale of [requests, reasoning, share]) {
      let previous = -Infinity;
      for (let position = 0; position <= SLIDER_STEPS; position += 1) {
        const value = fromSliderPosition(position, scale);
        expect(value).toBeGreaterThanOrEqual(previous);
        previous = value;
        expect(Math.abs(toSliderPosition(value, scale) - position)).toBeLessThanOrEqual(5);
      }
    }
  });

  it('clamps values outside the range to the ends', () => {
    expect(toSliderPosition(1e15, requests)).toBe(SLIDER_STEPS);
    expect(toSliderPosition(-5, share)).toBe(0);
    expect(toSliderPosition(0, reasoning)).toBe(0);
  });

  it('moves one step from one million requests to a different value each way', () => {
    const at = toSliderPosition(1e6, requests);
    expect(fromSliderPosition(at + 1, requests)).toBe(1e6);
    expect(moveSliderTo(at + 1, 1e6, requests)).toBe(1.1e6);
    expect(moveSliderTo(at - 1, 1e6, requests)).toBe(9.8e5);
  });

  it('never leaves an arrow key stuck: one step moves the value that way unless it is at an end', () => {
    for (const scale of [requests, reasoning, share]) {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: SLIDER_STEPS }), fc.constantFrom(-1, 1), (position, direction) => {
          const value = fromSliderPosition(position, scale);
          const from = toSliderPosition(value, scale);
          const target = from + direction;
          if (target < 0 || target > SLIDER_STEPS) return;
          const moved = moveSliderTo(target, value, scale);
          const atEnd = value === fromSliderPosition(direction > 0 ? SLIDER_STEPS : 0, scale);
          if (atEnd) expect(moved).toBe(value);
          else expect(Math.sign(moved - value)).toBe(direction);
        }),
      );
    }
  });
});
