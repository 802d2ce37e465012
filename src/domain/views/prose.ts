/** Helpers for generated English sentences. */

/** "a", "a and b", "a, b and c". */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "a", "a or b", "a, b or c". */
export function alternativesText(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/**
 * "a, b, c and 4 more": at most `max` items named, so a sentence about dozens of providers stays
 * readable.
 */
export function cappedListText(items: readonly string[], max: number, noun = 'more'): string {
  if (items.length <= max) return listText(items);
  return `${items.slice(0, max).join(', ')} and ${items.length - max} ${noun}`;
}

/** Lower-cases a label for use mid-sentence, keeping acronyms: "Batch API" -> "batch API". */
export function inSentence(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

/** Upper-cases the first letter, for a list that starts a sentence. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
