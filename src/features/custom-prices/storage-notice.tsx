import { encodeLink } from '../../domain/link/codec';
import { comparisonSnapshot, useComparisonStore, type ComparisonStore } from '../../state/comparison-store';
import { useStorageRefused } from '../../state/storage-status';

const hasEntries = (s: ComparisonStore) => s.custom.routes.length + s.custom.models.length > 0;

/**
 * Says when the browser refuses to save: the user's prices still count, but only for this visit.
 * The live region is in the page from the start, so the notice is announced when it appears.
 */
export function StorageNotice() {
  const refused = useStorageRefused();
  // Encoding the link costs a little; it is done only while there is something to say.
  const notice = useComparisonStore((s) =>
    !refused || !hasEntries(s) ? null : encodeLink(comparisonSnapshot(s)).customOmitted ? 'file' : 'file-or-link',
  );
  return (
    <div role="status" className="custom-prices-storage">
      {notice ? (
        <p className="notice notice-warning">
          This browser is not letting Versus save, so your prices are kept for this visit only: they will not be here
          when you open Versus again.{' '}
          {notice === 'file-or-link'
            ? 'To keep them, export them to a file with Export JSON, or copy the link to this comparison, which carries them.'
            : 'To keep them, export them to a file with Export JSON; they are too many for a link to carry.'}
        </p>
      ) : null}
    </div>
  );
}
