/**
 * Series colors for the charts: mid-tone hues that keep contrast on both the light and the dark
 * surface. SVG presentation attributes cannot read CSS variables, hence literal values. Color is
 * never the only cue: legends, labels and the text alternative name every series.
 */
export const SERIES_COLORS = ['#3b82f6', '#f59e0b', '#10b981', '#ef4444', '#8b5cf6', '#ec4899', '#14b8a6', '#84cc16'];

export const seriesColor = (i: number) => SERIES_COLORS[i % SERIES_COLORS.length] as string;
