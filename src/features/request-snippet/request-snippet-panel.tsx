import './request-snippet.css';
import { useId } from 'react';
import { ModelLoadStatus } from '../../components/provenance/model-load-status';
import type { CatalogIndex } from '../../domain/types';
import { CopyButton } from './copy-button';
import { LanguageTabs } from './language-tabs';
import { useRequestSnippetView } from '../../state/views/request-snippet-view';

/** A ready-to-run request for a compared model on an OpenAI-compatible provider route. */
export function RequestSnippetPanel({ index }: { index: CatalogIndex }) {
  const { details, options, option, setChoice, language, setLanguage, code } = useRequestSnippetView(index);
  const headingId = useId();
  const selectId = useId();
  const tabsId = useId();

  return (
    <section aria-labelledby={headingId} className="panel request-snippet">
      <h2 id={headingId}>Request snippet</h2>
      <ModelLoadStatus details={details} />
      {!option ? (
        <p className="muted">
          None of the compared models has a route on a provider with a known OpenAI-compatible endpoint.
        </p>
      ) : (
        <>
          <div className="field">
            <label htmlFor={selectId}>Route</label>
            <select id={selectId} value={option.key} onChange={(e) => setChoice(e.target.value)}>
              {options.map((o) => (
                <option key={o.key} value={o.key}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
          <LanguageTabs value={language} onChange={setLanguage} idPrefix={tabsId} />
          <div
            role="tabpanel"
            id={`${tabsId}-panel`}
            aria-labelledby={`${tabsId}-tab-${language}`}
            className="snippet-panel"
          >
            {/* Focusable so keyboard users can scroll long lines. */}
            <pre tabIndex={0} aria-label={`${language} request`}>
              <code>{code}</code>
            </pre>
            <CopyButton text={code} />
            <p className="muted">
              Set <code>{option.target.apiKeyVariable}</code> to your {option.provider.name} API key. Endpoint:{' '}
              <code>{option.target.baseUrl}</code>
            </p>
          </div>
        </>
      )}
    </section>
  );
}
