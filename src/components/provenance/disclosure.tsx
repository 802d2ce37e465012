/**
 * A button that shows and hides a panel right below it. The panel opens in the flow rather than
 * floating, so it is never cut off on a narrow screen or inside a scrolling table. Escape closes
 * it and returns focus to the button.
 */
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

interface DisclosureProps {
  /** Visible button content. */
  button: ReactNode;
  /** Accessible name of the button where the visible text alone is ambiguous. */
  label?: string;
  className?: string;
  /** Build the panel only once opened: for long lists of controls whose panels are rarely read. */
  lazy?: boolean;
  children: ReactNode;
}

export function Disclosure({ button, label, className, lazy = false, children }: DisclosureProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    // Stop here so an outer disclosure or dialog does not close too.
    event.stopPropagation();
    setOpen(false);
    buttonRef.current?.focus();
  };

  return (
    <div className={`disclosure${className ? ` ${className}` : ''}`} onKeyDown={onKeyDown}>
      <button
        ref={buttonRef}
        type="button"
        className="disclosure-button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={label}
        onClick={() => setOpen((o) => !o)}
      >
        {button}
      </button>
      <div id={panelId} className="disclosure-panel" hidden={!open}>
        {lazy && !open ? null : children}
      </div>
    </div>
  );
}
