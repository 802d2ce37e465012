/**
 * How old the figures of a comparison are: the dates of the prices its models' costs rest on
 * and of the exchange rates that convert them, against today. Today is the caller's: the domain
 * reads no clock.
 */
import type { ModelRequestCost } from './engine';
import type { ExchangeRate } from '../types';

/** Prices or rates older than this are called out. */
export const STALE_AFTER_DAYS = 90;

export interface DatedFigure {
  /** What the date belongs to: "GPT-4.1 on OpenAI", "EUR exchange rate". */
  label: string;
  date: string;
}

export interface StaleFigure extends DatedFigure {
  days: number;
}

/** Whole days from a YYYY, YYYY-MM or YYYY-MM-DD date (its first day) to `today`. */
export function daysSince(date: string, today: Date): number {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  const start = Date.UTC(y, m - 1, d);
  const now = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return Math.floor((now - start) / 86_400_000);
}

/** The figures older than `maxDays` at `today`, oldest first. */
export function staleFigures(figures: readonly DatedFigure[], today: Date, maxDays = STALE_AFTER_DAYS): StaleFigure[] {
  return figures
    .map((f) => ({ ...f, days: daysSince(f.date, today) }))
    .filter((f) => f.days > maxDays)
    .sort((a, b) => b.days - a.days);
}

/**
 * The dated figures a comparison uses: each priced model's headline route, and the exchange
 * rate of every currency those routes or the display are in, other than the dollar.
 */
export function comparisonFigures(
  costs: readonly { name: string; cost: ModelRequestCost; providerName: string }[],
  rates: readonly ExchangeRate[],
  displayCurrency: string,
): DatedFigure[] {
  const figures: DatedFigure[] = [];
  const currencies = new Set(displayCurrency === 'USD' ? [] : [displayCurrency]);
  for (const { name, cost, providerName } of costs) {
    if (cost.status !== 'priced') continue;
    const route = cost.cheapest.route;
    if (route.checked) figures.push({ label: `${name} on ${providerName}`, date: route.checked });
    if (route.currency !== 'USD') currencies.add(route.currency);
  }
  for (const currency of [...currencies].sort()) {
    const rate = rates.find((r) => r.currency === currency);
    if (rate) figures.push({ label: `${currency} exchange rate`, date: rate.date });
  }
  return figures;
}
