import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blendedListPrice, blendedPerMillion } from './blended';
import { routeCost } from './engine';
import { formatMoney } from '../format/format';
import { makeRoute, priced, toUsd, traffic } from '../../test/domain/routes';
import { DEFAULT_TRAFFIC } from '../traffic/profile';

describe('blendedListPrice', () => {
  it('prices $2 / $8 at the default traffic as the cost table does: $3,600 over 1,050M tokens', () => {
    const list = blendedListPrice({ input: 2, output: 8 }, DEFAULT_TRAFFIC);
    expect(list).toBeCloseTo((800 * 2 + 250 * 8) / 1050, 12);
    expect(formatMoney(list!, 'USD', 1)).toBe('$3.43');
  });

  it('follows the traffic: output-heavy traffic makes the dear output count more', () => {
    const chat = blendedListPrice({ input: 2, output: 8 }, { inputTokens: 800, outputTokens: 250, reasoningTokens: 0 });
    const writing = blendedListPrice(
      { input: 2, output: 8 },
      { inputTokens: 200, outputTokens: 2000, reasoningTokens: 0 },
    );
    expect(writing!).toBeGreaterThan(chat!);
  });

  it('equals the cost table figure for any prices and tokens when no cache, batch or fee applies', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }).map((n) => n / 1000),
        fc.integer({ min: 1, max: 100_000 }).map((n) => n / 1000),
        fc.nat({ max: 1e6 }),
        fc.nat({ max: 1e6 }),
        fc.nat({ max: 1e5 }),
        (input, output, inputTokens, outputTokens, reasoningTokens) => {
          const mix = { inputTokens, outputTokens, reasoningTokens };
          const cost = priced(routeCost(makeRoute({ input, output }), traffic(mix), toUsd));
          const fromTable = blendedPerMillion(cost, mix);
          const fromList = blendedListPrice({ input, output }, mix);
          if (fromTable === undefined) expect(fromList).toBeUndefined();
          else expect(fromList!).toBeCloseTo(fromTable, 9);
        },
      ),
    );
  });

  it('has no figure for traffic without tokens', () => {
    expect(blendedListPrice({ input: 2, output: 8 }, { inputTokens: 0, outputTokens: 0, reasoningTokens: 0 })).toBe(
      undefined,
    );
  });
});
