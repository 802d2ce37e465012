import { useId, useState, type FormEvent } from 'react';
import type { CustomRoute } from '../../domain/custom/entry';
import {
  EMPTY_ROUTE_DRAFT,
  parseRouteDraft,
  routeToDraft,
  type DraftErrors,
  type RouteDraft,
} from '../../domain/custom/draft';
import { focusFirstError, ROUTE_FIELD_ORDER, RoutePriceFields } from './route-price-fields';
import { SelectField } from './text-field';

interface RouteFormProps {
  /** The route being edited; a new one is added when absent. */
  editing?: CustomRoute;
  models: readonly { id: string; name: string }[];
  currencies: readonly string[];
  /** Id and date for the saved route. */
  newIds: () => { id: string; added: string };
  onSave: (route: CustomRoute) => void;
  onCancel?: () => void;
}

/** Adds or edits one of the user's own prices for a model. What was typed stays on any error. */
export function RouteForm({ editing, models, currencies, newIds, onSave, onCancel }: RouteFormProps) {
  const idPrefix = useId();
  const [typed, setDraft] = useState<RouteDraft>(() => (editing ? routeToDraft(editing) : EMPTY_ROUTE_DRAFT));
  // Until the user chooses, the first compared model is chosen: the list may still be loading at first render.
  const draft = typed.modelId ? typed : { ...typed, modelId: models[0]?.id ?? '' };
  const [errors, setErrors] = useState<DraftErrors<RouteDraft>>({});
  const options = models.map((m) => ({ value: m.id, label: m.name }));
  if (draft.modelId && !models.some((m) => m.id === draft.modelId))
    options.push({ value: draft.modelId, label: draft.modelId });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const ids = editing ? { id: editing.id, added: newIds().added } : newIds();
    const result = parseRouteDraft(draft, ids, currencies);
    if (!result.ok) {
      setErrors(result.errors);
      focusFirstError(idPrefix, result.errors, ROUTE_FIELD_ORDER);
      return;
    }
    setErrors({});
    onSave(result.data);
    // The next price is often for the same model and currency, so those stay chosen.
    if (!editing) setDraft({ ...EMPTY_ROUTE_DRAFT, modelId: draft.modelId, currency: draft.currency });
  };

  return (
    <form className="custom-prices-form" onSubmit={submit} noValidate aria-labelledby={`${idPrefix}-title`}>
      <h3 id={`${idPrefix}-title`}>
        {editing ? `Edit your price from ${editing.providerName}` : 'Add your price for a model'}
      </h3>
      <SelectField
        id={`${idPrefix}-modelId`}
        label="Model"
        value={draft.modelId}
        onChange={(modelId) => setDraft({ ...draft, modelId })}
        options={options}
        error={errors.modelId}
        placeholder={options.length === 0 ? 'No model to choose' : undefined}
        // An edit opens in the form above the list: the focus goes there with it.
        autoFocus={editing !== undefined}
      />
      <RoutePriceFields
        idPrefix={idPrefix}
        draft={draft}
        errors={errors}
        onChange={(patch) => setDraft({ ...draft, ...patch })}
        currencies={currencies}
      />
      <div className="custom-prices-actions">
        <button type="submit">{editing ? 'Save price' : 'Add price'}</button>
        {onCancel ? (
          <button type="button" className="button-quiet" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
