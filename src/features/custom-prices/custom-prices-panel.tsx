import { useEffect, useMemo, useRef, useState } from 'react';
import { MAX_MODELS, MIN_MODELS } from '../../domain/comparison';
import type { CustomModel, CustomRoute } from '../../domain/custom/entry';
import {
  newCustomModelId,
  newCustomRouteId,
  removeCustomModel,
  removeRoute,
  upsertModel,
  upsertRoute,
} from '../../domain/custom/entries';
import type { CatalogIndex } from '../../domain/types';
import { useComparedModels } from '../../state/compared-models';
import { useComparisonStore } from '../../state/comparison-store';
import { useModelSummaries } from '../../state/model-summaries';
import { CustomFileActions } from './custom-file-actions';
import { EntryList } from './entry-list';
import { ModelForm } from './model-form';
import { RouteForm } from './route-form';
import { StorageNotice } from './storage-notice';
import './custom-prices.css';

type Editing = { kind: 'route'; id: string } | { kind: 'model'; id: string } | null;

/** The date an entry is saved, as its "checked" date: the user vouches for the price on that day. */
const today = () => new Date().toISOString().slice(0, 10);

/**
 * "Your prices": the user's own routes for compared models and models the catalog lacks.
 * Every change goes through setCustom, the one write path of custom entries.
 */
export function CustomPricesPanel({ index }: { index: CatalogIndex }) {
  const custom = useComparisonStore((s) => s.custom);
  const setCustom = useComparisonStore((s) => s.setCustom);
  const modelIds = useComparisonStore((s) => s.modelIds);
  const addModel = useComparisonStore((s) => s.addModel);
  const removeModel = useComparisonStore((s) => s.removeModel);
  const compared = useComparedModels().models;
  const summaries = useModelSummaries(index.models);
  const [editing, setEditing] = useState<Editing>(null);
  const [status, setStatus] = useState('');
  const section = useRef<HTMLElement>(null);
  /**
   * Saving or cancelling an edit, and removing an entry, take away the focused control. The focus
   * then goes to the entry's Edit button, or, without one, to the first entry or the first field.
   */
  const focusAfter = useRef<{ entry?: string } | null>(null);
  useEffect(() => {
    const target = focusAfter.current;
    if (!target || !section.current) return;
    focusAfter.current = null;
    const buttons = [...section.current.querySelectorAll<HTMLElement>('[data-entry-id]')];
    const next =
      buttons.find((b) => b.dataset.entryId === target.entry) ??
      buttons[0] ??
      section.current.querySelector<HTMLElement>('form select, form input');
    next?.focus();
  }, [custom, editing]);
  const endEditing = () => {
    if (editing) focusAfter.current = { entry: editing.id };
    setEditing(null);
  };

  const names = useMemo(() => new Map(summaries.map((m) => [m.id, m.name])), [summaries]);
  const modelName = (id: string) => names.get(id) ?? id;
  const currencies = useMemo(
    () => [
      'USD',
      ...index.rates
        .map((r) => r.currency)
        .filter((c) => c !== 'USD')
        .sort(),
    ],
    [index.rates],
  );
  const newRouteIds = () => ({ id: newCustomRouteId(custom.routes.map((r) => r.id)), added: today() });
  const editedRoute = editing?.kind === 'route' ? custom.routes.find((r) => r.id === editing.id) : undefined;
  const editedModel = editing?.kind === 'model' ? custom.models.find((m) => m.id === editing.id) : undefined;
  const routeModels = compared.map((m) => ({ id: m.id, name: m.name }));
  // A saved price may be for a model no longer compared; it stays choosable while it is edited.
  if (editedRoute && !routeModels.some((m) => m.id === editedRoute.modelId))
    routeModels.push({ id: editedRoute.modelId, name: modelName(editedRoute.modelId) });

  const saveRoute = (route: CustomRoute) => {
    setCustom(upsertRoute(custom, route));
    endEditing();
    setStatus(`Saved your price from ${route.providerName} for ${modelName(route.modelId)}.`);
  };

  const saveModel = (model: CustomModel, firstRoute?: CustomRoute) => {
    const withModel = upsertModel(custom, model);
    setCustom(firstRoute ? upsertRoute(withModel, firstRoute) : withModel);
    endEditing();
    if (!firstRoute) return setStatus(`Saved ${model.name}.`);
    if (modelIds.length < MAX_MODELS) {
      addModel(model.id);
      setStatus(`Added ${model.name} to the comparison.`);
    } else setStatus(`Added ${model.name}; choose it in a model slot to compare it.`);
  };

  const removeCustom = (id: string) => {
    const slot = modelIds.indexOf(id);
    if (slot >= 0 && modelIds.length > MIN_MODELS) removeModel(slot);
    focusAfter.current = {};
    setCustom(removeCustomModel(custom, id));
    setStatus(`Removed ${modelName(id)} and its prices.`);
  };

  return (
    <section ref={section} aria-labelledby="custom-prices-heading" className="panel custom-prices">
      <h2 id="custom-prices-heading">Your prices</h2>
      <p className="field-hint">
        Add a price you negotiated or a model the catalog lacks. They count in every cost above, marked “custom”, and
        travel with the comparison.
      </p>
      <div className="custom-prices-forms">
        <RouteForm
          key={editedRoute ? `edit-${editedRoute.id}` : 'new-route'}
          editing={editedRoute}
          models={routeModels}
          currencies={currencies}
          newIds={newRouteIds}
          onSave={saveRoute}
          onCancel={editedRoute ? endEditing : undefined}
        />
        <ModelForm
          key={editedModel ? `edit-${editedModel.id}` : 'new-model'}
          editing={editedModel}
          currencies={currencies}
          newModelId={(name) =>
            newCustomModelId(
              name,
              custom.models.map((m) => m.id),
            )
          }
          newRouteIds={newRouteIds}
          onSave={saveModel}
          onCancel={editedModel ? endEditing : undefined}
        />
      </div>
      <p role="status" className="field-hint custom-prices-status">
        {status}
      </p>
      <StorageNotice />
      <EntryList
        custom={custom}
        modelName={modelName}
        onEditRoute={(id) => setEditing({ kind: 'route', id })}
        onRemoveRoute={(id) => {
          focusAfter.current = {};
          setCustom(removeRoute(custom, id));
          setStatus('Removed the price.');
        }}
        onEditModel={(id) => setEditing({ kind: 'model', id })}
        onRemoveModel={removeCustom}
      />
      <CustomFileActions custom={custom} onImport={setCustom} />
    </section>
  );
}
