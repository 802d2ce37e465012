import './continue-comparing.css';
import { useId, type MouseEvent } from 'react';
import type { CatalogIndex } from '../../domain/types';
import { useSuggestionsView, type SuggestionLink } from '../../state/views/suggestions-view';

/**
 * Links to the comparisons one step away. Each is a real link (open it in a new tab, copy it);
 * a plain click opens it in place, as a pick in the picker would, and takes focus back to the top
 * of the comparison so a keyboard user starts reading the new one.
 */
export function ContinueComparingPanel({ index }: { index: CatalogIndex }) {
  const headingId = useId();
  const { links, open } = useSuggestionsView(index);
  if (links.length === 0) return null;

  const onClick = (event: MouseEvent<HTMLAnchorElement>, link: SuggestionLink) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    open(link.state);
    const main = document.getElementById('main');
    main?.focus();
    main?.scrollIntoView?.({ block: 'start' });
  };

  return (
    <section aria-labelledby={headingId} className="panel continue-comparing">
      <h2 id={headingId}>Continue comparing</h2>
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href} onClick={(e) => onClick(e, link)}>
              {link.title}
            </a>
            <span className="muted"> — {link.reason}.</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
