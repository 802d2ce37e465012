// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExchangeRate } from '../../src/domain/types';
import { parseEcbRates, ratesPerUsd, readEcbFolder, withRates } from './ecb-rates';
import { readCurated } from './read-curated';

const fixtureDir = join(__dirname, 'fixtures', 'ecb');
const curated = readCurated(join(__dirname, 'curated'));

describe('parseEcbRates', () => {
  it('reads the ECB daily file: its date and every EUR-based rate', () => {
    const parsed = parseEcbRates(readFileSync(join(fixtureDir, 'eurofxref-daily.xml'), 'utf8'));
    expect(parsed).toEqual({
      date: '2025-06-10',
      perEur: { USD: 1.1429, JPY: 165.23, GBP: 0.8464, CNY: 8.2115, INR: 97.8069 },
    });
  });

  it('accepts either quote style, any attribute order, whitespace, prefixes and comments', () => {
    const xml = `<e:Envelope xmlns:e="x"><e:Cube>
      <!-- <Cube currency="XXX" rate="9"/> -->
      <e:Cube time = "2026-07-24" >
        <e:Cube rate="1.17" currency="USD" />
        <Cube
          currency='JPY'
          rate='172.5'/>
      </e:Cube></e:Cube></e:Envelope>`;
    expect(parseEcbRates(xml)).toEqual({ date: '2026-07-24', perEur: { USD: 1.17, JPY: 172.5 } });
  });

  it('takes the newest day where a file holds several', () => {
    const xml = `<Cube><Cube time="2026-07-23"><Cube currency="USD" rate="1.16"/></Cube>
      <Cube time="2026-07-24"><Cube currency="USD" rate="1.17"/></Cube></Cube>`;
    expect(parseEcbRates(xml).perEur.USD).toBe(1.17);
  });

  it.each([
    ['no rates at all', '<html>Service unavailable</html>', /no dated Cube/],
    ['no USD rate', '<Cube time="2026-07-24"><Cube currency="JPY" rate="172.5"/></Cube>', /no USD rate/],
    ['a bad date', '<Cube time="24/07/2026"><Cube currency="USD" rate="1.17"/></Cube>', /not a date/],
    ['a bad rate', '<Cube time="2026-07-24"><Cube currency="USD" rate="1,17"/></Cube>', /not a positive number/],
    ['a zero rate', '<Cube time="2026-07-24"><Cube currency="USD" rate="0"/></Cube>', /not a positive number/],
    ['a bad code', '<Cube time="2026-07-24"><Cube currency="usd" rate="1.17"/></Cube>', /not a currency code/],
    ['a rate with no day', '<Cube><Cube currency="USD" rate="1.17"/></Cube>', /outside a dated Cube/],
  ])('refuses a file with %s', (_, xml, error) => expect(() => parseEcbRates(xml)).toThrow(error));
});

describe('ratesPerUsd', () => {
  it('converts to units per USD exactly as the curated rates of the same day were', () => {
    const fresh = readEcbFolder(fixtureDir);
    expect(fresh.source.id).toBe('ecb-eurofxref-2025-06-10');
    const curatedRate = (c: string) => curated.rates.find((r) => r.currency === c)?.perUsd;
    for (const currency of ['USD', 'EUR', 'GBP', 'INR', 'CNY', 'JPY'])
      expect(fresh.rates.find((r) => r.currency === currency)?.perUsd, currency).toBe(curatedRate(currency));
  });

  it('dates every rate with the file’s date and cites one source', () => {
    const rates = ratesPerUsd({ date: '2026-07-24', perEur: { USD: 1.17, GBP: 0.865 } }, 'ecb-eurofxref-2026-07-24');
    expect(rates).toEqual<ExchangeRate[]>([
      { currency: 'EUR', perUsd: 0.854701, date: '2026-07-24', source: 'ecb-eurofxref-2026-07-24' },
      { currency: 'GBP', perUsd: 0.739316, date: '2026-07-24', source: 'ecb-eurofxref-2026-07-24' },
      { currency: 'USD', perUsd: 1, date: '2026-07-24', source: 'ecb-eurofxref-2026-07-24' },
    ]);
  });
});

describe('withRates', () => {
  const fresh = {
    rates: ratesPerUsd({ date: '2026-07-24', perEur: { USD: 1.17, GBP: 0.865 } }, 'ecb-eurofxref-2026-07-24'),
    source: { ...readEcbFolder(fixtureDir).source, id: 'ecb-eurofxref-2026-07-24', date: '2026-07-24' },
  };
  const merged = withRates(curated, fresh);

  it('replaces the rates the new file has and keeps, dated, those it lacks', () => {
    expect(merged.rates.find((r) => r.currency === 'GBP')).toMatchObject({ perUsd: 0.739316, date: '2026-07-24' });
    expect(merged.rates.find((r) => r.currency === 'INR')).toMatchObject({ perUsd: 85.5778, date: '2025-06-10' });
    expect(new Set(merged.rates.map((r) => r.currency))).toEqual(new Set(curated.rates.map((r) => r.currency)));
  });

  it('cites the new source and keeps the old one only while a kept rate uses it', () => {
    const ids = merged.sources.map((s) => s.id);
    expect(ids).toContain('ecb-eurofxref-2026-07-24');
    expect(ids).toContain('ecb-eurofxref-2025-06-10');
    const all = withRates(curated, { ...fresh, rates: curated.rates.map((r) => ({ ...r, source: fresh.source.id })) });
    expect(all.sources.map((s) => s.id)).not.toContain('ecb-eurofxref-2025-06-10');
    expect(all.sources.filter((s) => s.id.startsWith('ecb-'))).toHaveLength(1);
  });
});
