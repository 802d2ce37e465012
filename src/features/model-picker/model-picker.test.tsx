import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MAX_MODELS } from '../../domain/comparison';
import type { ModelSummary } from '../../domain/types';
import { useComparisonStore } from '../../state/comparison-store';
import { renderPanel } from '../../test/render-panel';
import { ModelPicker } from './model-picker';

const summary = (n: number): ModelSummary => ({
  id: `model-${n}`,
  name: `Model number ${n}`,
  creatorId: 'maker',
  creatorName: 'Maker',
  aliases: [],
  capabilities: [],
  // The first ones are the most widely served: what an empty field lists first.
  routeCount: 100 - n,
  scores: {},
});
const models = Array.from({ length: MAX_MODELS + 2 }, (_, i) => summary(i + 1));
const ids = (count: number) => models.slice(0, count).map((m) => m.id);

function renderPicker(compared: string[]) {
  useComparisonStore.setState({ modelIds: compared });
  renderPanel(() => <ModelPicker models={models} />);
  return {
    field: (n: number) => screen.queryByRole('combobox', { name: `Model ${n}` }),
    add: () => screen.queryByRole('button', { name: 'Add model' }),
  };
}

const compared = () => useComparisonStore.getState().modelIds;

describe('Add model', () => {
  it('opens an empty slot with the focus, and adds only the model chosen in it', async () => {
    const { field, add } = renderPicker(ids(2));
    await userEvent.click(add()!);
    const slot = field(3)!;
    expect(slot).toHaveValue('');
    expect(slot).toHaveFocus();
    expect(compared()).toEqual(ids(2));

    // The empty slot offers the models not yet compared, most widely served first.
    await userEvent.click(screen.getByRole('button', { name: 'Show models for Model 3' }));
    const options = await within(screen.getByRole('listbox', { name: 'Model 3' })).findAllByRole('option');
    const names = options.map((o) => o.querySelector('.option-name')?.textContent);
    expect(names[0]).toBe(models[2]!.name);
    expect(names).not.toContain(models[0]!.name);
    expect(names).not.toContain(models[1]!.name);

    await userEvent.type(slot, models[5]!.name);
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(compared()).toEqual([...ids(2), models[5]!.id]);
    // The slot is now the new model's, the focus still in it.
    expect(field(3)).toBe(slot);
    expect(slot).toHaveValue(models[5]!.name);
    expect(slot).toHaveFocus();
  });

  it('Escape closes the empty slot without changing the comparison, and gives the focus back', async () => {
    const { field, add } = renderPicker(ids(2));
    await userEvent.click(add()!);
    await userEvent.type(field(3)!, 'num');
    await userEvent.keyboard('{Escape}');
    expect(field(3)).toBeNull();
    expect(add()).toHaveFocus();
    expect(compared()).toEqual(ids(2));
  });

  it('an empty slot left without a choice goes away', async () => {
    const { field, add } = renderPicker(ids(3));
    await userEvent.click(add()!);
    expect(field(4)).toHaveFocus();
    await userEvent.tab({ shift: true });
    expect(field(4)).toBeNull();
    expect(compared()).toEqual(ids(3));
  });

  it('counts the empty slot toward the limit of models', async () => {
    const { field, add } = renderPicker(ids(MAX_MODELS - 1));
    await userEvent.click(add()!);
    expect(field(MAX_MODELS)).toHaveFocus();
    expect(add()).toBeNull();
    expect(screen.getByText(`Up to ${MAX_MODELS} models can be compared at once.`)).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(add()).toHaveFocus());
    expect(compared()).toEqual(ids(MAX_MODELS - 1));
  });
});
