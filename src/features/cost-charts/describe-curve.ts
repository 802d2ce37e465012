import type { CostCurve } from '../../domain/cost/curves';

/** A text alternative for a chart: which models are drawn, and which have no price. */
export function describeCurve(curve: CostCurve): string {
  const drawn = curve.series.filter((s) => !s.unavailable).map((s) => s.label);
  const missing = curve.series.filter((s) => s.unavailable).map((s) => `${s.label} (${s.unavailable})`);
  const parts = [
    drawn.length > 0
      ? `Lines for ${drawn.join(', ')}, on each point's cheapest route; log scales.`
      : 'No model has a price to draw.',
  ];
  if (missing.length > 0) parts.push(`Not drawn: ${missing.join('; ')}.`);
  return parts.join(' ');
}
