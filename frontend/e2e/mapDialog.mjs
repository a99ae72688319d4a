// The configure page's map dialog, as the dialog tests and the typeahead latency run open it.
import assert from 'node:assert/strict';
import { callGo, gotoApp } from './browser.mjs';

/**
 * The last unmapped demo products: configure.test.mjs maps the first ones, so the files
 * can run against the same wails dev in any order.
 */
export const lastUnmapped = async (page, n = 0) =>
  (await callGo(page, 'ProductsService', 'Products')).filter((r) => !r.mapped).at(-1 - n);

/** Opens the map dialog of the last unmapped row and returns it with its search box. */
export async function openMapDialog(page) {
  await gotoApp(page, '#/configure');
  await page.reload(); // a fresh page: nothing left open by the test before
  await page.getByRole('table').waitFor();
  const target = await lastUnmapped(page);
  assert.ok(target, 'an unmapped demo product');
  const row = page.getByRole('row', { name: target.description, exact: false }).first();
  await row.getByRole('button', { name: /^Zuordnen: / }).click();
  const dialog = page.getByRole('dialog', { name: 'Sophos-Produkt einem ConnectWise-Produkt zuordnen' });
  await dialog.waitFor();
  return { dialog, combo: dialog.getByRole('combobox', { name: 'ConnectWise-Produkt' }) };
}

/**
 * Waits until the list shows options answering text (the ListBox's data-query names the text
 * its options answer), so a click or a key lands on the final list, not one still arriving.
 */
export async function optionsAnswering(page, text) {
  await page.locator(`[role="listbox"][data-query="${text}"] [role="option"]`).first().waitFor();
}
