import { useRef, type KeyboardEvent } from 'react';
import { SNIPPET_LANGUAGE_LABELS, SNIPPET_LANGUAGES, type SnippetLanguage } from '../../domain/views/request-snippet';

interface LanguageTabsProps {
  value: SnippetLanguage;
  onChange: (language: SnippetLanguage) => void;
  /** Id prefix shared with the tab panel. */
  idPrefix: string;
}

/** ARIA tabs: one tab stop, arrow keys, Home and End move between languages. */
export function LanguageTabs({ value, onChange, idPrefix }: LanguageTabsProps) {
  const refs = useRef<Array<HTMLButtonElement | null>>([]);

  const onKeyDown = (event: KeyboardEvent, i: number) => {
    const last = SNIPPET_LANGUAGES.length - 1;
    const next = { ArrowRight: i === last ? 0 : i + 1, ArrowLeft: i === 0 ? last : i - 1, Home: 0, End: last }[
      event.key
    ];
    if (next === undefined) return;
    event.preventDefault();
    onChange(SNIPPET_LANGUAGES[next] as SnippetLanguage);
    refs.current[next]?.focus();
  };

  return (
    <div role="tablist" aria-label="Language" className="snippet-tabs">
      {SNIPPET_LANGUAGES.map((language, i) => (
        <button
          key={language}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          role="tab"
          id={`${idPrefix}-tab-${language}`}
          aria-selected={language === value}
          aria-controls={`${idPrefix}-panel`}
          tabIndex={language === value ? 0 : -1}
          className="snippet-tab"
          onClick={() => onChange(language)}
          onKeyDown={(e) => onKeyDown(e, i)}
        >
          {SNIPPET_LANGUAGE_LABELS[language]}
        </button>
      ))}
    </div>
  );
}
