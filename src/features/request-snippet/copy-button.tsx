import { useEffect, useState } from 'react';

type CopyState = 'copied' | 'failed';

/** Copies text to the clipboard and says so in a live region, so the confirmation is announced too. */
export function CopyButton({ text }: { text: string }) {
  // Remembers which text the result is for: a new snippet shows no stale confirmation.
  const [result, setResult] = useState<{ state: CopyState; text: string }>();
  const state = result?.text === text ? result.state : undefined;

  useEffect(() => {
    if (!result) return;
    const timer = setTimeout(() => setResult(undefined), 4000);
    return () => clearTimeout(timer);
  }, [result]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setResult({ state: 'copied', text });
    } catch {
      setResult({ state: 'failed', text });
    }
  };

  return (
    <div className="copy">
      <button type="button" onClick={() => void copy()}>
        Copy
      </button>
      <span role="status" className={state === 'failed' ? 'copy-status copy-failed' : 'copy-status'}>
        {state === 'copied'
          ? '✓ Copied to the clipboard'
          : state === 'failed'
            ? 'Copy failed: select the code and copy it by hand'
            : ''}
      </span>
    </div>
  );
}
