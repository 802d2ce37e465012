import { describe, expect, it } from 'vitest';
import { describeCurve } from './describe-curve';
import { inputTokensCurve } from '../../domain/cost/curves';
import { DEFAULT_TRAFFIC, requestProfileOf } from '../../domain/traffic/profile';
import { makeRoute, toUsd } from '../../test/domain/routes';

describe('describeCurve', () => {
  it("names where each line ends at its model's context window", () => {
    const curve = inputTokensCurve(
      [
        { id: 'a', label: 'Alpha', routes: [makeRoute({ input: 2, output: 8 })], contextWindow: 128_000 },
        { id: 'b', label: 'Beta', routes: [makeRoute({ input: 1, output: 2 })] },
      ],
      requestProfileOf(DEFAULT_TRAFFIC),
      toUsd,
      { includeFreeAndPlans: false, perUsd: 1 },
    );
    expect(describeCurve(curve)).toBe(
      "Lines for Alpha, Beta, on each point's cheapest route; log scales. A line ends at the longest prompt its context window takes with room for the answer: Alpha at 127,750 input tokens (128k window).",
    );
  });
});
