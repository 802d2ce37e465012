/**
 * Colors and dash patterns for up to eight chart series. Colors are picked to stay distinct
 * on light and dark backgrounds; dash patterns keep series apart without relying on color.
 */
export const SERIES_COLORS = [
  '#2563eb',
  '#d97706',
  '#059669',
  '#db2777',
  '#7c3aed',
  '#0891b2',
  '#65a30d',
  '#dc2626',
] as const;
export const SERIES_DASHES = ['', '6 3', '2 3', '10 3 2 3', '1 4', '8 4 2 4 2 4', '4 2', '12 4'] as const;

export const seriesColor = (i: number): string => SERIES_COLORS[i % SERIES_COLORS.length] ?? '#2563eb';
export const seriesDash = (i: number): string => SERIES_DASHES[i % SERIES_DASHES.length] ?? '';
