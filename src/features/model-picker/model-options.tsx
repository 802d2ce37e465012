import { memo } from 'react';
import type { UseComboboxPropGetters } from 'downshift';
import type { ModelSummary } from '../../domain/types';
import { formatModelOptionDetail } from './option-detail';

interface ModelOptionsProps {
  items: readonly ModelSummary[];
  highlightedIndex: number;
  getItemProps: UseComboboxPropGetters<ModelSummary>['getItemProps'];
}

/**
 * The open list's options. Memoized: a keystroke re-renders the combobox (downshift keeps the
 * text in its state) while the list stays the same until the search catches up a frame later,
 * and downshift's getItemProps keeps its identity until the items or the highlight change, so
 * fifty options are not drawn again for every letter.
 */
export const ModelOptions = memo(function ModelOptions({ items, highlightedIndex, getItemProps }: ModelOptionsProps) {
  return items.map((item, index) => (
    <li
      key={item.id}
      {...getItemProps({ item, index })}
      className={highlightedIndex === index ? 'combobox-option highlighted' : 'combobox-option'}
    >
      <span className="option-name">{item.name}</span>
      <span className="option-detail">{formatModelOptionDetail(item)}</span>
    </li>
  ));
});
