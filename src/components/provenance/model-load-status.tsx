import type { ModelDetails } from '../../catalog/hooks';

/**
 * Loading and failure state of the compared models' detail files, shared by the comparison
 * panels so each says the same thing and offers the same retry. Not an alert: one failure would
 * otherwise be announced once per panel; the page announces it once.
 */
export function ModelLoadStatus({ details }: { details: ModelDetails }) {
  return (
    <>
      {details.pendingIds.length > 0 ? (
        <p className="muted" role="status">
          Loading {details.pendingIds.length === 1 ? 'one model' : `${details.pendingIds.length} models`}…
        </p>
      ) : null}
      {details.errors.length > 0 ? (
        <div className="notice notice-error">
          {details.errors.map((e) => (
            <p key={e.id}>{e.message}</p>
          ))}
          <button type="button" onClick={details.retryFailed}>
            Retry
          </button>
        </div>
      ) : null}
    </>
  );
}
