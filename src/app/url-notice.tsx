import type { CustomEntries } from '../domain/custom/entry';
import type { UrlNotice as Notice } from '../state/url-sync';

const LEAD: Record<Notice['source'], string> = {
  link: 'Parts of this link could not be used:',
  saved: 'Parts of your last comparison could not be restored:',
};

const count = (n: number, one: string, many: string) => (n === 0 ? [] : [`${n} ${n === 1 ? one : many}`]);
const ownEntries = (entries: CustomEntries) =>
  [...count(entries.routes.length, 'price', 'prices'), ...count(entries.models.length, 'model', 'models')].join(', ');

/**
 * What a link or the saved comparison held that the app dropped or corrected, and the user's
 * own prices an opened link replaced, until dismissed.
 */
export function UrlNotice({
  notice,
  onDismiss,
  onAddSetAside,
}: {
  notice: Notice | null;
  onDismiss: () => void;
  onAddSetAside: () => void;
}) {
  if (!notice || (notice.messages.length === 0 && !notice.setAside)) return null;
  const { setAside } = notice;
  return (
    <div role="status" aria-label="Link notice" className="notice url-notice">
      {notice.messages.length > 0 ? (
        <>
          <p>{LEAD[notice.source]}</p>
          <ul>
            {notice.messages.map((message, i) => (
              <li key={i}>{message}</li>
            ))}
          </ul>
        </>
      ) : null}
      {setAside ? (
        <p>
          This link does not include your own prices and models ({ownEntries(setAside)}).{' '}
          <button type="button" onClick={onAddSetAside}>
            Add my prices to this comparison
          </button>
        </p>
      ) : null}
      <button
        type="button"
        className="button-quiet"
        onClick={() => {
          onDismiss();
          // The notice goes away with its button; Tab then goes on from the top of the comparison.
          document.getElementById('main')?.focus();
        }}
      >
        Dismiss
      </button>
    </div>
  );
}
