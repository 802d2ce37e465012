import { useEffect, useSyncExternalStore } from 'react';

type Theme = 'light' | 'dark';
const STORAGE_KEY = 'versus:theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

function systemTheme(): Theme {
  return window.matchMedia?.(DARK_QUERY).matches ? 'dark' : 'light';
}

function storedTheme(): Theme | undefined {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The user's pick for this visit when storage refuses to keep it. */
let picked: Theme | undefined;
const listeners = new Set<() => void>();

function currentTheme(): Theme {
  return picked ?? storedTheme() ?? systemTheme();
}

function pickTheme(theme: Theme): void {
  picked = theme;
  try {
    localStorage.setItem(STORAGE_KEY, theme);
  } catch {
    // Private modes may refuse storage; the choice then lasts for this visit only.
  }
  for (const listener of listeners) listener();
}

/** Follows the system setting too, for as long as the user has not picked. */
function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const media = window.matchMedia?.(DARK_QUERY);
  media?.addEventListener?.('change', listener);
  return () => {
    listeners.delete(listener);
    media?.removeEventListener?.('change', listener);
  };
}

/**
 * What the page prerendered at build time shows (no stored pick, no system preference known).
 * React renders this while it takes over that page, then the visitor's own theme: reading
 * storage or the system setting in that first render would leave the button's state wrong.
 */
const prerenderedTheme = (): Theme => 'light';

/**
 * Follows the system's light or dark preference until the user picks one; the pick is kept
 * for later visits and set on <html data-theme>, which the stylesheet reads.
 */
export function ThemeToggle() {
  const theme = useSyncExternalStore(subscribe, currentTheme, prerenderedTheme);

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  const next: Theme = theme === 'dark' ? 'light' : 'dark';
  return (
    <button
      type="button"
      className="button-quiet theme-toggle"
      aria-pressed={theme === 'dark'}
      onClick={() => pickTheme(next)}
    >
      Dark theme
    </button>
  );
}
