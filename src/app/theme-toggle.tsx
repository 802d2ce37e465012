import { useEffect, useId, useSyncExternalStore } from 'react';

type Theme = 'light' | 'dark';
/** What the person chose: to follow the system's setting, or one theme whatever it says. */
type ThemeChoice = 'system' | Theme;
const CHOICES: readonly { value: ThemeChoice; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];
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

/** The user's choice for this visit, which storage may have refused to keep. */
let picked: ThemeChoice | undefined;
const listeners = new Set<() => void>();

function currentChoice(): ThemeChoice {
  return picked ?? storedTheme() ?? 'system';
}

/** "System" is the absence of a pick: it clears the stored one, so later visits follow the system too. */
function pickTheme(choice: ThemeChoice): void {
  picked = choice;
  try {
    if (choice === 'system') localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, choice);
  } catch {
    // Private modes may refuse storage; the choice then lasts for this visit only.
  }
  for (const listener of listeners) listener();
}

/** Follows the system setting too, which "System" shows as it changes. */
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
 * React renders this while it takes over that page, then the visitor's own choice: reading
 * storage or the system setting in that first render would leave the control's state wrong.
 */
const prerenderedChoice = (): ThemeChoice => 'system';
const prerenderedSystemTheme = (): Theme => 'light';

/**
 * System, Light or Dark, as three radio buttons (arrow keys move between them). The theme in
 * force is set on <html data-theme>, which the stylesheet reads; a pick is kept for later visits.
 */
export function ThemeToggle() {
  const choice = useSyncExternalStore(subscribe, currentChoice, prerenderedChoice);
  const system = useSyncExternalStore(subscribe, systemTheme, prerenderedSystemTheme);
  const theme = choice === 'system' ? system : choice;
  const name = useId();

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  return (
    <fieldset className="theme-choice">
      <legend>Theme</legend>
      {CHOICES.map(({ value, label }) => (
        <label key={value}>
          <input type="radio" name={name} value={value} checked={choice === value} onChange={() => pickTheme(value)} />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
