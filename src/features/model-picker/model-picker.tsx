import { useMemo } from 'react';
import { MAX_MODELS, MIN_MODELS } from '../../domain/comparison';
import { prepareSearch } from '../../domain/model-search';
import type { ModelSummary } from '../../domain/types';
import { useComparisonStore } from '../../state/comparison-store';
import { ModelCombobox } from './model-combobox';

/** Two to eight model slots, each a searchable combobox named "Model N". */
export function ModelPicker({ models }: { models: readonly ModelSummary[] }) {
  const modelIds = useComparisonStore((s) => s.modelIds);
  const setModel = useComparisonStore((s) => s.setModel);
  const addModel = useComparisonStore((s) => s.addModel);
  const removeModel = useComparisonStore((s) => s.removeModel);
  const entries = useMemo(() => prepareSearch(models), [models]);
  const byId = useMemo(() => new Map(models.map((m) => [m.id, m])), [models]);

  const nextSuggestion = () => entries.map((e) => e.model).find((m) => !modelIds.includes(m.id));

  return (
    <section aria-labelledby="picker-heading" className="panel picker">
      <h2 id="picker-heading">Models</h2>
      <ol className="picker-slots">
        {modelIds.map((id, slot) => {
          const selected = byId.get(id);
          return (
            <li key={`${slot}-${id}`} className="picker-slot">
              <ModelCombobox
                label={`Model ${slot + 1}`}
                entries={entries}
                selected={selected}
                onSelect={(model) => setModel(slot, model.id)}
              />
              {!selected ? <p className="field-error">“{id}” is not in the catalog; choose another model.</p> : null}
              {modelIds.length > MIN_MODELS ? (
                <button type="button" className="button-quiet" onClick={() => removeModel(slot)}>
                  Remove {selected?.name ?? id}
                </button>
              ) : null}
            </li>
          );
        })}
      </ol>
      {modelIds.length < MAX_MODELS ? (
        <button
          type="button"
          onClick={() => {
            const suggestion = nextSuggestion();
            if (suggestion) addModel(suggestion.id);
          }}
        >
          Add model
        </button>
      ) : (
        <p className="field-hint">Up to {MAX_MODELS} models can be compared at once.</p>
      )}
    </section>
  );
}
