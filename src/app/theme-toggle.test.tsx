import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const STORAGE_KEY = 'versus:theme';

/** A system setting the test can flip, as a person changing their OS theme would. */
function systemSetting(dark: boolean) {
  const listeners = new Set<() => void>();
  const media = {
    get matches() {
      return dark;
    },
    addEventListener: (_: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
  };
  vi.stubGlobal('matchMedia', () => media);
  return {
    set: (next: boolean) => {
      dark = next;
      for (const listener of listeners) listener();
    },
  };
}

/** The control keeps this visit's choice in its module: each test loads a fresh one, as a new visit does. */
async function renderToggle() {
  vi.resetModules();
  const { ThemeToggle } = await import('./theme-toggle');
  render(<ThemeToggle />);
  const radio = (name: string) => screen.getByRole('radio', { name });
  return { radio, theme: () => document.documentElement.dataset.theme };
}

describe('the theme control', () => {
  beforeEach(() => delete document.documentElement.dataset.theme);
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('follows the system until a theme is picked, and follows it again on System', async () => {
    const system = systemSetting(true);
    const { radio, theme } = await renderToggle();
    expect(screen.getByRole('group', { name: 'Theme' })).toBeInTheDocument();
    expect(radio('System')).toBeChecked();
    expect(theme()).toBe('dark');
    act(() => system.set(false));
    expect(theme()).toBe('light');

    await userEvent.click(radio('Dark'));
    expect(radio('Dark')).toBeChecked();
    expect(theme()).toBe('dark');
    expect(localStorage.getItem(STORAGE_KEY)).toBe('dark');

    await userEvent.click(radio('System'));
    expect(radio('System')).toBeChecked();
    expect(theme()).toBe('light');
    // No pick is stored: the next visit follows the system too.
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    act(() => system.set(true));
    expect(theme()).toBe('dark');
  });

  it('opens on the stored pick, and Light holds against a dark system', async () => {
    systemSetting(true);
    localStorage.setItem(STORAGE_KEY, 'light');
    const { radio, theme } = await renderToggle();
    expect(radio('Light')).toBeChecked();
    expect(theme()).toBe('light');
  });

  it('moves between the three with the arrow keys', async () => {
    systemSetting(false);
    const { radio, theme } = await renderToggle();
    radio('System').focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(radio('Light')).toBeChecked();
    await userEvent.keyboard('{ArrowRight}');
    expect(radio('Dark')).toBeChecked();
    expect(theme()).toBe('dark');
  });

  it('keeps the choice for the visit when storage refuses it', async () => {
    systemSetting(false);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const { radio, theme } = await renderToggle();
    await userEvent.click(radio('Dark'));
    expect(radio('Dark')).toBeChecked();
    expect(theme()).toBe('dark');
  });
});
