import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { customFileContent } from '../../catalog/custom-entries-schema';
import { server } from '../../mocks/server';
import { comparisonSnapshot, useComparisonStore } from '../../state/comparison-store';
import { renderApp } from '../../test/render-app';
import type { CustomRoute } from '../../domain/custom/entry';
import { encodeLink } from '../../domain/link/codec';

async function costCells(modelName: string): Promise<HTMLElement[]> {
  const table = await screen.findByRole('table', { name: 'Monthly cost' });
  const header = await within(table).findByRole('rowheader', { name: modelName });
  const row = header.closest('tr');
  if (!row) throw new Error('no row');
  return within(row).getAllByRole('cell');
}

/** The app, once this panel (drawn after the figures at the top) is on screen. */
async function renderWithPanel() {
  renderApp();
  // The first test also waits for the panels' module to load.
  await screen.findByRole('form', { name: 'Add your price for a model' }, { timeout: 10_000 });
}

const routeForm = () => screen.getByRole('form', { name: 'Add your price for a model' });
const modelForm = () => screen.getByRole('form', { name: 'Add a model the catalog lacks' });

async function fillRoute(form: HTMLElement, values: Record<string, string>) {
  for (const [label, value] of Object.entries(values)) {
    const field = within(form).getByLabelText(label);
    await userEvent.clear(field);
    // Pasted: typing key by key makes the suite slow without testing more.
    await userEvent.paste(value);
  }
}

describe('Your prices', { timeout: 15_000 }, () => {
  it('a cheaper custom route becomes the cheapest route, marked custom, and the cost follows it', async () => {
    useComparisonStore.setState({ modelIds: ['alpha-1', 'beta-2'] });
    await renderWithPanel();
    expect((await costCells('Alpha 1'))[1]).toHaveTextContent('$852.00');

    const form = routeForm();
    await userEvent.selectOptions(within(form).getByLabelText('Model'), 'Alpha 1');
    await fillRoute(form, { 'Provider name': 'Our Azure deal', 'Input price': '0.2', 'Output price': '1' });
    await userEvent.click(within(form).getByRole('button', { name: 'Add price' }));

    const cells = await costCells('Alpha 1');
    expect(cells[0]).toHaveTextContent('Our Azure deal');
    expect(within(cells[0]!).getByText('custom')).toBeInTheDocument();
    // 1M requests × (800 × $0.20 + 250 × $1.00) / 1M tokens = $410
    expect(cells[1]).toHaveTextContent('$410.00');

    const routes = screen.getByRole('table', { name: 'Provider routes: Alpha 1' });
    const customRow = within(routes).getByRole('rowheader', { name: /Our Azure deal/ });
    expect(customRow).toHaveTextContent('custom');
    expect(customRow).toHaveTextContent('cheapest');
    expect(useComparisonStore.getState().custom.routes).toMatchObject([
      { modelId: 'alpha-1', providerName: 'Our Azure deal', prices: { input: 0.2, output: 1 }, currency: 'USD' },
    ]);
  });

  it('a dearer custom route is listed but the catalog route stays the cheapest', async () => {
    useComparisonStore.setState({ modelIds: ['alpha-1', 'beta-2'] });
    await renderWithPanel();
    await costCells('Alpha 1');
    const form = routeForm();
    await fillRoute(form, { 'Provider name': 'Pricey', 'Input price': '5', 'Output price': '9' });
    await userEvent.click(within(form).getByRole('button', { name: 'Add price' }));
    expect(await screen.findByRole('rowheader', { name: /Pricey/ })).toBeInTheDocument();
    const cells = await costCells('Alpha 1');
    expect(cells[0]).toHaveTextContent('Cheap Cloud');
    expect(cells[1]).toHaveTextContent('$852.00');
  });

  it('bad input shows messages tied to the fields, keeps the typed text and changes nothing', async () => {
    useComparisonStore.setState({ modelIds: ['alpha-1', 'beta-2'] });
    await renderWithPanel();
    await costCells('Alpha 1');
    const form = routeForm();
    await fillRoute(form, { 'Provider name': 'Deal', 'Input price': '-0.5', 'Output price': 'cheap' });
    await userEvent.click(within(form).getByRole('button', { name: 'Add price' }));

    const input = within(form).getByLabelText('Input price');
    const output = within(form).getByLabelText('Output price');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('The input price cannot be negative.');
    expect(output).toHaveAccessibleDescription('The output price must be a number, e.g. 0.44.');
    expect(input).toHaveFocus();
    expect(input).toHaveValue('-0.5');
    expect(output).toHaveValue('cheap');
    expect(within(form).getByLabelText('Provider name')).toHaveValue('Deal');
    expect(useComparisonStore.getState().custom.routes).toEqual([]);

    await userEvent.clear(input);
    await userEvent.type(input, '0.1');
    await userEvent.clear(output);
    await userEvent.type(output, '0.5');
    await userEvent.click(within(form).getByRole('button', { name: 'Add price' }));
    expect(useComparisonStore.getState().custom.routes).toHaveLength(1);
    expect(within(form).getByLabelText('Input price')).not.toHaveAttribute('aria-invalid');
  });

  it('adds a whole model, compares it at once and lets it be edited and removed', async () => {
    const fetched: string[] = [];
    server.events.on('request:start', ({ request }) => void fetched.push(new URL(request.url).pathname));
    useComparisonStore.setState({ modelIds: ['alpha-1', 'beta-2'] });
    await renderWithPanel();
    await costCells('Alpha 1');
    const form = modelForm();
    await fillRoute(form, {
      'Model name': 'House model',
      'Context window (optional)': '64k',
      'Provider name': 'On-prem',
      'Input price': '1',
      'Output price': '2',
    });
    await userEvent.click(within(form).getByRole('button', { name: 'Add custom model' }));

    expect(useComparisonStore.getState().modelIds).toEqual(['alpha-1', 'beta-2', 'custom-house-model']);
    // 1M × (800 × $1 + 250 × $2) / 1M = $1,300
    expect((await costCells('House model'))[1]).toHaveTextContent('$1,300');
    expect(screen.getByRole('combobox', { name: 'Model 3' })).toHaveValue('House model');
    // The catalog has no file for a custom model, so none is asked for.
    expect(fetched.filter((path) => path.includes('custom-'))).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: 'Edit custom model House model' }));
    const edit = screen.getByRole('form', { name: 'Edit House model' });
    await fillRoute(edit, { 'Model name': 'Home model' });
    await userEvent.click(within(edit).getByRole('button', { name: 'Save model' }));
    expect(await costCells('Home model')).toHaveLength(5);

    await userEvent.click(screen.getByRole('button', { name: 'Remove custom model Home model' }));
    expect(useComparisonStore.getState().custom).toEqual({ models: [], routes: [] });
    expect(useComparisonStore.getState().modelIds).toEqual(['alpha-1', 'beta-2']);
    server.events.removeAllListeners();
  });

  it('edits a saved price in place', async () => {
    useComparisonStore.setState({
      modelIds: ['alpha-1', 'beta-2'],
      custom: {
        models: [],
        routes: [
          { id: 'c1', modelId: 'beta-2', providerName: 'Deal', prices: { input: 1, output: 4 }, currency: 'USD' },
        ],
      },
    });
    await renderWithPanel();
    expect((await costCells('Beta 2'))[1]).toHaveTextContent('$1,800');
    await userEvent.click(screen.getByRole('button', { name: 'Edit price: Deal for Beta 2' }));
    const form = screen.getByRole('form', { name: 'Edit your price from Deal' });
    expect(within(form).getByLabelText('Output price')).toHaveValue('4');
    await fillRoute(form, { 'Output price': '2' });
    await userEvent.click(within(form).getByRole('button', { name: 'Save price' }));
    // 1M × (800 × $1 + 250 × $2) / 1M = $1,300
    expect((await costCells('Beta 2'))[1]).toHaveTextContent('$1,300');
    expect(useComparisonStore.getState().custom.routes).toMatchObject([{ id: 'c1', prices: { input: 1, output: 2 } }]);
    expect(screen.getByRole('form', { name: 'Add your price for a model' })).toBeInTheDocument();
  });

  it('keeps the focus in the panel when an edit is cancelled and when the entry is removed', async () => {
    useComparisonStore.setState({
      modelIds: ['alpha-1', 'beta-2'],
      custom: {
        models: [],
        routes: [
          { id: 'c1', modelId: 'beta-2', providerName: 'Deal', prices: { input: 1, output: 4 }, currency: 'USD' },
        ],
      },
    });
    await renderWithPanel();
    await costCells('Beta 2');
    await userEvent.click(screen.getByRole('button', { name: 'Edit price: Deal for Beta 2' }));
    const form = screen.getByRole('form', { name: 'Edit your price from Deal' });
    expect(within(form).getByLabelText('Model')).toHaveFocus();

    await userEvent.click(within(form).getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Edit price: Deal for Beta 2' })).toHaveFocus();

    // With the last entry gone, the focus goes to the first field of the form that adds one.
    await userEvent.click(screen.getByRole('button', { name: 'Remove price: Deal for Beta 2' }));
    expect(within(routeForm()).getByLabelText('Model')).toHaveFocus();
  });

  it('imports a valid file and refuses a bad one without changing anything', async () => {
    useComparisonStore.setState({ modelIds: ['alpha-1', 'beta-2'] });
    await renderWithPanel();
    await costCells('Alpha 1');
    const fileInput = screen.getByLabelText('Import JSON file');

    await userEvent.upload(
      fileInput,
      new File(['{"models": [], "routes": [{"id": 1}]}'], 'bad.json', { type: 'application/json' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Nothing imported from “bad.json”: The file does not hold custom prices',
    );
    expect(useComparisonStore.getState().custom).toEqual({ models: [], routes: [] });

    const good = customFileContent({
      models: [],
      routes: [
        { id: 'c1', modelId: 'beta-2', providerName: 'Team deal', prices: { input: 1, output: 4 }, currency: 'EUR' },
      ],
    });
    await userEvent.upload(fileInput, new File([good], 'prices.json', { type: 'application/json' }));
    expect(await screen.findByText('Imported 0 models and 1 price from “prices.json”.')).toBeInTheDocument();
    // €1 / €4 at 0.9 EUR per USD: 1M × (800 × 1 + 250 × 4) / 1M / 0.9 = $2,000
    expect((await costCells('Beta 2'))[1]).toHaveTextContent('$2,000');
  });
});

describe('Your prices in a browser that will not save', { timeout: 15_000 }, () => {
  const storageNotice = () => screen.queryByText(/kept for this visit only/);

  /** Storage that throws on every write, as a full quota or a private mode does. */
  const refuseStorage = () =>
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });

  it('still applies a price, and says politely that it lasts for this visit and how to keep it', async () => {
    const setItem = refuseStorage();
    try {
      useComparisonStore.setState({ modelIds: ['alpha-1', 'beta-2'] });
      await renderWithPanel();
      expect((await costCells('Alpha 1'))[1]).toHaveTextContent('$852.00');
      // Nothing of the user's own yet: nothing to lose, nothing said.
      expect(storageNotice()).toBeNull();

      const form = routeForm();
      await userEvent.selectOptions(within(form).getByLabelText('Model'), 'Alpha 1');
      await fillRoute(form, { 'Provider name': 'Our Azure deal', 'Input price': '0.2', 'Output price': '1' });
      await userEvent.click(within(form).getByRole('button', { name: 'Add price' }));

      expect((await costCells('Alpha 1'))[1]).toHaveTextContent('$410.00');
      const notice = await screen.findByText(/kept for this visit only/);
      expect(notice.closest('[role="status"]')).not.toBeNull();
      expect(notice).toHaveTextContent('Export JSON');
      expect(notice).toHaveTextContent('copy the link');
      expect(setItem).toHaveBeenCalled();
    } finally {
      setItem.mockRestore();
    }
  });

  it('names only the file when the prices are too many for the link to carry', async () => {
    const setItem = refuseStorage();
    try {
      const routes: CustomRoute[] = Array.from({ length: 40 }, (_, i) => ({
        id: `c${i + 1}`,
        modelId: 'alpha-1',
        providerName: `A provider with a long name, number ${i + 1}`,
        prices: { input: 0.2 + i / 100, output: 1 },
        currency: 'USD',
      }));
      useComparisonStore.setState({ modelIds: ['alpha-1', 'beta-2'], custom: { routes, models: [] } });
      await renderWithPanel();
      const notice = await screen.findByText(/kept for this visit only/);
      expect(notice).toHaveTextContent('Export JSON');
      expect(notice).not.toHaveTextContent('copy the link');
      // What the case needs: the link leaves these prices out.
      expect(encodeLink(comparisonSnapshot(useComparisonStore.getState())).customOmitted).toBe(true);
    } finally {
      setItem.mockRestore();
    }
  });

  it('says nothing where the browser saves', async () => {
    useComparisonStore.setState({
      modelIds: ['alpha-1', 'beta-2'],
      custom: {
        routes: [
          { id: 'c1', modelId: 'alpha-1', providerName: 'Ours', prices: { input: 0.2, output: 1 }, currency: 'USD' },
        ],
        models: [],
      },
    });
    await renderWithPanel();
    expect((await costCells('Alpha 1'))[1]).toHaveTextContent('$410.00');
    expect(storageNotice()).toBeNull();
  });
});
