import { useId, useState, type FormEvent } from 'react';
import type { CustomModel, CustomRoute } from '../../domain/custom/entry';
import {
  EMPTY_MODEL_DRAFT,
  EMPTY_ROUTE_DRAFT,
  modelToDraft,
  parseModelDraft,
  parseRouteDraft,
  type DraftErrors,
  type ModelDraft,
  type RouteDraft,
} from '../../domain/custom/draft';
import { focusFirstError, ROUTE_FIELD_ORDER, RoutePriceFields } from './route-price-fields';
import { TextField } from './text-field';

interface ModelFormProps {
  /** The model being renamed; a new model with its first route is added when absent. */
  editing?: CustomModel;
  currencies: readonly string[];
  newModelId: (name: string) => string;
  newRouteIds: () => { id: string; added: string };
  onSave: (model: CustomModel, firstRoute?: CustomRoute) => void;
  onCancel?: () => void;
}

const MODEL_FIELD_ORDER = ['name', 'contextWindow'] as const;

/** Adds a model the catalog lacks, with the price the user pays for it, or renames one. */
export function ModelForm({ editing, currencies, newModelId, newRouteIds, onSave, onCancel }: ModelFormProps) {
  const idPrefix = useId();
  const [model, setModel] = useState<ModelDraft>(() => (editing ? modelToDraft(editing) : EMPTY_MODEL_DRAFT));
  const [route, setRoute] = useState<RouteDraft>(EMPTY_ROUTE_DRAFT);
  const [modelErrors, setModelErrors] = useState<DraftErrors<ModelDraft>>({});
  const [routeErrors, setRouteErrors] = useState<DraftErrors<RouteDraft>>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const id = editing?.id ?? newModelId(model.name);
    const parsedModel = parseModelDraft(model, id);
    // The model id is not known to the route check yet; any non-empty one passes it.
    const parsedRoute = editing
      ? undefined
      : parseRouteDraft({ ...route, modelId: id || 'new' }, newRouteIds(), currencies);
    setModelErrors(parsedModel.ok ? {} : parsedModel.errors);
    setRouteErrors(parsedRoute && !parsedRoute.ok ? parsedRoute.errors : {});
    if (!parsedModel.ok) return focusFirstError(idPrefix, parsedModel.errors, MODEL_FIELD_ORDER);
    if (parsedRoute && !parsedRoute.ok) return focusFirstError(idPrefix, parsedRoute.errors, ROUTE_FIELD_ORDER);
    onSave(parsedModel.data, parsedRoute?.data);
    if (!editing) {
      setModel(EMPTY_MODEL_DRAFT);
      setRoute({ ...EMPTY_ROUTE_DRAFT, currency: route.currency });
    }
  };

  return (
    <form className="custom-prices-form" onSubmit={submit} noValidate aria-labelledby={`${idPrefix}-title`}>
      <h3 id={`${idPrefix}-title`}>{editing ? `Edit ${editing.name}` : 'Add a model the catalog lacks'}</h3>
      <div className="custom-prices-row">
        <TextField
          id={`${idPrefix}-name`}
          label="Model name"
          value={model.name}
          onChange={(name) => setModel({ ...model, name })}
          error={modelErrors.name}
          autoFocus={editing !== undefined}
        />
        <TextField
          id={`${idPrefix}-contextWindow`}
          label="Context window (optional)"
          inputMode="numeric"
          value={model.contextWindow}
          onChange={(contextWindow) => setModel({ ...model, contextWindow })}
          error={modelErrors.contextWindow}
          hint="Tokens, e.g. 128000 or 128k."
        />
      </div>
      {editing ? null : (
        <fieldset className="custom-prices-fieldset">
          <legend>Its first route</legend>
          <RoutePriceFields
            idPrefix={idPrefix}
            draft={route}
            errors={routeErrors}
            onChange={(patch) => setRoute({ ...route, ...patch })}
            currencies={currencies}
          />
        </fieldset>
      )}
      <div className="custom-prices-actions">
        <button type="submit">{editing ? 'Save model' : 'Add custom model'}</button>
        {onCancel ? (
          <button type="button" className="button-quiet" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
