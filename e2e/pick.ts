import { expect, type Page } from '@playwright/test';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The list of a "Model N" combobox, once open. */
export const modelList = (page: Page, slot: string) => page.getByRole('listbox', { name: slot, exact: true });

/** Chooses a model in a "Model N" combobox by typing a query and clicking the option. */
export async function pickModel(page: Page, slot: string, query: string, optionName: string): Promise<void> {
  const combobox = page.getByRole('combobox', { name: slot, exact: true });
  await combobox.fill(query);
  // The list opens a frame after the text changes; other lists on the page (a <select>'s
  // options) hold the same model names.
  await modelList(page, slot)
    .getByRole('option', { name: new RegExp(`^${escape(optionName)}\\b`) })
    .first()
    .click();
  await expect(combobox).toHaveValue(optionName);
}

/** The row of a model in the "Monthly cost" table. */
export const costRow = (page: Page, modelName: string) =>
  page
    .getByRole('table', { name: 'Monthly cost' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: modelName, exact: true }) });
