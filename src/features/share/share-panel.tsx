import './share.css';
import { useEffect, useRef, useState } from 'react';
import { encodeLink } from '../../domain/link/codec';
import { comparisonSnapshot, useComparisonStore } from '../../state/comparison-store';

/** How long the confirmation stays: long enough to read, short enough not to linger. */
export const CONFIRMATION_MS = 4000;

type Outcome = { kind: 'copied'; url: string } | { kind: 'manual'; url: string } | null;

async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * "Copy link": the address bar always holds the comparison (see state/url-sync), so the link is
 * simply the current address. Without clipboard access (an insecure origin, a refused
 * permission) the link is shown selected in a read-only field to copy by hand.
 */
export function SharePanel() {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const fieldRef = useRef<HTMLInputElement>(null);
  const customTooLong = useComparisonStore(
    (s) => s.custom.routes.length + s.custom.models.length > 0 && encodeLink(comparisonSnapshot(s)).customOmitted,
  );

  useEffect(() => {
    if (outcome?.kind === 'manual') {
      fieldRef.current?.focus();
      fieldRef.current?.select();
    }
    if (outcome?.kind !== 'copied') return;
    const timer = setTimeout(() => setOutcome(null), CONFIRMATION_MS);
    return () => clearTimeout(timer);
  }, [outcome]);

  const onCopy = async () => {
    const url = window.location.href;
    setOutcome({ kind: (await copyText(url)) ? 'copied' : 'manual', url });
  };

  return (
    <section aria-label="Share" className="share">
      <button type="button" onClick={() => void onCopy()}>
        Copy link
      </button>
      <span role="status" className="share-status">
        {outcome?.kind === 'copied' ? 'Link copied' : null}
      </span>
      {outcome?.kind === 'manual' ? (
        <div className="field">
          <label htmlFor="share-link">Copying is not available here; copy the link from this field</label>
          <input
            id="share-link"
            ref={fieldRef}
            readOnly
            value={outcome.url}
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
      ) : null}
      {customTooLong ? (
        <p className="field-hint">Link too long to carry your custom prices; export them as JSON instead.</p>
      ) : null}
    </section>
  );
}
