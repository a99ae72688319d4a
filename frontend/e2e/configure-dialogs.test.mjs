// The configure page's dialogs in Chromium against `wails dev` on demo data (issue 12): a
// click right after the options appear, and an edit made here is not flagged as a rename.
// (Keystroke → options on screen is measured in perf/, on the production build.)
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { callGo, gotoApp, openDemoApp } from './browser.mjs';
import { lastUnmapped, openMapDialog } from './mapDialog.mjs';

describe('configure dialogs', () => {
  let b;
  before(async () => {
    b = await openDemoApp({ language: 'de' });
  });
  after(async () => b?.close());

  test('a click on an option the moment it appears is never lost (defect 10)', async () => {
    const { page } = b;
    for (const query of ['intercept', 'endpoint', 'sophos']) {
      const { dialog, combo } = await openMapDialog(page);
      await combo.pressSequentially(query); // no pause: the options arrive while typing
      const option = page.getByRole('option').first();
      // Click as soon as the option is attached: no settling, no waiting for more replies.
      await option.click({ timeout: 10_000 });
      await dialog.getByText(/^Ausgewählt:/).waitFor({ timeout: 5_000 });
      assert.equal(await dialog.getByRole('button', { name: 'Anwenden' }).isEnabled(), true, query);
      assert.notEqual(await combo.inputValue(), query, 'the value is the chosen product, not the typed text');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
    }
  });

  test('an edit through "Produktdetails in PSA bearbeiten" is not flagged renamed (defect 4)', async () => {
    const { page } = b;
    const target = await lastUnmapped(page, 1);
    const [item] = await callGo(page, 'CatalogService', 'Search', 'intercept', false);
    await callGo(page, 'ProductsService', 'Save', [
      { productKey: target.productKey, mapping: 'existing', itemId: item.id, syncEnabled: false },
    ]);
    await gotoApp(page, '#/configure');
    await page.reload();
    const row = page.getByRole('row', { name: target.description, exact: false }).first();
    await row.getByRole('button', { name: /^Details: / }).click();
    const details = page.getByRole('dialog', { name: 'ConnectWise-Produktdetails anzeigen' });
    await details.getByRole('button', { name: 'Produktdetails in PSA bearbeiten' }).click();
    const edit = page.getByRole('dialog', { name: 'ConnectWise-Produkt bearbeiten' });
    const description = edit.getByRole('textbox', { name: /^Beschreibung/ }); // not Kundenbeschreibung
    await description.fill(`${item.description.slice(0, 40)} (bearbeitet)`);
    await edit.getByRole('button', { name: 'Anwenden' }).click();
    await edit.waitFor({ state: 'detached' });
    await page.keyboard.press('Escape');
    await details.waitFor({ state: 'detached' });
    const after = (await callGo(page, 'ProductsService', 'Products')).find((r) => r.productKey === target.productKey);
    assert.equal(after.stale, '', 'our own edit must not flag the mapping');
    assert.match(after.itemDescription, /\(bearbeitet\)$/);
    assert.equal(await row.getByText('In ConnectWise umbenannt').count(), 0);
  });
});
