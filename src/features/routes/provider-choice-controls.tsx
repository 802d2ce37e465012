import { useId } from 'react';
import { REGION_AREAS, isRegionArea } from '../../domain/cost/provider-choice';
import { useProviderChoice } from '../../state/views/routes-view';

function ChosenProviders({
  title,
  ids,
  action,
  onUndo,
  providerName,
}: {
  title: string;
  ids: readonly string[];
  action: string;
  onUndo: (id: string) => void;
  providerName: (id: string) => string;
}) {
  if (ids.length === 0) return null;
  return (
    <div className="chosen-providers">
      <span className="strong">{title}:</span>
      <ul>
        {ids.map((id) => (
          <li key={id}>
            {providerName(id)}{' '}
            <button
              type="button"
              className="button-quiet button-small"
              aria-label={`${action} ${providerName(id)}`}
              onClick={() => onUndo(id)}
            >
              {action}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Which routes may set each model's monthly cost: the lab's own only, a region, and the providers
 * excluded or pinned from the rows below, each with its undo. Every figure on the page follows.
 */
export function ProviderChoiceControls({ providerName }: { providerName: (id: string) => string }) {
  const id = useId();
  const { choice, active, setExcluded, setPinned, setFirstPartyOnly, setRegion, reset } = useProviderChoice();
  return (
    <fieldset className="provider-choice">
      <legend>Provider choice</legend>
      <p className="field-hint" id={`${id}-hint`}>
        Which routes may set each model’s monthly cost, on this page, in its charts and exports. Exclude or pin a
        provider from its row below.
      </p>
      <div className="provider-choice-fields">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={choice.firstPartyOnly}
            onChange={(e) => setFirstPartyOnly(e.target.checked)}
          />
          First-party routes only (the model’s own lab)
        </label>
        <div className="field">
          <label htmlFor={`${id}-region`}>Region</label>
          <select
            id={`${id}-region`}
            aria-describedby={`${id}-region-hint`}
            value={choice.region ?? ''}
            onChange={(e) => setRegion(isRegionArea(e.target.value) ? e.target.value : undefined)}
          >
            <option value="">Any region</option>
            {Object.entries(REGION_AREAS).map(([area, name]) => (
              <option key={area} value={area}>
                {name}
              </option>
            ))}
          </select>
          <span className="field-hint" id={`${id}-region-hint`}>
            Most routes state no region; with a region set, they do not count.
          </span>
        </div>
      </div>
      <ChosenProviders
        title="Excluded"
        ids={choice.excluded}
        action="Include again"
        onUndo={(p) => setExcluded(p, false)}
        providerName={providerName}
      />
      <ChosenProviders
        title="Pinned"
        ids={choice.pinned}
        action="Unpin"
        onUndo={(p) => setPinned(p, false)}
        providerName={providerName}
      />
      {active ? (
        <button type="button" className="button-quiet" onClick={reset}>
          Reset provider choice
        </button>
      ) : null}
    </fieldset>
  );
}
