import { useCombobox } from 'downshift';
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

/**
 * A searchable model dropdown (WAI-ARIA combobox via downshift). While the text equals the
 * chosen model's name the list shows the most widely served models, so opening the list is
 * never a dead end with one entry.
 */
export function ModelCombobox({ label, entries, selected, onSelect }: ModelComboboxProps) {
  const [inputValue, setInputValue] = useState(selected?.name ?? '');
  const query = selected && inputValue === selected.name ? '' : inputValue;
  const items = useMemo(() => searchModels(entries, query, 50), [entries, query]);

  const { isOpen, getLabelProps, getInputProps, getMenuProps, getItemProps, getToggleButtonProps, highlightedIndex } =
    useCombobox<ModelSummary>({
      items,
      inputValue,
      selectedItem: selected ?? null,
      itemToString: (item) => item?.name ?? '',
      itemToKey: (item) => item?.id,
      onInputValueChange: ({ inputValue: next }) => setInputValue(next),
      onSelectedItemChange: ({ selectedItem }) => {
        if (selectedItem) onSelect(selectedItem);
      },
    });

  return (
    <div className="combobox">
      <label {...getLabelProps()}>{label}</label>
      <div className="combobox-control">
        <input
          {...getInputProps({
            // Leaving the field without a choice puts the chosen model's name back, so it never lies.
            onBlur: () => selected && setInputValue(selected.name),
            onKeyDown: (event) => {
              if (event.key === 'Escape' && selected) setInputValue(selected.name);
            },
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
