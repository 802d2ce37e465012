import type { UrlNotice as Notice } from '../state/url-sync';

const LEAD: Record<Notice['source'], string> = {
  link: 'Parts of this link could not be used:',
  saved: 'Parts of your last comparison could not be restored:',
};

/** What a link or the saved comparison held that the app dropped or corrected, until dismissed. */
export function UrlNotice({ notice, onDismiss }: { notice: Notice | null; onDismiss: () => void }) {
  if (!notice || notice.messages.length === 0) return null;
  return (
    <div role="status" aria-label="Link notice" className="notice url-notice">
      <p>{LEAD[notice.source]}</p>
      <ul>
        {notice.messages.map((message, i) => (
          <li key={i}>{message}</li>
        ))}
      </ul>
      <button type="button" className="button-quiet" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
