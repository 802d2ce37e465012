/** Prints measurements as a table and says which budgets they break. */
import { withinBudget, type Budget } from './budgets';

export interface Row {
  label: string;
  /** What is shown, e.g. "135.7 kB" or "p50 8 ms, p95 16 ms". */
  shown: string;
  /** The figure compared with the budget, if the row has one. */
  value?: number;
  budget?: Budget;
}

const limitText = (budget: Budget) =>
  `${budget.atLeast ? '≥' : '≤'} ${budget.limit}${budget.unit === 'score' ? '' : budget.unit === '×' ? '×' : ` ${budget.unit}`}`;

/** The table, one line per row, and whether every budgeted row passed. */
export function formatReport(rows: readonly Row[]): { text: string; passed: boolean } {
  const cells = rows.map((row) => {
    const verdict =
      row.budget && row.value !== undefined ? (withinBudget(row.value, row.budget) ? 'pass' : 'FAIL') : '';
    return [row.label, row.shown, row.budget ? limitText(row.budget) : '', verdict];
  });
  const header = ['measure', 'figure', 'budget', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: readonly string[]) => `| ${c.map((text, i) => text.padEnd(widths[i]!)).join(' | ')} |`;
  const text = [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
  return { text, passed: cells.every((c) => c[3] !== 'FAIL') };
}
