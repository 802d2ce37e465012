import { useEffect, useMemo, useRef, useState } from 'react';
import { MAX_MODELS, MIN_MODELS } from '../../domain/comparison';
import { matchesFilters, NO_FILTERS, type ModelFilters } from '../../domain/search/model-filters';
import { prepareSearch, searchModels } from '../../domain/search/model-search';
import type { ModelSummary } from '../../domain/types';
import { useComparisonStore } from '../../state/comparison-store';
import { useModelSummaries } from '../../state/model-summaries';
import { ModelCombobox } from './model-combobox';
import { PickerFilters } from './picker-filters';
import { useWarmSearch } from './use-warm-search';

/** Two to eight model slots, each a searchable combobox named "Model N". */
export function ModelPicker({ models: catalogModels }: { models: readonly ModelSummary[] }) {
  const models = useModelSummaries(catalogModels);
  const modelIds = useComparisonStore((s) => s.modelIds);
  const setModel = useComparisonStore((s) => s.setModel);
  const addModel = useComparisonStore((s) => s.addModel);
  const removeModel = useComparisonStore((s) => s.removeModel);
  const [filters, setFilters] = useState<ModelFilters>(NO_FILTERS);
  const allEntries = useMemo(() => prepareSearch(models), [models]);
  useWarmSearch(allEntries);
  const entries = useMemo(
    () => (filters === NO_FILTERS ? allEntries : allEntries.filter((e) => matchesFilters(e.model, filters))),
    [allEntries, filters],
  );
  const byId = useMemo(() => new Map(models.map((m) => [m.id, m])), [models]);
  const slots = useRef<HTMLOListElement>(null);
  // A removed slot takes its Remove button along; the field now in its place (or the last) gets the focus.
  const focusSlot = useRef<number | null>(null);
  useEffect(() => {
    if (focusSlot.current === null) return;
    const fields = slots.current?.querySelectorAll<HTMLInputElement>('input[role="combobox"]') ?? [];
    fields[Math.min(focusSlot.current, fields.length - 1)]?.focus();
    focusSlot.current = null;
  }, [modelIds]);

  /** "Add model" brings in the most widely served model not yet compared that passes the filters. */
  const nextSuggestion = () => searchModels(entries, '', MAX_MODELS + 1).find((m) => !modelIds.includes(m.id));

  return (
    <section aria-labelledby="picker-heading" className="panel picker">
      <h2 id="picker-heading">Models</h2>
      <PickerFilters models={models} filters={filters} onChange={setFilters} matching={entries.length} />
      <ol ref={slots} className="picker-slots">
        {modelIds.map((id, slot) => {
          const selected = byId.get(id);
          // Keyed by slot, not model: choosing a model keeps its field (and the keyboard focus) in place.
          return (
            <li key={slot} className="picker-slot">
              <ModelCombobox
                label={`Model ${slot + 1}`}
                entries={entries}
                selected={selected}
                onSelect={(model) => setModel(slot, model.id)}
              />
              {!selected ? <p className="field-error">“{id}” is not in the catalog; choose another model.</p> : null}
              {modelIds.length > MIN_MODELS ? (
                <button
                  type="button"
                  className="button-quiet"
                  onClick={() => {
                    focusSlot.current = slot;
                    removeModel(slot);
                  }}
                >
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
