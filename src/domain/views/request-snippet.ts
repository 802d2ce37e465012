/**
 * Request snippets for a route on an OpenAI-compatible provider. Strings from the catalog are
 * embedded with JSON.stringify (valid in Python and TypeScript) or shell single quotes, never
 * spliced raw, so an odd model id cannot break out of the code it sits in.
 */
import type { Provider, Route } from '../types';

export const SNIPPET_LANGUAGES = ['curl', 'python', 'typescript'] as const;
export type SnippetLanguage = (typeof SNIPPET_LANGUAGES)[number];

export const SNIPPET_LANGUAGE_LABELS: Record<SnippetLanguage, string> = {
  curl: 'curl',
  python: 'Python (openai SDK)',
  typescript: 'TypeScript (openai SDK)',
};

export interface SnippetTarget {
  /** Base URL without a trailing slash, e.g. https://api.moonshot.ai/v1 */
  baseUrl: string;
  providerModelId: string;
  /** Environment variable holding the key, e.g. MOONSHOT_API_KEY */
  apiKeyVariable: string;
}

/** Only http(s) base URLs are usable; anything else yields no snippet. */
export function snippetBaseUrl(provider: Provider): string | undefined {
  if (!provider.openaiCompatible || !provider.apiBaseUrl) return undefined;
  try {
    const url = new URL(provider.apiBaseUrl);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href.replace(/\/+$/, '') : undefined;
  } catch {
    return undefined;
  }
}

export function apiKeyVariable(providerId: string): string {
  const stem = providerId
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return `${/^[A-Z]/.test(stem) ? stem : `PROVIDER_${stem}`}_API_KEY`;
}

export interface SnippetRoute {
  route: Route;
  provider: Provider;
  target: SnippetTarget;
}

/** The model's routes a snippet can be written for: known, OpenAI-compatible base URL. */
export function snippetRoutes(routes: readonly Route[], providers: readonly Provider[]): SnippetRoute[] {
  return routes.flatMap((route) => {
    const provider = providers.find((p) => p.id === route.providerId);
    const baseUrl = provider && snippetBaseUrl(provider);
    if (!provider || !baseUrl) return [];
    return [
      {
        route,
        provider,
        target: { baseUrl, providerModelId: route.providerModelId, apiKeyVariable: apiKeyVariable(provider.id) },
      },
    ];
  });
}

const shellQuote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;
const PROMPT = 'Hello!';

export function buildRequestSnippet(target: SnippetTarget, language: SnippetLanguage): string {
  const url = `${target.baseUrl}/chat/completions`;
  const model = JSON.stringify(target.providerModelId);
  const prompt = JSON.stringify(PROMPT);
  switch (language) {
    case 'curl': {
      const body = JSON.stringify({ model: target.providerModelId, messages: [{ role: 'user', content: PROMPT }] });
      return [
        `curl ${shellQuote(url)} \\`,
        `  -H "Authorization: Bearer $${target.apiKeyVariable}" \\`,
        `  -H 'Content-Type: application/json' \\`,
        `  -d ${shellQuote(body)}`,
      ].join('\n');
    }
    case 'python':
      return [
        'import os',
        'from openai import OpenAI',
        '',
        `client = OpenAI(base_url=${JSON.stringify(target.baseUrl)}, api_key=os.environ[${JSON.stringify(target.apiKeyVariable)}])`,
        'response = client.chat.completions.create(',
        `    model=${model},`,
        `    messages=[{"role": "user", "content": ${prompt}}],`,
        ')',
        'print(response.choices[0].message.content)',
      ].join('\n');
    case 'typescript':
      return [
        "import OpenAI from 'openai';",
        '',
        `const client = new OpenAI({ baseURL: ${JSON.stringify(target.baseUrl)}, apiKey: process.env[${JSON.stringify(target.apiKeyVariable)}] });`,
        'const completion = await client.chat.completions.create({',
        `  model: ${model},`,
        `  messages: [{ role: 'user', content: ${prompt} }],`,
        '});',
        'console.log(completion.choices[0]?.message.content);',
      ].join('\n');
  }
}

export interface SnippetOption extends SnippetRoute {
  /** Unique among the options: model id and route id. */
  key: string;
  /** "Kimi K2.5 on Moonshot AI (kimi-k2.5)" */
  label: string;
}

/** Every route of the compared models a snippet can be written for, best default first per model. */
export function snippetOptions(
  models: ReadonlyArray<{ id: string; name: string; creatorId?: string; routes: readonly Route[] }>,
  providers: readonly Provider[],
): SnippetOption[] {
  const order = { payg: 0, free: 1, plan: 2 } as const;
  // The lab's own API first (its ids and parameters are the reference), then pay-as-you-go
  // routes by input + output price, so the first option is a sensible default.
  const firstParty = (o: SnippetRoute, creatorId?: string) => (o.provider.id === creatorId ? 0 : 1);
  const price = (o: SnippetRoute) => (o.route.prices.input ?? Infinity) + (o.route.prices.output ?? Infinity);
  return models.flatMap((model) =>
    snippetRoutes(model.routes, providers)
      .sort(
        (a, b) =>
          firstParty(a, model.creatorId) - firstParty(b, model.creatorId) ||
          order[a.route.billing] - order[b.route.billing] ||
          price(a) - price(b),
      )
      .map((option) => ({
        ...option,
        key: `${model.id} ${option.route.id}`,
        label: `${model.name} on ${option.provider.name} (${option.route.providerModelId}${option.route.variant ? `, ${option.route.variant}` : ''})`,
      })),
  );
}
