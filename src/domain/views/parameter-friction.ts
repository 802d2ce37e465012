/**
 * Switch friction from API parameter rules: request fields the model switched to fixes, limits
 * or lacks, set beside what the model switched from does with them. Each line cites the rules
 * it rests on; a field the catalog states nothing about for one side is a check, never a claim.
 */
import { listText } from './prose';
import type { Model, ParameterRule, SourceId } from '../types';

export interface ParameterFriction {
  text: string;
  /** The request fields the line is about. */
  fields: string[];
  /** The rules' sources, each once, with the date of the statement. */
  sources: { sourceId: SourceId; date: string }[];
}

/** Fields the OpenAI request format types as floats, written with a decimal as the vendors do ("1.0"). */
const FLOAT_FIELDS = new Set(['temperature', 'top_p', 'presence_penalty', 'frequency_penalty']);

function valueText(parameter: string, value: number | string): string {
  if (typeof value === 'string') return value;
  if (FLOAT_FIELDS.has(parameter) && Number.isInteger(value)) return value.toFixed(1);
  return value.toLocaleString('en-US');
}

const whenText = (rule: ParameterRule) => (rule.when ? ` with ${rule.when}` : '');

/** The rules of one field, the most specific kind only: a stated value beats a bare settable flag. */
function rulesFor(model: Model, parameter: string): ParameterRule[] {
  const rules = (model.parameterRules ?? []).filter((r) => r.parameter === parameter);
  const specific = rules.filter((r) => r.rule !== 'settable' && r.rule !== 'not-settable');
  return specific.length ? specific : rules;
}

/** "fixes temperature at 1.0 with thinking enabled and 0.6 with thinking disabled" */
function fixedText(parameter: string, rules: readonly ParameterRule[]): string {
  const parts = rules.map((r) => `${valueText(parameter, r.values?.[0] ?? '')}${whenText(r)}`);
  return `fixes ${parameter} at ${listText(parts)}`;
}

/** What a model does with a field, as a verb phrase; undefined when the catalog states nothing. */
function stance(model: Model, parameter: string): string | undefined {
  const rules = rulesFor(model, parameter);
  const fixed = rules.filter((r) => r.rule === 'fixed');
  if (fixed.length) return fixedText(parameter, fixed);
  const oneOf = rules.find((r) => r.rule === 'one-of');
  const byDefault = rules.find((r) => r.rule === 'default');
  const defaultText = byDefault ? `${valueText(parameter, byDefault.values?.[0] ?? '')} by default` : undefined;
  if (oneOf) {
    const values = (oneOf.values ?? []).map((v) => valueText(parameter, v));
    const only = `accepts only ${values.join(' or ')} for ${parameter}${whenText(oneOf)}`;
    return defaultText ? `${only} (${defaultText})` : only;
  }
  if (byDefault)
    return `defaults ${parameter} to ${valueText(parameter, byDefault.values?.[0] ?? '')}${whenText(byDefault)}`;
  if (rules.some((r) => r.rule === 'not-settable')) return `does not let a request set ${parameter}`;
  if (rules.some((r) => r.rule === 'settable')) return `lets a request set ${parameter}`;
  return undefined;
}

function sourcesOf(rules: readonly ParameterRule[]): ParameterFriction['sources'] {
  const seen = new Map<string, { sourceId: SourceId; date: string }>();
  for (const r of rules)
    if (!seen.has(`${r.source}@${r.date}`)) seen.set(`${r.source}@${r.date}`, { sourceId: r.source, date: r.date });
  return [...seen.values()];
}

const restricts = (rules: readonly ParameterRule[]) =>
  rules.some((r) => r.rule === 'fixed' || r.rule === 'one-of' || r.rule === 'not-settable');

/** What moving requests from `from` to `to` runs into, field by field, in a fixed order. */
export function parameterFriction(from: Model, to: Model): ParameterFriction[] {
  const parameters = [
    ...new Set([...(from.parameterRules ?? []), ...(to.parameterRules ?? [])].map((r) => r.parameter)),
  ].sort();
  const items: ParameterFriction[] = [];
  // Fields `to` fixes with no condition and `from` says nothing about read best as one line.
  const plainFixed: ParameterRule[] = [];
  const unknownOnTarget: string[] = [];
  const unknownOnTargetRules: ParameterRule[] = [];

  for (const parameter of parameters) {
    const theirs = rulesFor(to, parameter);
    const ours = rulesFor(from, parameter);
    const target = stance(to, parameter);
    const current = stance(from, parameter);
    if (target && restricts(theirs)) {
      const fixed = theirs.filter((r) => r.rule === 'fixed');
      if (!current && fixed.length === theirs.length && fixed.every((r) => !r.when)) {
        plainFixed.push(...fixed);
        continue;
      }
      const error = fixed.length || theirs.some((r) => r.rule === 'one-of') ? ': any other value is an error' : '';
      const beside = current ? `; ${from.name} ${current}` : `; the catalog states no rule for ${from.name}`;
      items.push({
        text: `${to.name} ${target}${error}${beside}.`,
        fields: [parameter],
        sources: sourcesOf([...theirs, ...ours]),
      });
    } else if (target && current && restricts(ours)) {
      // Leaving a model that fixed a field: the new one samples as its request says, so set it to keep the old behaviour.
      items.push({
        text: `${to.name} ${target}, which ${from.name} ${current.replace(/^fixes \S+ /, 'fixes ')}: set it in requests to keep the same behaviour.`,
        fields: [parameter],
        sources: sourcesOf([...theirs, ...ours]),
      });
    } else if (target && !current) {
      items.push({
        text: `${to.name} ${target}; the catalog states no rule for ${from.name}.`,
        fields: [parameter],
        sources: sourcesOf(theirs),
      });
    } else if (!target && ours.some((r) => r.rule === 'one-of')) {
      // A field whose values the old model names itself (its thinking switch) is one its requests
      // send on purpose; a fixed field they leave alone.
      unknownOnTarget.push(parameter);
      unknownOnTargetRules.push(...ours);
    }
  }
  if (plainFixed.length) {
    const parts = plainFixed.map((r) => `${r.parameter} at ${valueText(r.parameter, r.values?.[0] ?? '')}`);
    items.unshift({
      text: `${to.name} fixes ${listText(parts)}: a request with any other value fails.`,
      fields: plainFixed.map((r) => r.parameter),
      sources: sourcesOf(plainFixed),
    });
  }
  if (unknownOnTarget.length) {
    const noun = unknownOnTarget.length === 1 ? 'field' : 'fields';
    items.push({
      text: `${from.name}'s requests may send the ${listText(unknownOnTarget)} ${noun}; the catalog states nothing about ${unknownOnTarget.length === 1 ? 'it' : 'them'} for ${to.name}: check before switching.`,
      fields: unknownOnTarget,
      sources: sourcesOf(unknownOnTargetRules),
    });
  }
  return items;
}
