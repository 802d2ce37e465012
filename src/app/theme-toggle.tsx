import { useEffect, useState } from 'react';

type Theme = 'light' | 'dark';
const STORAGE_KEY = 'versus:theme';

function systemTheme(): Theme {
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function storedTheme(): Theme | undefined {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Follows the system's light or dark preference until the user picks one; the pick is kept
 * for later visits and set on <html data-theme>, which the stylesheet reads.
 */
export function ThemeToggle() {
  const [theme, setTheme] = useState<Theme>(() => storedTheme() ?? systemTheme());

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  const next: Theme = theme === 'dark' ? 'light' : 'dark';
  return (
    <button
      type="button"
      className="button-quiet theme-toggle"
      aria-pressed={theme === 'dark'}
      onClick={() => {
        setTheme(next);
        try {
          localStorage.setItem(STORAGE_KEY, next);
        } catch {
          // Private modes may refuse storage; the choice then lasts for this visit only.
        }
      }}
    >
      Dark theme
    </button>
  );
}
