// @vitest-environment node
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCurated } from './read-curated';
import { refreshInputs, refreshRates } from './refresh';

const fixtures = join(__dirname, 'fixtures');
const paths = { modelsDev: '/up/models.dev', litellm: '/up/litellm', leaderboard: '/up/llm-leaderboard' };

describe('refreshInputs', () => {
  it('leaves the default build alone: the given folders, the curated rates, no comparison', async () => {
    const inputs = await refreshInputs({}, paths, '/cache', {});
    expect(inputs).toEqual({ paths });
    const curated = readCurated(join(fixtures, 'curated'));
    expect(refreshRates(curated, inputs)).toBe(curated);
  });

  it('takes the rates from an ECB file when --ecb names its folder', async () => {
    const inputs = await refreshInputs({ ecb: join(fixtures, 'ecb') }, paths, '/cache', {});
    const rates = refreshRates(readCurated(join(fixtures, 'curated')), inputs).rates;
    expect(rates.find((r) => r.currency === 'GBP')).toMatchObject({ perUsd: 0.740572, date: '2025-06-10' });
  });
});
