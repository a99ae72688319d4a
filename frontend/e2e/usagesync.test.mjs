// Issue #14 in Chromium against `wails dev` on demo data: map customers and products through
// the bound services, preview a month, push it, see the writes in the history, and a second
// preview with nothing left to do. Results are checked through the backend as well.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { callGo, gotoApp, openBrowser } from './browser.mjs';

/** Every cache the preview reads, brought up to date; returns the default billing month. */
async function refreshed(page) {
  await callGo(page, 'UsageSyncService', 'RefreshData');
  const months = await callGo(page, 'UsageSyncService', 'Months');
  assert.ok(months.default, 'the demo has usage in some month');
  return months.default;
}

/**
 * Maps n more tenants that have usage in month to their suggested company and agreement, and
 * their products to ConnectWise catalog items, all with sync on (what the customers and
 * configure pages do). Returns the tenant ids mapped.
 */
async function mapForSync(page, month, n) {
  const preview = await callGo(page, 'UsageSyncService', 'Preview', month);
  const withUsage = new Set(preview.rows.filter((r) => r.sophosQuantity > 0).map((r) => r.tenantId));
  const overview = await callGo(page, 'CustomersService', 'Overview');
  const changes = [];
  for (const row of overview.rows) {
    const s = row.suggestion?.suggestion;
    if (changes.length < n && !row.companyId && withUsage.has(row.tenantId) && s?.agreementId) {
      changes.push({ tenantId: row.tenantId, companyId: s.companyId, agreementId: s.agreementId, syncEnabled: true });
    }
  }
  assert.equal(changes.length, n, `the demo has ${n} more tenants with usage and a suggested agreement`);
  await callGo(page, 'CustomersService', 'Save', changes);

  const mapped = new Set(changes.map((c) => c.tenantId));
  const keys = [...new Set(preview.rows.filter((r) => mapped.has(r.tenantId)).map((r) => r.productKey))];
  const products = await callGo(page, 'ProductsService', 'Products');
  const unmapped = keys.filter((k) => !products.find((p) => p.productKey === k)?.mapped);
  const items = await callGo(page, 'CatalogService', 'Search', 'sophos', false);
  const used = new Set(products.filter((p) => p.mapped).map((p) => p.itemId));
  const free = items.filter((i) => !used.has(i.id));
  assert.ok(free.length >= unmapped.length, 'enough catalog items to map the products to');
  const productChanges = [
    ...unmapped.map((key, i) => ({ productKey: key, mapping: 'existing', itemId: free[i].id, syncEnabled: true })),
    ...keys
      .filter((k) => !unmapped.includes(k))
      .map((key) => ({ productKey: key, mapping: 'keep', itemId: 0, syncEnabled: true })),
  ];
  await callGo(page, 'ProductsService', 'Save', productChanges);
  return [...mapped];
}

/** Opens the sync page, makes the preview of the default month and returns the table. */
async function preview(page, l) {
  await gotoApp(page, '#/sync');
  await page.getByRole('heading', { level: 1, name: l.title }).waitFor();
  const button = page.getByRole('button', { name: l.preview, exact: true });
  await button.click();
  const table = page.getByRole('table', { name: l.table });
  await table.waitFor();
  return table;
}

/** Pushes the preview shown, confirming the dialog; returns the result's run id. */
async function push(page, l, { creates }) {
  await page.getByRole('button', { name: l.push }).click();
  const dialog = page.getByRole('dialog', { name: l.confirmTitle });
  await dialog.waitFor();
  assert.match(await dialog.textContent(), l.confirmCounts(creates));
  await dialog.getByRole('button', { name: l.confirm, exact: true }).click();
  const result = page.getByRole('status').filter({ hasText: l.resultTitle });
  await result.waitFor({ timeout: 60_000 });
  assert.match(await result.textContent(), l.succeeded);
  const href = await result.getByRole('link', { name: l.openHistory }).getAttribute('href');
  const runId = Number(/run=(\d+)/.exec(href ?? '')?.[1]);
  assert.ok(runId > 0, `the result links to its run (${href})`);
  return { runId, result };
}

const de = {
  title: 'Nutzungssynchronisierung',
  preview: 'Vorschau',
  table: 'Vorschau je Kunde und Produkt',
  create: 'anlegen',
  push: 'In ConnectWise übertragen',
  confirmTitle: 'In ConnectWise übertragen?',
  confirmCounts: (n) => new RegExp(`${n} Zusätze werden angelegt`),
  confirm: 'Übertragen',
  resultTitle: 'Ergebnis',
  succeeded: /Ergebnis: Übertragen/,
  openHistory: 'Im Verlauf anzeigen',
  history: 'Verlauf',
  writeCreated: 'Zusatz angelegt',
  nothing: 'Nichts zu übertragen',
  progress: 'Übertragung läuft',
};
const en = {
  title: 'Usage sync',
  preview: 'Preview',
  table: 'Preview per customer and product',
  create: 'create',
  push: 'Push to ConnectWise',
  confirmTitle: 'Push to ConnectWise?',
  confirmCounts: (n) => new RegExp(`${n} additions will be created`),
  confirm: 'Push',
  resultTitle: 'Result',
  succeeded: /Result: Pushed/,
  openHistory: 'Show in history',
  history: 'History',
  writeCreated: 'Addition created',
  nothing: 'Nothing to push',
};

/** Rows of the table with an action badge. */
const actionCount = (table, action) => table.locator(`tbody tr[data-action="${action}"]`).count();

describe('usage sync', () => {
  let month;
  before(async () => {
    const b = await openBrowser();
    try {
      await gotoApp(b.page);
      await callGo(b.page, 'SettingsService', 'SetLanguage', '');
      month = await refreshed(b.page);
    } finally {
      await b.close();
    }
  });

  test('German: preview, push, the writes in the history, then everything unchanged', async () => {
    const { page, close } = await openBrowser({ locale: 'de-DE' });
    try {
      await gotoApp(page);
      const tenants = await mapForSync(page, month, 3);

      let table = await preview(page, de);
      const creates = await actionCount(table, 'create');
      const updates = (await actionCount(table, 'update')) + (await actionCount(table, 'zero'));
      assert.ok(creates > 0, 'the mapped customers get additions created');
      for (const row of await table.locator('tbody tr[data-action="create"]').all()) {
        assert.match(await row.textContent(), new RegExp(de.create));
      }
      const { runId } = await push(page, de, { creates });

      const writes = await callGo(page, 'UsageSyncService', 'Writes', { runId });
      assert.equal(writes.length, creates + updates, 'one write per create and update');
      const runs = await callGo(page, 'UsageSyncService', 'Runs');
      assert.equal(runs[0].id, runId);
      assert.equal(runs[0].trigger, 'manual');
      assert.equal(runs[0].month, month);

      // The history, opened from the result, lists the run's writes with before and after.
      await page.getByRole('link', { name: de.openHistory }).click();
      await page.getByRole('heading', { level: 1, name: de.history }).waitFor();
      const writesTable = page.getByRole('table', { name: 'ConnectWise-Schreibvorgänge' });
      await writesTable.waitFor();
      assert.equal(await writesTable.locator('tbody tr').count(), creates + updates);
      assert.equal(await writesTable.locator('tbody tr', { hasText: de.writeCreated }).count(), creates);
      assert.match(await writesTable.textContent(), /quantity/);
      // Filter by customer: a tenant's writes only.
      const name = (await callGo(page, 'CustomersService', 'Overview')).rows.find(
        (r) => r.tenantId === tenants[0],
      ).name;
      await page.getByRole('searchbox', { name: 'Kunde' }).fill(name);
      await page.waitForFunction(
        ([n]) =>
          [...document.querySelectorAll('table[aria-label="ConnectWise-Schreibvorgänge"] tbody tr')].every((tr) =>
            tr.textContent.includes(n),
          ),
        [name],
      );

      // A second preview: nothing to create or update.
      table = await preview(page, de);
      assert.equal(await actionCount(table, 'create'), 0);
      assert.equal(await actionCount(table, 'update'), 0);
      assert.ok((await actionCount(table, 'unchanged')) >= creates + updates);
      await page.getByText(de.nothing).waitFor();
      assert.equal(await page.getByRole('button', { name: de.push }).isDisabled(), true);

      // The landing page names the run and links to it.
      await gotoApp(page, '#/');
      const card = page.getByRole('region', { name: 'Letzte Nutzungssynchronisierung' });
      await card.getByRole('link').waitFor();
      assert.match(await card.textContent(), new RegExp(`${month.slice(0, 4)}: erfolgreich`));
      assert.match((await card.getByRole('link').getAttribute('href')) ?? '', new RegExp(`run=${runId}`));
    } finally {
      await close();
    }
  });

  test('English: preview and push one more customer, see it in the history', async () => {
    const { page, close } = await openBrowser({ locale: 'en-US' });
    try {
      await gotoApp(page);
      await mapForSync(page, month, 1);
      const table = await preview(page, en);
      const creates = await actionCount(table, 'create');
      assert.ok(creates > 0);
      const { runId } = await push(page, en, { creates });
      await page.getByRole('link', { name: en.openHistory }).click();
      await page.getByRole('heading', { level: 1, name: en.history }).waitFor();
      const writesTable = page.getByRole('table', { name: 'ConnectWise writes' });
      await writesTable.waitFor();
      assert.equal(await writesTable.locator('tbody tr', { hasText: en.writeCreated }).count(), creates);
      assert.equal((await callGo(page, 'UsageSyncService', 'Writes', { runId })).length >= creates, true);
      await preview(page, en);
      await page.getByText(en.nothing).waitFor();
    } finally {
      await close();
    }
  });
});
