/**
 * Differential test: the engine's price per request against genai-prices' calcPrice, on
 * genai-prices' own bundled price data converted into routes (see testing/genai-prices-routes.ts
 * for how usage and tiers map, and where the two libraries' rules differ).
 */
import { calcPrice, waitForUpdate, type Provider } from '@pydantic/genai-prices';
import { describe, expect, it } from 'vitest';
import { routeCost } from './engine';
import { usdConverter } from './currency';
import {
  PRICE_DATE,
  convertModel,
  profileFromUsage,
  providerWithOnly,
  usagesFor,
  type ConvertedRoute,
  type SkippedModel,
} from '../../test/domain/genai-prices-routes';

// With no update source configured, waitForUpdate resolves to the data bundled in the package.
const providers: Provider[] = (await waitForUpdate()) ?? [];
const toUsd = usdConverter([]);

const converted: (ConvertedRoute & { provider: Provider })[] = [];
const skipped: SkippedModel[] = [];
for (const provider of providers) {
  for (const model of provider.models) {
    const result = convertModel(provider, model);
    if (result.ok) converted.push({ ...result.converted, provider });
    else skipped.push(result.skipped);
  }
}

interface Case {
  name: string;
  providerId: string;
  engine: number;
  reference: number;
}

const cases: Case[] = converted.flatMap((c) => {
  const model = c.provider.models.find((m) => m.id === c.modelId);
  if (!model) return [];
  return usagesFor(c).map(({ label, usage }) => {
    const reference = calcPrice(usage, model.id, {
      provider: providerWithOnly(c.provider, model),
      timestamp: PRICE_DATE,
    });
    const cost = routeCost(c.route, profileFromUsage(usage), toUsd);
    return {
      name: `${c.providerId}/${c.modelId} ${label}`,
      providerId: c.providerId,
      engine: cost.ok ? cost.perRequest : Number.NaN,
      reference: reference?.total_price ?? Number.NaN,
    };
  });
});

const agrees = ({ engine, reference }: Case): boolean =>
  Math.abs(engine - reference) <= 1e-9 * Math.max(Math.abs(engine), Math.abs(reference));

const find = (providerId: string, modelId: string) =>
  converted.find((c) => c.providerId === providerId && c.modelId === modelId);
const caseNamed = (name: string) => cases.find((c) => c.name === name);

describe('engine against genai-prices calcPrice', () => {
  it('covers at least 200 cases, with long-context tiers, cache reads and writes, reasoning and fees', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
    expect(converted.filter((c) => c.thresholds.length > 0).length).toBeGreaterThan(10);
    expect(converted.filter((c) => c.route.prices.cacheWrite !== undefined).length).toBeGreaterThan(10);
    expect(converted.some((c) => c.route.prices.reasoning !== undefined)).toBe(true);
    expect(converted.some((c) => c.route.perRequest !== undefined)).toBe(true);
  });

  it('prices Gemini 2.5 Pro at base up to 200,000 prompt tokens and at the long-context tier above', () => {
    const gemini = find('google', 'gemini-2.5-pro');
    expect(gemini?.route.tiers).toEqual([{ above: 200_000, prices: { input: 2.5, cacheRead: 0.25, output: 15 } }]);
    const at = caseNamed('google/gemini-2.5-pro at 200000');
    const above = caseNamed('google/gemini-2.5-pro above 200000');
    expect(at && agrees(at)).toBe(true);
    expect(above && agrees(above)).toBe(true);
    // 150,000 fresh + 50,000 cached (no cache-write price: at input) ... at base; 1,000 output at 10.
    expect(at?.engine).toBeCloseTo((150_000 * 1.25 + 50_000 * 0.125 + 1000 * 10) / 1e6, 12);
  });

  it('prices Anthropic cache reads and writes at their own prices', () => {
    const sonnet = find('anthropic', 'claude-sonnet-4-0');
    expect(sonnet?.route.prices).toMatchObject({ input: 3, cacheRead: 0.3, cacheWrite: 3.75, output: 15 });
    const cache = caseNamed('anthropic/claude-sonnet-4-0 cache');
    expect(cache && agrees(cache)).toBe(true);
    expect(cache?.engine).toBeCloseTo((2000 * 3 + 6000 * 0.3 + 2000 * 3.75 + 800 * 15) / 1e6, 12);
  });

  it('has teeth: a threshold moved by one token or a fallback changed makes cases disagree', () => {
    const gemini = find('google', 'gemini-2.5-pro');
    const model = gemini?.provider.models.find((m) => m.id === 'gemini-2.5-pro');
    if (!gemini || !model) throw new Error('gemini-2.5-pro missing from genai-prices data');
    const usage = { input_tokens: 200_000, cache_read_tokens: 50_000, output_tokens: 1000 };
    const reference = calcPrice(usage, model.id, {
      provider: providerWithOnly(gemini.provider, model),
      timestamp: PRICE_DATE,
    });
    const shifted = { ...gemini.route, tiers: gemini.route.tiers?.map((t) => ({ ...t, above: t.above - 1 })) };
    const cost = routeCost(shifted, profileFromUsage(usage), toUsd);
    expect(
      cost.ok &&
        reference &&
        agrees({ name: '', providerId: '', engine: cost.perRequest, reference: reference.total_price }),
    ).toBe(false);
    const noCache = { ...gemini.route, prices: { ...gemini.route.prices, cacheRead: 0 } };
    const cheap = routeCost(noCache, profileFromUsage(usage), toUsd);
    expect(
      cheap.ok &&
        reference &&
        agrees({ name: '', providerId: '', engine: cheap.perRequest, reference: reference.total_price }),
    ).toBe(false);
  });

  it.each([...new Set(cases.map((c) => c.providerId))])(
    'agrees within 1e-9 relative on every %s case',
    (providerId) => {
      const mismatches = cases.filter((c) => c.providerId === providerId && !agrees(c));
      expect(mismatches).toEqual([]);
    },
  );

  it('lists each model it cannot express, with the reason', () => {
    expect(skipped.length).toBeGreaterThan(0);
    for (const s of skipped)
      expect(s.reason).toMatch(
        /^(time-of-day pricing|input price only|output price only|no price at all|no per-token price|per-request fee tiered)/,
      );
    const byReason = new Map<string, string[]>();
    for (const s of skipped) {
      const reason = s.reason.replace(/: priced by .*/, '');
      byReason.set(reason, [...(byReason.get(reason) ?? []), `${s.providerId}/${s.modelId}`]);
    }
    const ignored = new Map<string, number>();
    for (const c of converted) for (const { reason } of c.ignored) ignored.set(reason, (ignored.get(reason) ?? 0) + 1);
    console.info(
      [
        `genai-prices differential: ${cases.length} cases on ${converted.length} models compared; ${skipped.length} models skipped:`,
        ...[...byReason].map(
          ([reason, ids]) =>
            `  ${ids.length} x ${reason}: ${ids.slice(0, 6).join(', ')}${ids.length > 6 ? ', ...' : ''}`,
        ),
        'Prices left out of compared models (their cases use none of these units):',
        ...[...ignored].map(([reason, n]) => `  ${n} x ${reason}`),
      ].join('\n'),
    );
  });
});
