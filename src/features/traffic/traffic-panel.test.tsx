import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { TRAFFIC_PRESETS } from '../../domain/traffic/presets';
import { useComparisonStore } from '../../state/comparison-store';
import { renderApp } from '../../test/render-app';
import { TRAFFIC_FIELD_VIEWS } from './traffic-fields';

async function costOf(modelName: string): Promise<string> {
  const table = await screen.findByRole('table', { name: 'Monthly cost' });
  const header = await within(table).findByRole('rowheader', { name: modelName });
  const row = header.closest('tr');
  if (!row) throw new Error('no row');
  return within(row).getAllByRole('cell')[1]?.textContent ?? '';
}

describe('traffic number fields', () => {
  it.each([
    ['', 'Requests per month is empty'],
    ['-5', 'cannot be negative'],
    ['lots', 'must be a number'],
    ['1e309', 'too large'],
  ])('refuse %j with a visible message and keep the last valid value', async (typed, message) => {
    useComparisonStore.setState({ modelIds: ['alpha-1', 'beta-2'] });
    renderApp();
    expect(await costOf('Alpha 1')).toBe('$852.00');

    const field = screen.getByRole('spinbutton', { name: 'Requests per month' });
    await userEvent.clear(field);
    // Pasted whole: typed key by key, "1e309" passes through the valid "1e3" on its way.
    if (typed) await userEvent.paste(typed);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(message);
    expect(alert).toHaveTextContent('Still using 1,000,000 requests a month.');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveValue(typed);
    expect(useComparisonStore.getState().traffic.requests).toBe(1_000_000);
    expect(await costOf('Alpha 1')).toBe('$852.00');
  });

  it('applies a valid value at once and accepts shorthand like 2.5M', async () => {
    useComparisonStore.setState({ modelIds: ['alpha-1', 'beta-2'] });
    renderApp();
    expect(await costOf('Alpha 1')).toBe('$852.00');
    const field = screen.getByRole('spinbutton', { name: 'Requests per month' });
    await userEvent.clear(field);
    await userEvent.paste('2.5M');
    expect(await costOf('Alpha 1')).toBe('$2,130');
    expect(screen.getByText('≈ 83,333 requests a day')).toBeInTheDocument();
  });

  it('refuses a share above 100 %', async () => {
    useComparisonStore.setState({ modelIds: ['alpha-1', 'beta-2'] });
    renderApp();
    expect(await costOf('Alpha 1')).toBe('$852.00');
    const field = screen.getByRole('spinbutton', { name: 'Batch share' });
    await userEvent.clear(field);
    await userEvent.paste('150%');
    expect(await screen.findByRole('alert')).toHaveTextContent('between 0 and 1');
    expect(useComparisonStore.getState().traffic.batchShare).toBe(0);
  });
});

describe('traffic presets', () => {
  const presetButton = (label: string) =>
    within(screen.getByRole('group', { name: 'Traffic presets' })).getByRole('button', { name: label });

  /** A valid draft not yet in the field's own format, and a refused one. */
  async function typeDrafts() {
    const requests = screen.getByRole('spinbutton', { name: 'Requests per month' });
    await userEvent.clear(requests);
    await userEvent.paste('2.5M');
    const output = screen.getByRole('spinbutton', { name: 'Output tokens per request' });
    await userEvent.clear(output);
    await userEvent.paste('lots');
    expect(await screen.findByRole('alert')).toHaveTextContent('must be a number');
  }

  function expectFieldsShow(profile: (typeof TRAFFIC_PRESETS)[number]['profile']) {
    for (const view of TRAFFIC_FIELD_VIEWS) {
      const field = screen.getByRole('spinbutton', { name: view.label });
      expect(field).toHaveValue(view.format(profile[view.field]));
      expect(field).not.toHaveAttribute('aria-invalid');
    }
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  }

  it('replace every field’s text, drafts and refused text included, and clear the errors', async () => {
    useComparisonStore.setState({ modelIds: ['alpha-1', 'beta-2'] });
    renderApp();
    await costOf('Alpha 1');
    const [, other] = TRAFFIC_PRESETS;
    if (!other) throw new Error('no second preset');

    await typeDrafts();
    await userEvent.click(presetButton(other.label));
    expect(useComparisonStore.getState().traffic).toEqual(other.profile);
    expectFieldsShow(other.profile);
  });

  it('clear a refused draft even when the preset pressed is the one in force', async () => {
    const [first] = TRAFFIC_PRESETS;
    if (!first) throw new Error('no preset');
    useComparisonStore.setState({ modelIds: ['alpha-1', 'beta-2'], traffic: first.profile });
    renderApp();
    await costOf('Alpha 1');
    const output = screen.getByRole('spinbutton', { name: 'Output tokens per request' });
    await userEvent.clear(output);
    await userEvent.paste('lots');
    expect(await screen.findByRole('alert')).toBeInTheDocument();

    await userEvent.click(presetButton(first.label));
    expectFieldsShow(first.profile);
  });
});
