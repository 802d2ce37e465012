import { useId, useMemo, useRef } from 'react';
import { activeFilterCount, creatorsOf, NO_FILTERS, type ModelFilters } from '../../domain/search/model-filters';
import { CAPABILITY_IDS, type ModelSummary } from '../../domain/types';
import { CAPABILITY_LABELS } from '../../domain/views/capabilities';

const CONTEXT_OPTIONS = [
  { value: 32_000, label: '32k tokens or more' },
  { value: 128_000, label: '128k tokens or more' },
  { value: 200_000, label: '200k tokens or more' },
  { value: 1_000_000, label: '1M tokens or more' },
];

interface PickerFiltersProps {
  models: readonly ModelSummary[];
  filters: ModelFilters;
  onChange: (filters: ModelFilters) => void;
  /** How many models pass the filters. */
  matching: number;
}

/** Narrows what the model pickers offer. Already chosen models stay chosen. */
export function PickerFilters({ models, filters, onChange, matching }: PickerFiltersProps) {
  const id = useId();
  const summary = useRef<HTMLElement>(null);
  const creators = useMemo(() => creatorsOf(models), [models]);
  const active = activeFilterCount(filters);
  const set = (patch: Partial<ModelFilters>) => onChange({ ...filters, ...patch });

  return (
    <details className="picker-filters">
      <summary ref={summary}>
        Filters{active > 0 ? ` (${active} active: ${matching.toLocaleString('en-US')} models match)` : ''}
      </summary>
      <div className="picker-filters-body">
        <fieldset>
          <legend>Capabilities</legend>
          {CAPABILITY_IDS.map((cap) => (
            <label key={cap} className="checkbox">
              <input
                type="checkbox"
                checked={filters.capabilities.includes(cap)}
                onChange={(e) =>
                  set({
                    capabilities: e.target.checked
                      ? [...filters.capabilities, cap]
                      : filters.capabilities.filter((c) => c !== cap),
                  })
                }
              />
              {CAPABILITY_LABELS[cap]}
            </label>
          ))}
        </fieldset>
        <div className="picker-filters-fields">
          <label className="checkbox">
            <input
              type="checkbox"
              checked={filters.openWeightsOnly}
              onChange={(e) => set({ openWeightsOnly: e.target.checked })}
            />
            Open weights only
          </label>
          <div className="field">
            <label htmlFor={`${id}-context`}>Minimum context</label>
            <select
              id={`${id}-context`}
              value={filters.minContext ?? ''}
              onChange={(e) => set({ minContext: e.target.value ? Number(e.target.value) : undefined })}
            >
              <option value="">Any</option>
              {CONTEXT_OPTIONS.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-price`}>Maximum output price (USD per 1M)</label>
            <input
              id={`${id}-price`}
              inputMode="decimal"
              autoComplete="off"
              placeholder="Any"
              defaultValue={filters.maxOutputPrice ?? ''}
              onChange={(e) => {
                const value = Number(e.target.value);
                set({
                  maxOutputPrice:
                    e.target.value.trim() !== '' && Number.isFinite(value) && value >= 0 ? value : undefined,
                });
              }}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-creator`}>Creator</label>
            <select
              id={`${id}-creator`}
              value={filters.creatorId ?? ''}
              onChange={(e) => set({ creatorId: e.target.value || undefined })}
            >
              <option value="">Any</option>
              {creators.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name} ({c.count})
                </option>
              ))}
            </select>
          </div>
          {active > 0 ? (
            <button
              type="button"
              className="button-quiet"
              onClick={() => {
                onChange(NO_FILTERS);
                // The button goes away with the last filter; keep the focus in the filters.
                summary.current?.focus();
              }}
            >
              Clear filters
            </button>
          ) : null}
        </div>
      </div>
    </details>
  );
}
