import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseCsv } from '../../test/domain/parse-csv';
import { useComparisonStore } from '../../state/comparison-store';
import { renderApp } from '../../test/render-app';

/** jsdom has no object URLs; the download helper's blob is caught here instead. */
let saved: { name: string; blob: Blob }[] = [];
const blobs = new Map<string, Blob>();

beforeEach(() => {
  saved = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, blob: blobs.get(this.href) as Blob });
  });
});
afterEach(() => blobs.clear());

describe('Export', () => {
  it('downloads a CSV whose monthly costs are the table’s', async () => {
    useComparisonStore.setState({ modelIds: ['alpha-1', 'beta-2', 'gamma-small'] });
    renderApp();
    const table = await screen.findByRole('table', { name: 'Monthly cost' });
    await within(table).findByText('$852.00');
    await userEvent.click(screen.getByRole('button', { name: 'Download CSV' }));

    expect(saved.map((s) => s.name)).toEqual(['versus-comparison.csv']);
    const rows = parseCsv(await saved[0]!.blob.text());
    const monthly = rows[0]!.indexOf('Monthly cost');
    expect(rows.slice(1).map((r) => [r[0], r[monthly]])).toEqual([
      ['Alpha 1', '852'],
      ['Beta 2', '3600'],
      ['Gamma Small', 'unavailable'],
    ]);
  });

  it('downloads the JSON with the state it was made from', async () => {
    useComparisonStore.setState({ modelIds: ['alpha-1', 'beta-2'] });
    renderApp();
    await within(await screen.findByRole('table', { name: 'Monthly cost' })).findByText('$852.00');
    await userEvent.click(screen.getByRole('button', { name: 'Download JSON' }));
    expect(saved[0]!.name).toBe('versus-comparison.json');
    const json = JSON.parse(await saved[0]!.blob.text()) as {
      state: { modelIds: string[] };
      models: { cost: { monthly: number } }[];
    };
    expect(json.state.modelIds).toEqual(['alpha-1', 'beta-2']);
    expect(json.models.map((m) => m.cost.monthly)).toEqual([852, 3600]);
  });
});
