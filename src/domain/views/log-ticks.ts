/** Powers of ten from the one at or below `min` to the one at or above `max`: ticks for a log axis. */
export function logTicks(min: number, max: number): number[] {
  if (!(min > 0) || !(max >= min) || !Number.isFinite(max)) return [];
  const ticks: number[] = [];
  for (let e = Math.floor(Math.log10(min)); e <= Math.ceil(Math.log10(max)); e += 1) ticks.push(Number(`1e${e}`)); // exact, where 10 ** -4 is not
  return ticks;
}
