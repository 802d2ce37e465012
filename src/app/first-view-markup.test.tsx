import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { within } from '@testing-library/react';
import { mountHtml } from '../test/mount-html';
import { firstViewMarkup, firstViewModelIds, type FirstViewFiles } from './first-view-markup';

const CATALOG = join(process.cwd(), 'public', 'catalog');
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(CATALOG, path), 'utf8'));

/** The files the build reads: the shipped index and the default comparison's model files. */
const shipped = (): FirstViewFiles => ({
  index: readJson('index.json'),
  models: Object.fromEntries(firstViewModelIds().map((id) => [id, readJson(`models/${id}.json`)])),
});

describe('firstViewMarkup', () => {
  it('draws the default comparison with its monthly costs from the shipped catalog', () => {
    const page = mountHtml(firstViewMarkup(shipped()));
    const table = within(page).getByRole('table', { name: 'Monthly cost' });
    const rows = within(table).getAllByRole('row').slice(1);
    // The reference traffic (1M requests of 800 input and 250 output tokens) on each model's
    // cheapest route: Kimi K2.5 at $0.30 / $1.50 (hpc-ai), GPT-4.1 at $2 / $8 (OpenAI).
    expect(rows.map((row) => row.querySelector('th, td')?.textContent)).toEqual(['Kimi K2.5', 'GPT-4.1']);
    expect(rows[0]).toHaveTextContent('$615.00');
    expect(rows[1]).toHaveTextContent('$3,600');
    expect(page).not.toHaveTextContent(/Loading/);
  });

  it('refuses a catalog the app could not read, with the parser’s reason', () => {
    const files = shipped();
    const index = files.index as { meta: object };
    const future = { ...index, meta: { ...index.meta, schemaVersion: 999 } };
    expect(() => firstViewMarkup({ ...files, index: future })).toThrow(/999/);
    expect(() => firstViewMarkup({ ...files, models: { ...files.models, 'gpt-4.1': { id: 'gpt-4.1' } } })).toThrow(
      /gpt-4\.1/,
    );
  });
});
