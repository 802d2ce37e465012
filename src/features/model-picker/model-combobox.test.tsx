import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { prepareSearch } from '../../domain/search/model-search';
import type { ModelSummary } from '../../domain/types';
import { ModelCombobox } from './model-combobox';

const summary = (id: string, name: string, routeCount: number): ModelSummary => ({
  id,
  name,
  creatorId: 'maker',
  creatorName: 'Maker',
  aliases: [],
  capabilities: [],
  routeCount,
  scores: {},
});

// The most widely served model first: what the list shows before anything is typed.
const models = [
  summary('gpt-4.1', 'GPT-4.1', 40),
  summary('kimi-k2.5', 'Kimi K2.5', 20),
  summary('qwen3', 'Qwen3', 10),
];
const entries = prepareSearch(models);

function renderCombobox(selected: ModelSummary | undefined = models[2]) {
  const onSelect = vi.fn();
  const combobox = (comparison: string) => (
    <>
      <ModelCombobox
        label="Model 1"
        entries={entries}
        selected={selected}
        onSelect={onSelect}
        comparison={comparison}
      />
      <button type="button">Next</button>
    </>
  );
  const { rerender } = render(combobox('qwen3 kimi-k2.5'));
  return {
    input: screen.getByRole('combobox', { name: 'Model 1' }),
    onSelect,
    /** The comparison changing under the field, as another slot's pick or Back would. */
    compare: (comparison: string) => rerender(combobox(comparison)),
  };
}

describe('model combobox', () => {
  it('lists the models matching what is typed', async () => {
    const { input } = renderCombobox();
    await userEvent.clear(input);
    await userEvent.type(input, 'kimi');
    const listbox = screen.getByRole('listbox');
    await waitFor(() => expect(within(listbox).getAllByRole('option')).toHaveLength(1));
    expect(within(listbox).getByRole('option')).toHaveTextContent('Kimi K2.5');
  });

  it('picks from the list for the text as typed, even when the keys follow the last letter at once', () => {
    const { input, onSelect } = renderCombobox();
    // One task: no frame passes between the text and the keys, so the list has not caught up by itself.
    fireEvent.change(input, { target: { value: 'kimi' } });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onSelect).toHaveBeenCalledWith(models[1]);
  });

  it('opens on the models of the text typed, not on the list it showed before', async () => {
    const { input } = renderCombobox();
    fireEvent.change(input, { target: { value: 'kimi' } });
    // The keystroke's own frame only draws the letter: no option of the previous list is shown.
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    await waitFor(() => expect(input).toHaveAttribute('aria-expanded', 'true'));
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      expect.stringContaining('Kimi K2.5'),
    ]);
  });

  it.each([
    ['Escape', (input: HTMLElement) => fireEvent.keyDown(input, { key: 'Escape' })],
    ['leaving the field', (input: HTMLElement) => fireEvent.blur(input)],
  ])('stays closed after %s before the list has opened', async (_, leave) => {
    const { input } = renderCombobox();
    input.focus();
    fireEvent.change(input, { target: { value: 'kimi' } });
    leave(input);
    // Long enough for the list to have caught up with the text, several frames over.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
  });

  it('says when nothing matches', async () => {
    const { input } = renderCombobox();
    await userEvent.clear(input);
    await userEvent.type(input, 'zzz');
    expect(await screen.findByText('No model matches “zzz”.')).toBeInTheDocument();
  });

  it('puts the chosen model back on Escape', async () => {
    const { input, onSelect } = renderCombobox();
    await userEvent.clear(input);
    await userEvent.type(input, 'kim{Escape}');
    expect(input).toHaveValue('Qwen3');
    expect(onSelect).not.toHaveBeenCalled();
  });

  describe('text not chosen goes back to the model’s name', () => {
    it.each([
      ['cleared', ''],
      ['half-typed', 'kim'],
    ])('when the field is left %s', async (_, typed) => {
      const { input, onSelect } = renderCombobox();
      await userEvent.clear(input);
      if (typed) await userEvent.type(input, typed);
      // Downshift puts the focus back into a field whose list has just opened: the list is let open first.
      await waitFor(() => expect(input).toHaveAttribute('aria-expanded', 'true'));
      await userEvent.tab();
      expect(screen.getByRole('button', { name: 'Next' })).toHaveFocus();
      expect(input).toHaveValue('Qwen3');
      expect(input).toHaveAttribute('aria-expanded', 'false');
      expect(onSelect).not.toHaveBeenCalled();
    });

    it('when the field is left before its list has opened', async () => {
      const { input } = renderCombobox();
      input.focus();
      fireEvent.change(input, { target: { value: 'kimi' } });
      await userEvent.tab();
      expect(input).toHaveValue('Qwen3');
    });

    it('when the field is left with an option only highlighted: leaving never chooses', async () => {
      const { input, onSelect } = renderCombobox();
      await userEvent.clear(input);
      await userEvent.type(input, 'kimi');
      await waitFor(() => expect(input).toHaveAttribute('aria-expanded', 'true'));
      await userEvent.keyboard('{ArrowDown}');
      expect(input.getAttribute('aria-activedescendant')).not.toBe('');
      await userEvent.tab();
      expect(input).toHaveValue('Qwen3');
      expect(onSelect).not.toHaveBeenCalled();
    });

    it('when the comparison changes under it, even while it has the focus', async () => {
      const { input, compare } = renderCombobox();
      await userEvent.clear(input);
      await userEvent.type(input, 'kim');
      await waitFor(() => expect(input).toHaveAttribute('aria-expanded', 'true'));
      // A render for anything else keeps the text being typed.
      compare('qwen3 kimi-k2.5');
      expect(input).toHaveValue('kim');

      compare('qwen3 gpt-4.1');
      expect(input).toHaveValue('Qwen3');
      expect(input).toHaveAttribute('aria-expanded', 'false');
      expect(input).toHaveFocus();
    });

    it('but not when the window loses the focus: the person comes back to the text as they left it', async () => {
      const { input } = renderCombobox();
      await userEvent.clear(input);
      await userEvent.type(input, 'kim');
      // A blur that leaves the field the active element, nowhere else to go: another tab or application.
      fireEvent.blur(input, { relatedTarget: null });
      expect(input).toHaveValue('kim');
    });
  });
});
