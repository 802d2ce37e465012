import { describe, expect, it } from 'vitest';
import type { CustomEntries } from '../domain/custom/entry';
import { customFileContent, parseCustomFile } from './custom-entries-schema';

const entries: CustomEntries = {
  models: [{ id: 'custom-house', name: 'House', contextWindow: 64000 }],
  routes: [
    {
      id: 'c1',
      modelId: 'alpha-1',
      providerName: 'Deal',
      prices: { input: 0.2, output: 1 },
      currency: 'USD',
      note: 'n',
      added: '2026-08-01',
    },
    {
      id: 'c2',
      modelId: 'custom-house',
      providerName: 'On-prem',
      prices: { input: 1, output: 1, cacheRead: 0.1 },
      currency: 'EUR',
    },
  ],
};

describe('custom prices file', () => {
  it('reads back what it exports', () => {
    expect(parseCustomFile(customFileContent(entries))).toEqual({ ok: true, data: entries });
  });

  it('accepts the bare entries without the format header', () => {
    expect(parseCustomFile(JSON.stringify(entries)).ok).toBe(true);
  });

  it.each([
    ['not json', 'not valid JSON'],
    ['[]', 'does not hold custom prices'],
    [
      JSON.stringify({ models: [], routes: [{ ...entries.routes[0], prices: { input: -1, output: 1 } }] }),
      'routes.0.prices.input: must not be negative',
    ],
    [
      JSON.stringify({ models: [], routes: [{ ...entries.routes[0], prices: { input: 1 } }] }),
      'routes.0.prices.output',
    ],
    [JSON.stringify({ models: [{ id: 'gpt-4.1', name: 'x' }], routes: [] }), 'models.0.id: must start with "custom-"'],
    [JSON.stringify({ ...entries, version: 2 }), 'version'],
    [
      JSON.stringify({ models: [], routes: [entries.routes[1]] }),
      'the custom model "custom-house", which the file does not define',
    ],
    [JSON.stringify({ models: [], routes: [entries.routes[0], entries.routes[0]] }), 'the route "c1" twice'],
  ])('refuses a bad file with a clear message (%#)', (content, message) => {
    const parsed = parseCustomFile(content);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toContain(message);
  });
});
