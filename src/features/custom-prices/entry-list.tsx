import type { CustomEntries, CustomRoute } from '../../domain/custom/entry';
import { formatTokens } from '../../domain/format/format';

interface EntryListProps {
  custom: CustomEntries;
  modelName: (id: string) => string;
  onEditRoute: (id: string) => void;
  onRemoveRoute: (id: string) => void;
  onEditModel: (id: string) => void;
  onRemoveModel: (id: string) => void;
}

const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

function pricesText(route: CustomRoute): string {
  const { input, output, cacheRead } = route.prices;
  const parts = [`${number.format(input ?? 0)} in`, `${number.format(output ?? 0)} out`];
  if (cacheRead !== undefined) parts.push(`${number.format(cacheRead)} cache read`);
  return `${parts.join(' / ')} ${route.currency} per 1M`;
}

/** The user's entries, each with Edit and Remove named after it so the buttons stand alone. */
export function EntryList({
  custom,
  modelName,
  onEditRoute,
  onRemoveRoute,
  onEditModel,
  onRemoveModel,
}: EntryListProps) {
  if (custom.routes.length === 0 && custom.models.length === 0)
    return <p className="field-hint">No prices or models of your own yet.</p>;
  return (
    <div className="custom-prices-list">
      {custom.models.length > 0 ? (
        <>
          <h3>Your models</h3>
          <ul>
            {custom.models.map((model) => (
              <li key={model.id}>
                <span>
                  <strong>{model.name}</strong> <span className="badge badge-custom">custom</span>
                  {model.contextWindow ? (
                    <span className="muted"> {formatTokens(model.contextWindow)} context</span>
                  ) : null}
                </span>
                <span className="custom-prices-item-actions">
                  <button
                    type="button"
                    className="button-quiet"
                    aria-label={`Edit custom model ${model.name}`}
                    data-entry-id={model.id}
                    onClick={() => onEditModel(model.id)}
                  >
                    Edit
                  </button>
                  <button
                    type="button"
                    className="button-quiet"
                    aria-label={`Remove custom model ${model.name}`}
                    onClick={() => onRemoveModel(model.id)}
                  >
                    Remove
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {custom.routes.length > 0 ? (
        <>
          <h3>Your saved prices</h3>
          <ul>
            {custom.routes.map((route) => {
              const what = `${route.providerName} for ${modelName(route.modelId)}`;
              return (
                <li key={route.id}>
                  <span>
                    <strong>{what}</strong> <span className="badge badge-custom">custom</span>
                    <span className="muted"> {pricesText(route)}</span>
                    {route.note ? <span className="custom-prices-note">{route.note}</span> : null}
                  </span>
                  <span className="custom-prices-item-actions">
                    <button
                      type="button"
                      className="button-quiet"
                      aria-label={`Edit price: ${what}`}
                      data-entry-id={route.id}
                      onClick={() => onEditRoute(route.id)}
                    >
                      Edit
                    </button>
                    <button
                      type="button"
                      className="button-quiet"
                      aria-label={`Remove price: ${what}`}
                      onClick={() => onRemoveRoute(route.id)}
                    >
                      Remove
                    </button>
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </div>
  );
}
