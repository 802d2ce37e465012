import { useCombobox, type UseComboboxState, type UseComboboxStateChangeOptions } from 'downshift';
import { useMemo, useState } from 'react';
import { searchModels, type SearchEntry } from '../../domain/model-search';
import type { ModelSummary } from '../../domain/types';
import { formatModelOptionDetail } from './option-detail';

interface ModelComboboxProps {
  label: string;
  entries: readonly SearchEntry[];
  selected: ModelSummary | undefined;
  onSelect: (model: ModelSummary) => void;
}

const MAX_OPTIONS = 50;

/**
 * Escape and blur never lose the chosen model: downshift would clear the selection on Escape;
 * here the text simply goes back to the chosen model's name.
 */
function stateReducer(
  state: UseComboboxState<ModelSummary>,
  { type, changes }: UseComboboxStateChangeOptions<ModelSummary>,
): Partial<UseComboboxState<ModelSummary>> {
  if (type === useCombobox.stateChangeTypes.InputKeyDownEscape) {
    return { ...changes, selectedItem: state.selectedItem, inputValue: state.selectedItem?.name ?? '' };
  }
  return changes;
}

/**
 * A searchable model dropdown (WAI-ARIA combobox via downshift). The text field is left to
 * downshift (uncontrolled), so fast typing is never out of step with the list; the list is
 * recomputed on each change of the text. While the text is the chosen model's name, the list
 * shows the most widely served models, so opening it is never a dead end with one entry.
 */
export function ModelCombobox({ label, entries, selected, onSelect }: ModelComboboxProps) {
  const [query, setQuery] = useState('');
  const items = useMemo(() => searchModels(entries, query, MAX_OPTIONS), [entries, query]);

  const {
    isOpen,
    inputValue,
    getLabelProps,
    getInputProps,
    getMenuProps,
    getItemProps,
    getToggleButtonProps,
    highlightedIndex,
  } = useCombobox<ModelSummary>({
    items,
    selectedItem: selected ?? null,
    itemToString: (item) => item?.name ?? '',
    itemToKey: (item) => item?.id,
    stateReducer,
    onInputValueChange: ({ inputValue: text }) => setQuery(selected && text === selected.name ? '' : text),
    onSelectedItemChange: ({ selectedItem }) => {
      if (selectedItem) onSelect(selectedItem);
    },
  });

  return (
    <div className="combobox">
      <label {...getLabelProps()}>{label}</label>
      <div className="combobox-control">
        <input {...getInputProps()} placeholder="Search models by name, creator or id" spellCheck={false} />
        <button type="button" {...getToggleButtonProps()} aria-label={`Show models for ${label}`} tabIndex={-1}>
          <span aria-hidden="true">▾</span>
        </button>
      </div>
      <ul {...getMenuProps()} className={isOpen ? 'combobox-menu open' : 'combobox-menu'}>
        {isOpen && items.length === 0 ? <li className="combobox-empty">No model matches “{inputValue}”.</li> : null}
        {isOpen &&
          items.map((item, index) => (
            <li
              key={item.id}
              {...getItemProps({ item, index })}
              className={highlightedIndex === index ? 'combobox-option highlighted' : 'combobox-option'}
            >
              <span className="option-name">{item.name}</span>
              <span className="option-detail">{formatModelOptionDetail(item)}</span>
            </li>
          ))}
      </ul>
    </div>
  );
}
