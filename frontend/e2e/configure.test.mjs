// The seed workflows of SPEC §2, driven in Chromium against `wails dev` on demo data. Every
// test checks the result through the backend (bound Go methods), not only on the screen.
import assert from 'node:assert/strict';
import { afterEach, before, beforeEach, describe, test } from 'node:test';
import { callGo, demoReady, gotoApp, openBrowser, openDemoApp } from './browser.mjs';
import { optionsAnswering } from './mapDialog.mjs';

const product = async (page, key) =>
  (await callGo(page, 'ProductsService', 'Products')).find((r) => r.productKey === key);

/** Flips a switch as a keyboard user does (React Aria keeps its input visually hidden). */
async function toggle(page, sw) {
  await sw.focus();
  await page.keyboard.press('Space');
}

/** A row control: named by its action and the row's product ("Bearbeiten: Central …"). */
const rowControl = (action) => new RegExp(`^${action}: `);

/** The table row of a Sophos product (rows are named by the product's description). */
const row = (page, description) => page.getByRole('row', { name: description, exact: false }).first();

async function openConfigure(page) {
  await gotoApp(page, '#/configure');
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.getByRole('table').waitFor();
}

/** Maps an unmapped row: its button says "Zuordnen" [Map]. */
async function mapViaDialog(page, labels, rowEl, query) {
  await rowEl.getByRole('button', { name: rowControl(labels.map) }).click();
  const dialog = page.getByRole('dialog', { name: labels.mapTitle });
  await dialog.waitFor();
  const combo = dialog.getByRole('combobox', { name: labels.cwProduct });
  await combo.fill(query);
  await optionsAnswering(page, query);
  const option = page.getByRole('option').first();
  const text = await option.innerText();
  await option.click();
  await dialog.getByText(labels.chosen).waitFor();
  await dialog.getByRole('button', { name: labels.apply }).click();
  await dialog.waitFor({ state: 'detached' });
  return text;
}

const de = {
  edit: 'Bearbeiten',
  map: 'Zuordnen',
  details: 'Details',
  sync: 'Synchronisierung',
  save: 'Speichern',
  apply: 'Anwenden',
  mapTitle: 'Sophos-Produkt einem ConnectWise-Produkt zuordnen',
  cwProduct: 'ConnectWise-Produkt',
  chosen: /^Ausgewählt:/,
  addProduct: 'Produkt zu PSA hinzufügen',
  removeMapping: 'Zuordnung entfernen',
  detailsTitle: 'ConnectWise-Produktdetails anzeigen',
  editInPSA: 'Produktdetails in PSA bearbeiten',
  editTitle: 'ConnectWise-Produkt bearbeiten',
  price: 'Preis',
  close: 'Schließen',
};
const en = {
  edit: 'Edit',
  map: 'Map',
  sync: 'Sync',
  save: 'Save',
  apply: 'Apply',
  mapTitle: 'Map Sophos product to ConnectWise product',
  cwProduct: 'ConnectWise product',
  chosen: /^Selected:/,
};

describe('configure usage synchronization', () => {
  let rows;
  let b; // a fresh browser for each test: a failure leaves no open dialog behind
  before(async () => {
    const first = await openDemoApp();
    rows = first.rows;
    await first.close();
  });
  beforeEach(async () => {
    b = await openBrowser({ locale: 'de-DE' });
  });
  afterEach(async () => b?.close());

  test('1: map to an existing PSA product, switch sync on, save', async () => {
    const { page } = b;
    const target = rows[0];
    await openConfigure(page);
    const r = row(page, target.description);
    await mapViaDialog(page, de, r, 'intercept');
    await toggle(page, r.getByRole('switch', { name: de.sync }));
    assert.match(await page.getByRole('status').first().innerText(), /ungespeicherte Änderung/);
    await page.getByRole('button', { name: de.save, exact: true }).click();
    await page.getByText('Gespeichert.').waitFor();
    const saved = await product(page, target.productKey);
    assert.equal(saved.mapped, true);
    assert.equal(saved.syncEnabled, true);
    assert.match(saved.itemIdentifier + ' ' + saved.itemDescription, /intercept/i);
  });

  test('2: map to a new PSA product created in ConnectWise', async () => {
    const { page } = b;
    const target = rows[1];
    await openConfigure(page);
    await row(page, target.description).getByRole('button', { name: de.addProduct }).click();
    const dialog = page.getByRole('dialog', { name: de.addProduct });
    await dialog.waitFor();
    const id = dialog.getByRole('textbox', { name: 'Produkt-ID' });
    await assert.doesNotReject(id.waitFor());
    const identifier = `PSA-E2E-${Date.now() % 100000}`;
    await id.fill(identifier);
    await dialog.getByRole('textbox', { name: de.price }).fill('12,50'); // a price of 0 would be asked
    await dialog.getByRole('button', { name: de.apply }).click();
    // A product almost like this one may exist in the demo catalog: creating it is then confirmed.
    const anyway = dialog.getByRole('button', { name: 'Trotzdem neu anlegen' });
    await Promise.race([dialog.waitFor({ state: 'detached' }), anyway.waitFor()]);
    if (await anyway.isVisible()) await anyway.click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: de.save, exact: true }).click();
    await page.getByText('Gespeichert.').waitFor();
    const saved = await product(page, target.productKey);
    assert.equal(saved.mapped, true);
    assert.equal(saved.itemIdentifier, identifier);
    const item = await callGo(page, 'CatalogService', 'Item', saved.itemId);
    assert.equal(item.identifier, identifier);
  });

  test('3: edit the ConnectWise product in PSA', async () => {
    const { page } = b;
    await openConfigure(page);
    const target = await product(page, rows[0].productKey); // mapped in test 1
    await row(page, target.description)
      .getByRole('button', { name: rowControl(de.details) })
      .click();
    const details = page.getByRole('dialog', { name: de.detailsTitle });
    await details.waitFor();
    await details.getByRole('button', { name: de.editInPSA }).click();
    const edit = page.getByRole('dialog', { name: de.editTitle });
    await edit.waitFor();
    const price = edit.getByRole('textbox', { name: de.price });
    await price.fill('47,11');
    await edit.getByRole('button', { name: de.apply }).click();
    await edit.waitFor({ state: 'detached' });
    const item = await callGo(page, 'CatalogService', 'Item', target.itemId);
    assert.equal(item.price, 47.11);
  });

  test('4: removing a mapping switches sync off; sync needs a mapping', async () => {
    const { page } = b;
    await openConfigure(page);
    const target = await product(page, rows[0].productKey);
    assert.equal(target.syncEnabled, true);
    const r = row(page, target.description);
    await r.getByRole('button', { name: rowControl(de.edit) }).click();
    const dialog = page.getByRole('dialog', { name: de.mapTitle });
    await dialog.getByRole('button', { name: de.removeMapping }).click();
    await dialog.waitFor({ state: 'detached' });
    const sw = r.getByRole('switch', { name: de.sync });
    assert.equal(await sw.isChecked(), false);
    assert.equal(await sw.isDisabled(), true);
    await page.getByRole('button', { name: de.save, exact: true }).click();
    await page.getByText('Gespeichert.').waitFor();
    const saved = await product(page, target.productKey);
    assert.equal(saved.mapped, false);
    assert.equal(saved.syncEnabled, false);
    // A new, never-touched product is listed unmapped with sync off.
    const fresh = (await callGo(page, 'ProductsService', 'Products')).find((p) => p.new);
    assert.ok(fresh && !fresh.mapped && !fresh.syncEnabled);
  });

  test('unsaved changes are guarded', async () => {
    const { page } = b;
    await openConfigure(page);
    const r = row(page, rows[2].description);
    await mapViaDialog(page, de, r, 'backup');
    await page.getByRole('link', { name: 'Details zu ConnectWise' }).click();
    const guard = page.getByRole('alertdialog', { name: 'Ungespeicherte Änderungen verwerfen?' });
    await guard.waitFor();
    await guard.getByRole('button', { name: 'Weiter bearbeiten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nutzungssynchronisierung konfigurieren' }).waitFor();
    await page.getByRole('button', { name: 'Verwerfen', exact: true }).click();
    assert.equal((await product(page, rows[2].productKey)).mapped, false);
  });

  test('mapping works by keyboard alone', async () => {
    const { page } = b;
    const target = rows[3];
    await openConfigure(page);
    const edit = row(page, target.description).getByRole('button', { name: rowControl(de.map) });
    await edit.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: de.mapTitle });
    await dialog.waitFor();
    const combo = dialog.getByRole('combobox', { name: de.cwProduct });
    await combo.focus();
    await page.keyboard.type('endpoint', { delay: 20 });
    await optionsAnswering(page, 'endpoint');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await dialog.getByText(de.chosen).waitFor();
    await page.keyboard.press('Tab'); // from the search box straight to "Anwenden"
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), de.apply);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: de.save, exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Gespeichert.').waitFor();
    assert.equal((await product(page, target.productKey)).mapped, true);
  });
});

describe('configure usage synchronization (English)', () => {
  test('1: map to an existing PSA product', async () => {
    const b = await openBrowser({ locale: 'en-US' });
    try {
      const { page } = b;
      await gotoApp(page);
      const rows = await demoReady(page);
      const target = rows[4];
      await openConfigure(page);
      await page.getByRole('heading', { level: 1, name: 'Configure usage synchronization' }).waitFor();
      const r = row(page, target.description);
      await mapViaDialog(page, en, r, 'sophos');
      await toggle(page, r.getByRole('switch', { name: en.sync }));
      await page.getByRole('button', { name: en.save, exact: true }).click();
      await page.getByText('Saved.').waitFor();
      const saved = await product(page, target.productKey);
      assert.equal(saved.mapped && saved.syncEnabled, true);
    } finally {
      await b.close();
    }
  });
});
