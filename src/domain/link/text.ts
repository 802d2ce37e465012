/** Echoes a value from a link inside a message: quoted, short, without control characters. */
export function quote(value: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/[\u0000-\u001f\u007f]/g, ' ');
  const short = [...clean].length > 40 ? `${[...clean].slice(0, 40).join('')}…` : clean;
  return `“${short}”`;
}

export const quoteList = (values: readonly string[]): string => values.map(quote).join(', ');
