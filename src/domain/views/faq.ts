/**
 * A short FAQ generated from the catalog, answering what the reference pages answer (context,
 * licence, vision, function calling, where to run it) with only what the data supports.
 */
import { capabilityState, CAPABILITY_LABELS } from './capabilities';
import { alternativesText, cappedListText, inSentence, listText } from './prose';
import { tokensText } from '../format/quantity-text';
import type { CapabilityId, Model, Provider } from '../types';

export interface FaqEntry {
  id: string;
  question: string;
  answer: string;
}

const names = (models: readonly Model[]) => models.map((m) => m.name);

function contextAnswer(models: readonly Model[]): string {
  const known = models
    .filter((m) => m.contextWindow)
    .sort((a, b) => (b.contextWindow?.value ?? 0) - (a.contextWindow?.value ?? 0));
  const unknown = models.filter((m) => !m.contextWindow);
  const parts = known.map((m) => `${m.name} supports ${tokensText(m.contextWindow?.value ?? 0)} tokens`);
  if (unknown.length) parts.push(`the context window of ${listText(names(unknown))} is unknown`);
  const top = known[0];
  const lead =
    top && known.length >= 2 && (known[1]?.contextWindow?.value ?? 0) < (top.contextWindow?.value ?? 0)
      ? `${top.name} has the ${models.length === 2 ? 'larger' : 'largest'} context window. `
      : known.length >= 2 && unknown.length === 0
        ? 'Their context windows are the same. '
        : '';
  return `${lead}${parts.join('; ')}. Providers may serve a smaller window; check the route you will call.`;
}

function licenseSentence(model: Model): string {
  // "under Proprietary" reads oddly; a proprietary license is named as such.
  const license = !model.license
    ? ''
    : /proprietary/i.test(model.license.value)
      ? ' (proprietary license)'
      : ` under ${model.license.value}`;
  if (model.openWeights?.value === true) return `${model.name} is open-weight${license || ' (license not stated)'}.`;
  if (model.openWeights?.value === false)
    return `${model.name} has closed weights${license}: it runs only on hosted APIs.`;
  return model.license
    ? `${model.name} is listed${license}; whether its weights are open is unknown.`
    : `${model.name}'s license and openness are unknown.`;
}

function capabilityAnswer(models: readonly Model[], id: CapabilityId): string {
  const label = inSentence(CAPABILITY_LABELS[id]);
  const group = (state: 'yes' | 'no' | 'unknown') => names(models.filter((m) => capabilityState(m, id) === state));
  const yes = group('yes');
  const no = group('no');
  const unknown = group('unknown');
  const sentences: string[] = [];
  if (yes.length === models.length) sentences.push(`${models.length === 2 ? 'Both' : 'All'} support ${label}.`);
  else if (yes.length) sentences.push(`${listText(yes)} ${yes.length === 1 ? 'supports' : 'support'} ${label}.`);
  if (no.length) sentences.push(`${listText(no)} ${no.length === 1 ? 'does' : 'do'} not.`);
  if (unknown.length) sentences.push(`For ${listText(unknown)}, support is unknown.`);
  return `${sentences.join(' ')} Model support and what a provider's API exposes can differ.`;
}

function whereAnswer(models: readonly Model[], providers: readonly Provider[]): string {
  const name = (id: string) => providers.find((p) => p.id === id)?.name ?? id;
  return models
    .map((m) => {
      const ids = [...new Set(m.routes.map((r) => r.providerId))];
      return ids.length
        ? `${m.name} is available on ${cappedListText(ids.map(name).sort(), 8, 'more providers')}.`
        : `${m.name} has no tracked provider yet.`;
    })
    .join(' ');
}

export function buildFaq(models: readonly Model[], providers: readonly Provider[]): FaqEntry[] {
  if (models.length < 2) return [];
  const or = alternativesText(names(models));
  const and = listText(names(models));
  return [
    { id: 'context', question: `Which has a larger context window, ${or}?`, answer: contextAnswer(models) },
    { id: 'license', question: `Is ${or} open source?`, answer: models.map(licenseSentence).join(' ') },
    { id: 'vision', question: `Which supports vision, ${or}?`, answer: capabilityAnswer(models, 'vision') },
    {
      id: 'function-calling',
      question: `Which supports function calling, ${or}?`,
      answer: capabilityAnswer(models, 'function-calling'),
    },
    { id: 'where', question: `Where can I run ${and}?`, answer: whereAnswer(models, providers) },
  ];
}
