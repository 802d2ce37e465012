import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, within } from '@testing-library/react';
import { StrictMode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { useComparisonStore } from '../state/comparison-store';
import { mountHtml } from '../test/mount-html';
import { App } from './app';
import { firstViewClient, firstViewMarkup, firstViewModelIds, type FirstViewFiles } from './first-view-markup';

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

  describe('taken over by the app', () => {
    let root: Root | undefined;
    afterEach(() => act(() => root?.unmount()));

    /** Hydrates the prerendered page as src/app/main.tsx does; returns the errors React recovered from. */
    async function takeOver(page: HTMLElement, files: FirstViewFiles, onFirstCommit = () => {}) {
      const errors: unknown[] = [];
      await act(async () => {
        root = hydrateRoot(
          page,
          <StrictMode>
            <App queryClient={firstViewClient(files)} onFirstCommit={onFirstCommit} />
          </StrictMode>,
          { onRecoverableError: (error) => errors.push(error) },
        );
      });
      return errors;
    }

    it('is the app’s own first render: React adopts the markup as it is', async () => {
      const files = shipped();
      const page = mountHtml(firstViewMarkup(files));
      const table = within(page).getByRole('table', { name: 'Monthly cost' });
      let committed = 0;
      const errors = await takeOver(page, files, () => (committed += 1));
      expect(errors).toEqual([]);
      expect(committed).toBeGreaterThan(0);
      expect(within(page).getByRole('table', { name: 'Monthly cost' })).toBe(table);
      // And it is live: the figures follow the traffic.
      act(() => useComparisonStore.getState().setTraffic({ requests: 2_000_000 }));
      expect(within(table).getAllByRole('row')[1]).toHaveTextContent('$1,230');
    });

    it('shows the visitor’s own theme once taken over, though the markup has the default one', async () => {
      window.localStorage.setItem('versus:theme', 'dark');
      const files = shipped();
      const page = mountHtml(firstViewMarkup(files));
      expect(within(page).getByRole('radio', { name: 'System' })).toBeChecked();
      expect(await takeOver(page, files)).toEqual([]);
      expect(within(page).getByRole('radio', { name: 'Dark' })).toBeChecked();
      expect(document.documentElement.dataset.theme).toBe('dark');
    });

    it('is drawn again, with the live figures, where it differs from the live page', async () => {
      const files = shipped();
      const page = mountHtml(firstViewMarkup(files));
      // The catalog changed after the build: every Kimi K2.5 price doubled.
      const kimi = files.models['kimi-k2.5'] as { routes: { prices: Record<string, number> }[] };
      const doubled = kimi.routes.map((route) => ({
        ...route,
        prices: Object.fromEntries(Object.entries(route.prices).map(([key, price]) => [key, price * 2])),
      }));
      const errors = await takeOver(page, {
        ...files,
        models: { ...files.models, 'kimi-k2.5': { ...kimi, routes: doubled } },
      });
      expect(errors).not.toEqual([]);
      expect(within(page).getAllByRole('table', { name: 'Monthly cost' })).toHaveLength(1);
      expect(
        within(within(page).getByRole('table', { name: 'Monthly cost' })).getAllByRole('row')[1],
      ).toHaveTextContent('$1,230');
    });
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
