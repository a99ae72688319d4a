// The sync settings dialog and the export/import of product mappings, in Chromium against
// `wails dev` on demo data (German). The native file dialogs cannot be driven, so files are
// written and read through the bound path-taking methods, and the page's "Importieren" is
// pointed at a file by replacing the dialog binding with ImportFrom for that path.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import { callGo, demoReady, gotoApp, openBrowser } from './browser.mjs';

const title = 'Einstellungen für die ConnectWise-Nutzungssynchronisierung';

/** Makes the page's "Importieren" read path instead of asking in the native open dialog. */
async function importReads(page, path) {
  await page.evaluate((p) => {
    const transfer = window.go.app.TransferService;
    transfer.Import = (kind) => transfer.ImportFrom(kind, p);
  }, path);
}

async function openConfigure(page) {
  await gotoApp(page, '#/configure');
  await page.getByRole('table').waitFor();
}

describe('sync settings and transfer (German)', () => {
  let browser;
  let page;
  let dir;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'psa-bridge-transfer-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  beforeEach(async () => {
    browser = await openBrowser({ locale: 'de-DE' });
    page = browser.page;
    await gotoApp(page);
    await demoReady(page);
  });
  afterEach(async () => browser.close());

  test('"Einmal im Monat" on day 5 is saved and shown again; demo mode installs no task', async () => {
    await openConfigure(page);
    await page.getByRole('button', { name: 'Synchronisierungseinstellungen' }).click();
    let dialog = page.getByRole('dialog', { name: title });
    await dialog.getByRole('radio', { name: 'Mit der monatlichen Sophos-Rechnung' }).waitFor({ state: 'attached' });
    assert.equal(await dialog.getByRole('radio', { name: 'Mit der monatlichen Sophos-Rechnung' }).isChecked(), true);
    assert.match(await dialog.getByRole('note').innerText(), /keine geplante Aufgabe/);
    assert.match(await dialog.getByRole('status').innerText(), /Nächste Ausführung: /);

    await dialog.getByText('Einmal im Monat', { exact: true }).click();
    const day = dialog.getByRole('textbox', { name: 'Tag des Monats' });
    await day.fill('5');
    await day.press('Tab');
    await dialog.getByRole('button', { name: 'Speichern' }).click();
    await dialog.waitFor({ state: 'detached' });

    const stored = await callGo(page, 'ScheduleService', 'SyncSettings');
    assert.equal(stored.settings.schedule.frequency, 'monthly');
    assert.equal(stored.settings.schedule.dayOfMonth, 5);
    assert.equal(stored.demo, true);
    assert.equal(stored.task.installed, false);
    assert.equal(new Date(stored.outlook.nextRun).getDate(), 5);

    await page.reload();
    await page.getByRole('table').waitFor();
    await page.getByRole('button', { name: 'Synchronisierungseinstellungen' }).click();
    dialog = page.getByRole('dialog', { name: title });
    await dialog.getByRole('textbox', { name: 'Tag des Monats' }).waitFor();
    assert.equal(await dialog.getByRole('radio', { name: 'Einmal im Monat' }).isChecked(), true);
    assert.equal(await dialog.getByRole('textbox', { name: 'Tag des Monats' }).inputValue(), '5');
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  test('exported products imported back change nothing', async () => {
    for (const name of ['produkte.xlsx', 'produkte.csv']) {
      const path = join(dir, name);
      await callGo(page, 'TransferService', 'ExportTo', 'products', path);
      const result = await callGo(page, 'TransferService', 'ImportFrom', 'products', path);
      assert.deepEqual([result.errors, result.products], [[], []], name);
    }
    await openConfigure(page);
    await importReads(page, join(dir, 'produkte.xlsx'));
    await page.getByRole('button', { name: 'Importieren' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import prüfen' });
    assert.equal(
      await dialog.getByRole('status').innerText(),
      'Die Datei stimmt mit den gespeicherten Zuordnungen überein – nichts vorzumerken.',
    );
    await dialog.getByRole('button', { name: 'Schließen' }).click();
    await dialog.waitFor({ state: 'detached' });
    assert.equal(await page.getByText(/ungespeichert/i).count(), 0, 'nothing staged');
    assert.equal(await page.getByRole('button', { name: 'Speichern' }).isDisabled(), true);
  });

  test('a broken file is rejected with every error on its line', async () => {
    const [first] = await callGo(page, 'ProductsService', 'Products');
    const path = join(dir, 'kaputt.csv');
    writeFileSync(
      path,
      'sophos_product_code;sophos_description;cw_catalog_item_id;cw_identifier;sync\n' +
        `${first.productKey};;abc;;on\n` +
        'GIBT-ES-NICHT;;;;off\n',
    );
    const checked = await callGo(page, 'TransferService', 'ImportFrom', 'products', path);
    assert.deepEqual(
      checked.errors.map((e) => [e.line, e.column, e.code]),
      [
        [2, 3, 'bad_value'],
        [3, 1, 'unknown_id'],
      ],
    );

    await openConfigure(page);
    await importReads(page, path);
    await page.getByRole('button', { name: 'Importieren' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import prüfen' });
    assert.match(await dialog.getByRole('alert').innerText(), /nichts wurde geändert/);
    const rows = dialog.getByRole('table').getByRole('row');
    assert.equal(await rows.count(), 3);
    assert.match(await rows.nth(1).innerText(), /^2\s+3 \(cw_catalog_item_id\)\s+Ungültiger Wert\./);
    assert.match(await rows.nth(2).innerText(), /^3\s+1 \(sophos_product_code\)\s+Unbekannte ID\./);
    assert.equal(await dialog.getByRole('button', { name: 'Änderungen vormerken' }).count(), 0);
    await dialog.getByRole('button', { name: 'Schließen' }).click();
    assert.equal(await page.getByRole('button', { name: 'Speichern' }).isDisabled(), true);
  });
});
