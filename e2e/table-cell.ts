import type { Locator } from '@playwright/test';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The cell where a row (named by its row header) meets a column (named by its column header), so
 * a test checks a value in the right place rather than anywhere on the page. Row headers may carry
 * tags after the name ("Reasoning differs"), so the row is matched on how its header starts.
 */
export async function tableCell(table: Locator, rowName: string, columnName: string): Promise<Locator> {
  // Text content, not innerText: a panel off screen is not rendered (content-visibility), and
  // innerText reads only rendered text.
  const headers = await table.locator('thead th').allTextContents();
  const column = headers.findIndex((text) => text.trim() === columnName);
  if (column < 0) throw new Error(`No column “${columnName}” in ${headers.join(', ')}`);
  const row = table
    .locator('tbody tr')
    .filter({ has: table.page().getByRole('rowheader', { name: new RegExp(`^${escape(rowName)}\\b`) }) });
  // The row header is the row's first cell, so data column n is the n-th <td> (n counted from the header).
  return row.locator('td').nth(column - 1);
}
