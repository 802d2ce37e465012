/**
 * Alphabetical order for names and ids, the order String.prototype.localeCompare gives, from one
 * collator made once: localeCompare builds its collation state on every call, which over a
 * thousand-odd models costs a frame while the page opens. English, so the order (and so the page
 * rendered at build time) is the same in every browser.
 */
export const compareText: (a: string, b: string) => number = new Intl.Collator('en').compare;
