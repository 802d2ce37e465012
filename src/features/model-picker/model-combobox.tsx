import { useCombobox, type UseComboboxState, type UseComboboxStateChangeOptions } from 'downshift';
import { useEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { createSearch, type SearchEntry } from '../../domain/search/model-search';
import type { ModelSummary } from '../../domain/types';
import { focusLeft } from './focus-left';
import { ModelOptions } from './model-options';

interface ModelComboboxProps {
  label: string;
  entries: readonly SearchEntry[];
  selected: ModelSummary | undefined;
  onSelect: (model: ModelSummary) => void;
  /**
   * The compared models, as one string. When it changes, text typed here and not chosen gives
   * way to this slot's model's name: it was typed against a comparison that is no longer shown.
   */
  comparison: string;
}

const MAX_OPTIONS = 50;
const LIST_KEYS = new Set(['ArrowDown', 'ArrowUp', 'Enter', 'Home', 'End', 'PageDown', 'PageUp']);

/**
 * Escape and blur never lose the chosen model: downshift would clear the selection on Escape;
 * here the text simply goes back to the chosen model's name. Leaving the field never chooses
 * either: downshift would take the highlighted option on blur, so a model merely pointed at on
 * the way out would replace the compared one. Only Enter or a click chooses.
 */
function stateReducer(
  state: UseComboboxState<ModelSummary>,
  { type, changes }: UseComboboxStateChangeOptions<ModelSummary>,
): Partial<UseComboboxState<ModelSummary>> {
  if (type === useCombobox.stateChangeTypes.InputKeyDownEscape) {
    return { ...changes, selectedItem: state.selectedItem, inputValue: state.selectedItem?.name ?? '' };
  }
  if (type === useCombobox.stateChangeTypes.InputBlur) {
    // The text is put back by the field's own blur handler, which also runs while the list is closed.
    return { ...changes, selectedItem: state.selectedItem, inputValue: state.inputValue };
  }
  return changes;
}

/**
 * The list's state. Typing into a closed list leaves it "opening" until the search has caught
 * up with the text: it then opens on that text's models, rather than on the last query's for
 * one frame, and the keystroke's own frame only draws the letter.
 */
type Menu = 'closed' | 'opening' | 'open';
const openOnCatchUp = (menu: Menu): Menu => (menu === 'opening' ? 'open' : menu);

/**
 * A searchable model dropdown (WAI-ARIA combobox via downshift). The text field is left to
 * downshift (uncontrolled), so fast typing never loses a letter; the list follows the text a
 * frame later, and at once when a key acts on it. While the text is the chosen model's name,
 * the list shows the most widely served models, so opening it is never a dead end with one entry.
 */
export function ModelCombobox({ label, entries, selected, onSelect, comparison }: ModelComboboxProps) {
  const [query, setQuery] = useState('');
  // While the text is the chosen model's name, the list is the empty query's.
  const follow = (text: string) => setQuery(selected && text === selected.name ? '' : text);
  const [menu, setMenu] = useState<Menu>('closed');
  // The list's query trails the text by one frame: a keystroke paints its letter first, and the
  // search (a scan of the whole catalog for a first letter) runs after that paint, not before it.
  const [listQuery, setListQuery] = useState('');
  const listBehind = listQuery !== query || menu === 'opening';
  useEffect(() => {
    if (!listBehind) return;
    let timer: number | undefined;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => {
        setListQuery(query);
        setMenu(openOnCatchUp);
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [query, listBehind]);
  const search = useMemo(() => createSearch(entries), [entries]);
  const items = useMemo(() => search(listQuery, MAX_OPTIONS), [search, listQuery]);
  // Escape, or leaving the field, before the list has opened keeps it closed: downshift does not
  // report closing a list it already holds closed.
  const stopOpening = () => setMenu((current) => (current === 'opening' ? 'closed' : current));
  const onKeyDown = (event: KeyboardEvent) => {
    // A key that moves through or picks from the list acts on the list for the text as typed,
    // however fast it follows the last letter.
    if (listBehind && LIST_KEYS.has(event.key)) {
      flushSync(() => {
        setListQuery(query);
        setMenu(openOnCatchUp);
      });
    }
    if (event.key === 'Escape') stopOpening();
  };

  const {
    isOpen,
    inputValue,
    getLabelProps,
    getInputProps,
    getMenuProps,
    getItemProps,
    getToggleButtonProps,
    highlightedIndex,
    setInputValue,
  } = useCombobox<ModelSummary>({
    items,
    selectedItem: selected ?? null,
    isOpen: menu === 'open',
    itemToString: (item) => item?.name ?? '',
    itemToKey: (item) => item?.id,
    stateReducer,
    onIsOpenChange: ({ isOpen: open, type }) =>
      setMenu(!open ? 'closed' : type === useCombobox.stateChangeTypes.InputChange ? 'opening' : 'open'),
    // Typing is followed in the input's own change handler, below; this catches the other
    // changes of the text (a choice, Escape).
    onInputValueChange: ({ inputValue: text }) => follow(text),
    onSelectedItemChange: ({ selectedItem }) => {
      if (selectedItem) onSelect(selectedItem);
    },
  });

  // Text that is not the model's name (cleared, half-typed) goes back to the name when the field is
  // left without a choice, or when the comparison changes under it: it would otherwise read as the
  // slot's model while another one is compared.
  const name = selected?.name ?? '';
  const putNameBack = () => {
    if (inputValue === name) return;
    setInputValue(name);
    setMenu('closed');
  };
  const onBlur = (event: FocusEvent<HTMLInputElement>) => {
    stopOpening();
    // The list and its toggle are part of the field: a click on them is no leaving.
    if (focusLeft(event, event.currentTarget.closest('.combobox'))) putNameBack();
  };
  const comparedBefore = useRef(comparison);
  useEffect(() => {
    if (comparedBefore.current === comparison) return;
    comparedBefore.current = comparison;
    putNameBack();
  });

  return (
    <div className="combobox">
      <label {...getLabelProps()}>{label}</label>
      <div className="combobox-control">
        {/* Typing is followed here rather than only through downshift, which reports a change
            from an effect, after a render of the whole list for nothing. */}
        <input
          {...getInputProps({
            onChange: (event) => follow(event.currentTarget.value),
            onKeyDown,
            onBlur,
          })}
          placeholder="Search models by name, creator or id"
          spellCheck={false}
        />
        <button type="button" {...getToggleButtonProps()} aria-label={`Show models for ${label}`} tabIndex={-1}>
          <span aria-hidden="true">▾</span>
        </button>
      </div>
      <ul {...getMenuProps()} className={isOpen ? 'combobox-menu open' : 'combobox-menu'}>
        {isOpen && items.length === 0 ? <li className="combobox-empty">No model matches “{inputValue}”.</li> : null}
        {isOpen ? <ModelOptions items={items} highlightedIndex={highlightedIndex} getItemProps={getItemProps} /> : null}
      </ul>
    </div>
  );
}
