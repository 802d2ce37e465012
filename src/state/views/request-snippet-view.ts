import { useMemo, useState } from 'react';
import { buildRequestSnippet, snippetOptions, type SnippetLanguage } from '../../domain/views/request-snippet';
import type { CatalogIndex } from '../../domain/types';
import { useSettledComparedModels } from '../settled-comparison';

/** A first request to each compared model's routes, in the chosen language. */
export function useRequestSnippetView(index: CatalogIndex) {
  const details = useSettledComparedModels();
  const options = useMemo(() => snippetOptions(details.models, index.providers), [details.models, index.providers]);
  const [choice, setChoice] = useState<string>();
  const [language, setLanguage] = useState<SnippetLanguage>('curl');
  const option = options.find((o) => o.key === choice) ?? options[0];
  const code = option ? buildRequestSnippet(option.target, language) : '';
  return { details, options, option, setChoice, language, setLanguage, code };
}
