import type { CostCurve } from '../../domain/cost/curves';
import { formatTokens } from '../../domain/format/format';
import { exactTokensText } from '../../domain/format/quantity-text';

/** A text alternative for a chart: which models are drawn, and which have no price. */
export function describeCurve(curve: CostCurve): string {
  const drawn = curve.series.filter((s) => !s.unavailable).map((s) => s.label);
  const missing = curve.series.filter((s) => s.unavailable).map((s) => `${s.label} (${s.unavailable})`);
  const parts = [
    drawn.length > 0
      ? `Lines for ${drawn.join(', ')}, on each point's cheapest route; log scales.`
      : 'No model has a price to draw.',
  ];
  // Only the prompt-size curve sets endsAt: a prompt past the context window is refused, not billed.
  const ends = curve.series
    .filter((s) => !s.unavailable && s.endsAt !== undefined && s.contextWindow !== undefined)
    .map((s) => `${s.label} at ${exactTokensText(s.endsAt!)} input tokens (${formatTokens(s.contextWindow!)} window)`);
  if (ends.length > 0)
    parts.push(
      `A line ends at the longest prompt its context window takes with room for the answer: ${ends.join(', ')}.`,
    );
  if (missing.length > 0) parts.push(`Not drawn: ${missing.join('; ')}.`);
  return parts.join(' ');
}
