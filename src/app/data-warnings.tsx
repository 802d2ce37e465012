import type { DataWarning } from '../catalog/parse';

/** Entries of the catalog that failed validation were skipped; say so rather than hide it. */
export function DataWarnings({ warnings }: { warnings: readonly DataWarning[] }) {
  if (warnings.length === 0) return null;
  // The live region wraps the disclosure: a <details> may not take the status role itself.
  return (
    <div role="status">
      <details className="notice notice-warning">
        <summary>
          {warnings.length === 1
            ? '1 catalog entry was skipped because its data was invalid.'
            : `${warnings.length} catalog entries were skipped because their data was invalid.`}
        </summary>
        <ul>
          {warnings.slice(0, 50).map((w, i) => (
            <li key={i}>
              <code>{w.where}</code>: {w.message}
            </li>
          ))}
        </ul>
        {warnings.length > 50 ? <p>…and {warnings.length - 50} more.</p> : null}
      </details>
    </div>
  );
}
