// Saves the usage sync's README screenshots from the running `wails dev` app (demo data):
// the preview, the progress, the result and the history, German light and dark at 1280×800,
// the preview at 900×600, and the preview in English. Usage: node frontend/e2e/usagesync-screenshots.mjs OUT_DIR
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { callGo, gotoApp, openBrowser } from './browser.mjs';

const out = process.argv[2] ?? 'build/screenshots';
mkdirSync(out, { recursive: true });

/** Maps three tenants with usage and their products, sync on, as the e2e test does. */
async function prepare(page) {
  await callGo(page, 'SettingsService', 'SetLanguage', '');
  await callGo(page, 'UsageSyncService', 'RefreshData');
  const { default: month } = await callGo(page, 'UsageSyncService', 'Months');
  const preview = await callGo(page, 'UsageSyncService', 'Preview', month);
  const withUsage = new Set(preview.rows.filter((r) => r.sophosQuantity > 0).map((r) => r.tenantId));
  const overview = await callGo(page, 'CustomersService', 'Overview');
  const changes = overview.rows
    .filter((r) => !r.companyId && withUsage.has(r.tenantId) && r.suggestion?.suggestion?.agreementId)
    .slice(0, 3)
    .map((r) => ({
      tenantId: r.tenantId,
      companyId: r.suggestion.suggestion.companyId,
      agreementId: r.suggestion.suggestion.agreementId,
      syncEnabled: true,
    }));
  await callGo(page, 'CustomersService', 'Save', changes);
  const mapped = new Set(changes.map((c) => c.tenantId));
  const keys = [...new Set(preview.rows.filter((r) => mapped.has(r.tenantId)).map((r) => r.productKey))];
  const items = await callGo(page, 'CatalogService', 'Search', 'sophos', false);
  await callGo(
    page,
    'ProductsService',
    'Save',
    keys.map((key, i) => ({ productKey: key, mapping: 'existing', itemId: items[i].id, syncEnabled: true })),
  );
}

async function shot(page, name) {
  await page.waitForTimeout(300); // fonts and the last re-render
  await page.screenshot({ path: join(out, `${name}.png`) });
  console.log(name);
}

async function previewPage(page) {
  await gotoApp(page, '#/sync');
  await page.getByRole('button', { name: /^(Vorschau|Preview)$/ }).click();
  await page.getByRole('table').first().waitFor();
}

const setup = await openBrowser();
try {
  await gotoApp(setup.page);
  await prepare(setup.page);
} finally {
  await setup.close();
}

// Before the push: the preview in every variant, and the progress bar (its event emitted
// from the page, as the backend sends it, so the shot does not race a fast demo push).
for (const colorScheme of ['light', 'dark']) {
  const { page, close } = await openBrowser({ locale: 'de-DE', colorScheme });
  try {
    await page.setViewportSize({ width: 1280, height: 800 });
    await previewPage(page);
    await shot(page, `sync-preview-de-${colorScheme}`);
    await page.evaluate(() => window.runtime.EventsEmit('usagesync:progress', { done: 3, total: 8 }));
    await page.getByRole('progressbar').waitFor();
    await shot(page, `sync-progress-de-${colorScheme}`);
  } finally {
    await close();
  }
}
{
  const { page, close } = await openBrowser({ locale: 'de-DE' });
  try {
    await page.setViewportSize({ width: 900, height: 600 });
    await previewPage(page);
    await shot(page, 'sync-preview-de-light-900');
  } finally {
    await close();
  }
}
{
  const { page, close } = await openBrowser({ locale: 'en-US' });
  try {
    await page.setViewportSize({ width: 1280, height: 800 });
    await previewPage(page);
    await shot(page, 'sync-preview-en-light');
  } finally {
    await close();
  }
}

// The push, its result, and the history.
{
  const { page, close } = await openBrowser({ locale: 'de-DE' });
  try {
    await page.setViewportSize({ width: 1280, height: 800 });
    await previewPage(page);
    await page.getByRole('button', { name: 'In ConnectWise übertragen' }).click();
    await page.getByRole('dialog').waitFor();
    await shot(page, 'sync-confirm-de-light');
    await page.getByRole('dialog').getByRole('button', { name: 'Übertragen', exact: true }).click();
    await page.getByRole('link', { name: 'Im Verlauf anzeigen' }).waitFor({ timeout: 60_000 });
    await shot(page, 'sync-result-de-light');
  } finally {
    await close();
  }
}
{
  // The result in dark: the real last result, as the backend's event delivers it.
  const { page, close } = await openBrowser({ locale: 'de-DE', colorScheme: 'dark' });
  try {
    await page.setViewportSize({ width: 1280, height: 800 });
    await previewPage(page);
    const { last } = await callGo(page, 'UsageSyncService', 'Status');
    await page.evaluate((r) => window.runtime.EventsEmit('usagesync:finished', r), last);
    await page.getByRole('link', { name: 'Im Verlauf anzeigen' }).waitFor();
    await shot(page, 'sync-result-de-dark');
  } finally {
    await close();
  }
}
for (const colorScheme of ['light', 'dark']) {
  const { page, close } = await openBrowser({ locale: 'de-DE', colorScheme });
  try {
    await page.setViewportSize({ width: 1280, height: 800 });
    await gotoApp(page);
    const [run] = await callGo(page, 'UsageSyncService', 'Runs');
    await gotoApp(page, `#/history?run=${run.id}`);
    await page.getByRole('table', { name: 'ConnectWise-Schreibvorgänge' }).waitFor();
    await shot(page, `history-de-${colorScheme}`);
  } finally {
    await close();
  }
}
{
  const { page, close } = await openBrowser({ locale: 'de-DE', colorScheme: 'dark' });
  try {
    await page.setViewportSize({ width: 1280, height: 800 });
    await gotoApp(page);
    await page.getByRole('article', { name: 'Letzte Nutzungssynchronisierung' }).getByRole('link').waitFor();
    await shot(page, 'details-last-sync-de-dark');
  } finally {
    await close();
  }
}
