import type { Provider as GenaiProvider } from '@pydantic/genai-prices';
import { describe, expect, it } from 'vitest';
import { checkDates, genaiDataDate, readGenaiPrices } from './read-genai-prices';
import type { LookupPrice, RouteQuery } from './types';

const provider = (id: string, models: GenaiProvider['models'], comments?: string): GenaiProvider => ({
  id,
  name: id,
  api_pattern: `https://${id}`,
  models,
  price_comments: comments,
});

const providers: GenaiProvider[] = [
  provider('mistral', [
    {
      id: 'mistral-medium-latest',
      match: { equals: 'mistral-medium-latest' },
      prices: [
        { prices: { input_mtok: 0.4, output_mtok: 2 } },
        { constraint: { type: 'start_date', start_date: '2026-06-16' }, prices: { input_mtok: 1.5, output_mtok: 7.5 } },
        { constraint: { type: 'start_date', start_date: '2027-01-01' }, prices: { input_mtok: 2, output_mtok: 9 } },
      ],
    },
  ]),
  provider(
    'x-ai',
    [
      {
        id: 'grok-3',
        match: { or: [{ equals: 'grok-3' }, { equals: 'grok-3-latest' }] },
        prices: { input_mtok: 3, output_mtok: 15, cache_read_mtok: 0.75 },
        price_comments: 'Checked against the docs on 2026-08-30.',
      },
    ],
    'Rates taken as of 2026-08-25. Introductory rates apply through 2026-12-31.',
  ),
  provider('deepseek', [
    {
      id: 'deepseek-chat',
      match: { starts_with: 'deepseek-chat' },
      prices: [
        { prices: { input_mtok: 0.135, output_mtok: 0.55 } },
        {
          constraint: { type: 'time_of_date', start_time: '00:30:00Z', end_time: '16:30:00Z' },
          prices: { input_mtok: 0.27, output_mtok: 1.1 },
        },
      ],
    },
  ]),
  provider('google', [
    {
      id: 'gemini-3.1-flash-image-preview',
      match: { starts_with: 'gemini-3.1-flash-image' },
      prices: { input_mtok: 0.5, output_mtok: 3, output_image_mtok: 60 },
    },
    {
      id: 'gemini-1.5-pro',
      match: { contains: 'gemini-1.5-pro' },
      prices: { input_mtok: { base: 1.25, tiers: [{ start: 128000, price: 2.5 }] }, output_mtok: 5 },
    },
  ]),
  provider('aws', [
    {
      id: 'regional.anthropic.claude-3-5-haiku-20241022-v1:0',
      match: { contains: 'claude-3-5-haiku-20241022' },
      prices: { input_mtok: 0.8, output_mtok: 4 },
    },
  ]),
];

const { source, lookup } = readGenaiPrices(providers);
const ask = (providerId: string, providerModelId: string, extra: Partial<RouteQuery> = {}) =>
  lookup?.find({ providerId, providerModelId, billing: 'payg', ...extra });
const priced = (answer: ReturnType<typeof ask>): LookupPrice => {
  if (!answer || !('route' in answer)) throw new Error(`no price: ${JSON.stringify(answer)}`);
  return answer;
};

describe('genai-prices dates', () => {
  it('reads the dates a comment gives for a check, not the dates of events it mentions', () => {
    expect(checkDates('No longer listed (checked 2026-07-17 and 2026-08-27); last known rates kept.')).toEqual([
      '2026-07-17',
      '2026-08-27',
    ]);
    expect(checkDates('The alias moved on 2026-06-16. Introductory rates apply through 2026-12-31.')).toEqual([]);
  });

  it('dates the data by the newest check its comments report', () => {
    expect(genaiDataDate(providers)).toBe('2026-08-30');
    expect(source.date).toBe('2026-08-30');
    expect(source).toMatchObject({ id: 'genai-prices', license: 'MIT', publisher: 'Pydantic' });
  });
});

describe('genai-prices as a price lookup', () => {
  it('prices a route by the provider’s own match rules, under the catalog’s provider id', () => {
    const grok = priced(ask('xai', 'grok-3-latest'));
    expect(grok.modelId).toBe('grok-3');
    expect(grok.route).toMatchObject({
      providerId: 'xai',
      providerModelId: 'grok-3-latest',
      source: 'genai-prices',
      prices: { input: 3, output: 15, cacheRead: 0.75 },
      checked: '2026-08-30',
    });
    expect(ask('xai', 'grok-9')).toBeUndefined();
    expect(ask('some-reseller', 'grok-3')).toBeUndefined();
  });

  it('gives the price in force at the data’s date, earlier and announced prices as history', () => {
    const medium = priced(ask('mistral', 'mistral-medium-latest'));
    expect(medium.route.prices).toEqual({ input: 1.5, output: 7.5 });
    expect(medium.route.checked).toBe('2026-08-30');
    expect(medium.history).toEqual([
      { prices: { input: 0.4, output: 2 }, until: '2026-06-16', source: 'genai-prices' },
      { prices: { input: 2, output: 9 }, from: '2027-01-01', source: 'genai-prices' },
    ]);
  });

  it('states long-context tiers as tiers and the image-output price apart from the output price', () => {
    expect(priced(ask('google', 'gemini-1.5-pro-002')).route).toMatchObject({
      prices: { input: 1.25, output: 5 },
      tiers: [{ above: 128000, prices: { input: 2.5 } }],
    });
    const image = priced(ask('google-vertex', 'gemini-3.1-flash-image-preview'));
    expect(image.route.prices).toEqual({ input: 0.5, output: 3 });
    expect(image.imageOutput).toBe(60);
  });

  it('says why it gives no price for time-of-day prices', () => {
    expect(ask('deepseek', 'deepseek-chat')).toEqual({
      skipped: 'time-of-day prices (peak and off-peak), no single price',
    });
  });

  it('prices Bedrock’s cross-region ids but no route of one named region, and nothing but pay as you go', () => {
    expect(priced(ask('amazon-bedrock', 'anthropic.claude-3-5-haiku-20241022-v1:0', { region: 'eu' })).modelId).toBe(
      'regional.anthropic.claude-3-5-haiku-20241022-v1:0',
    );
    expect(ask('amazon-bedrock', 'anthropic.claude-3-5-haiku-20241022-v1:0', { region: 'eu-west-1' })).toBeUndefined();
    expect(ask('xai', 'grok-3', { region: 'eu' })).toBeUndefined();
    expect(ask('xai', 'grok-3', { billing: 'free' })).toBeUndefined();
    expect(ask('xai', 'grok-3', { variant: 'fast' })).toBeUndefined();
  });
});
