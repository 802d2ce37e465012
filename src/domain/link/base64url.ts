/**
 * Base64url (RFC 4648 §5, no padding) of UTF-8 text. Written out rather than taken from btoa
 * and atob so the domain stays free of host globals and the alphabet needs no escaping in a URL.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Map([...ALPHABET].map((char, i) => [char, i]));

export function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const chunk = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let j = 0; j < chars; j++) out += ALPHABET[(chunk >> (18 - 6 * j)) & 63];
  }
  return out;
}

/** The text, or undefined when the input is not base64url of valid UTF-8. */
export function fromBase64Url(encoded: string): string | undefined {
  if (encoded.length % 4 === 1) return undefined;
  const bytes: number[] = [];
  for (let i = 0; i < encoded.length; i += 4) {
    const group = encoded.slice(i, i + 4);
    let chunk = 0;
    for (let j = 0; j < 4; j++) {
      const value = j < group.length ? VALUE.get(group[j] as string) : 0;
      if (value === undefined) return undefined;
      chunk = (chunk << 6) | value;
    }
    const count = group.length - 1;
    for (let j = 0; j < count; j++) bytes.push((chunk >> (16 - 8 * j)) & 255);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
  } catch {
    return undefined;
  }
}
