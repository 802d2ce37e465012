import type { FocusEvent } from 'react';

/**
 * Whether a blur takes the focus out of `container` for good. A blur with nowhere to go while the
 * field stays the document's active element is the window losing focus (another tab, another
 * application): the person comes back to the field as they left it.
 */
export function focusLeft(event: FocusEvent, container: Element | null): boolean {
  const to = event.relatedTarget;
  if (to instanceof Node && container?.contains(to)) return false;
  return !(to === null && document.activeElement === event.target);
}
