import { useEffect, useMemo, useRef, useState } from 'react';
import { MAX_MODELS, MIN_MODELS } from '../../domain/comparison';
import { matchesFilters, NO_FILTERS, type ModelFilters } from '../../domain/search/model-filters';
import { prepareSearch } from '../../domain/search/model-search';
import type { ModelSummary } from '../../domain/types';
import { useComparisonStore } from '../../state/comparison-store';
import { useModelSummaries } from '../../state/model-summaries';
import { focusLeft } from './focus-left';
import { ModelCombobox } from './model-combobox';
import { PickerFilters } from './picker-filters';
import { useWarmSearch } from './use-warm-search';

/**
 * Two to eight model slots, each a searchable combobox named "Model N". "Add model" opens an empty
 * slot for the person to fill; it joins the comparison (and the address) only once a model is
 * chosen in it, and goes away on Escape or when left empty.
 */
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
  // The empty slot lists only the models not yet compared: choosing one already there would add nothing.
  const [adding, setAdding] = useState(false);
  const newEntries = useMemo(
    () => (adding ? entries.filter((e) => !modelIds.includes(e.model.id)) : entries),
    [adding, entries, modelIds],
  );
  const slots = useRef<HTMLOListElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  // A removed slot takes its Remove button along; the field now in its place (or the last) gets the
  // focus. An added slot gets it too; an empty one closed with Escape gives it back to "Add model".
  const focusSlot = useRef<number | 'add' | null>(null);
  useEffect(() => {
    const target = focusSlot.current;
    if (target === null) return;
    focusSlot.current = null;
    if (target === 'add') return addButton.current?.focus();
    const fields = slots.current?.querySelectorAll<HTMLInputElement>('input[role="combobox"]') ?? [];
    fields[Math.min(target, fields.length - 1)]?.focus();
  }, [modelIds, adding]);
  const comparison = modelIds.join(' ');
  // Keyed by slot, not model: choosing a model keeps its field (and the keyboard focus) in place,
  // the empty slot's too, as it becomes the last model's.
  const slotIds: readonly (string | null)[] = adding ? [...modelIds, null] : modelIds;

  const emptySlot = (slot: number) => (
    <li
      key={slot}
      className="picker-slot"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        focusSlot.current = 'add';
        setAdding(false);
      }}
      onBlur={(event) => {
        if (focusLeft(event, event.currentTarget)) setAdding(false);
      }}
    >
      <ModelCombobox
        label={`Model ${slot + 1}`}
        entries={newEntries}
        selected={undefined}
        onSelect={(model) => {
          addModel(model.id);
          setAdding(false);
        }}
        comparison={comparison}
      />
    </li>
  );

  return (
    <section aria-labelledby="picker-heading" className="panel picker">
      <h2 id="picker-heading">Models</h2>
      <PickerFilters models={models} filters={filters} onChange={setFilters} matching={entries.length} />
      <ol ref={slots} className="picker-slots">
        {slotIds.map((id, slot) => {
          if (id === null) return emptySlot(slot);
          const selected = byId.get(id);
          return (
            <li key={slot} className="picker-slot">
              <ModelCombobox
                label={`Model ${slot + 1}`}
                entries={entries}
                selected={selected}
                onSelect={(model) => setModel(slot, model.id)}
                comparison={comparison}
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
      {slotIds.length < MAX_MODELS ? (
        <button
          ref={addButton}
          type="button"
          onClick={() => {
            focusSlot.current = modelIds.length;
            setAdding(true);
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
