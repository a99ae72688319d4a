// Saves the README's screenshots from the running `wails dev` app: each page in German and
// English, light and dark, and every dialog of the configure page. Usage: node frontend/e2e/screenshots.mjs OUT_DIR
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { callGo, customersReady, gotoApp, openBrowser } from './browser.mjs';

const out = process.argv[2] ?? 'build/screenshots';
mkdirSync(out, { recursive: true });

const shots = [
  { name: 'details-de-light', hash: '#/', locale: 'de-DE', colorScheme: 'light' },
  { name: 'details-en-light', hash: '#/', locale: 'en-US', colorScheme: 'light' },
  { name: 'details-de-dark', hash: '#/', locale: 'de-DE', colorScheme: 'dark' },
  { name: 'settings-de-light', hash: '#/settings', locale: 'de-DE', colorScheme: 'light' },
  { name: 'configure-de-light', hash: '#/configure', locale: 'de-DE', colorScheme: 'light', staged: true },
  { name: 'configure-de-dark', hash: '#/configure', locale: 'de-DE', colorScheme: 'dark', staged: true },
  { name: 'configure-en-light', hash: '#/configure', locale: 'en-US', colorScheme: 'light' },
  { name: 'dialog-map-de-light', hash: '#/configure', locale: 'de-DE', colorScheme: 'light', dialog: 'map' },
  { name: 'dialog-map-de-dark', hash: '#/configure', locale: 'de-DE', colorScheme: 'dark', dialog: 'map' },
  { name: 'dialog-add-de-light', hash: '#/configure', locale: 'de-DE', colorScheme: 'light', dialog: 'add' },
  { name: 'dialog-details-de-light', hash: '#/configure', locale: 'de-DE', colorScheme: 'light', dialog: 'details' },
  { name: 'dialog-edit-de-light', hash: '#/configure', locale: 'de-DE', colorScheme: 'light', dialog: 'edit' },
  { name: 'dialog-add-de-dark', hash: '#/configure', locale: 'de-DE', colorScheme: 'dark', dialog: 'add' },
  { name: 'dialog-details-de-dark', hash: '#/configure', locale: 'de-DE', colorScheme: 'dark', dialog: 'details' },
  { name: 'dialog-edit-de-dark', hash: '#/configure', locale: 'de-DE', colorScheme: 'dark', dialog: 'edit' },
  { name: 'dialog-add-price-de-light', hash: '#/configure', locale: 'de-DE', colorScheme: 'light', dialog: 'price' },
  {
    name: 'dialog-map-en-dark-900',
    hash: '#/configure',
    locale: 'en-US',
    colorScheme: 'dark',
    dialog: 'map',
    viewport: { width: 900, height: 600 },
  },
  { name: 'dialog-sync-settings-de-light', hash: '#/configure', locale: 'de-DE', colorScheme: 'light', dialog: 'sync' },
  // The connections page with saved accounts and a test result needs a system keychain,
  // which wails dev under Xvfb lacks: those shots are taken from the native build.
  { name: 'welcome-de-light', hash: '#/welcome', locale: 'de-DE', colorScheme: 'light' },
  { name: 'welcome-en-light', hash: '#/welcome', locale: 'en-US', colorScheme: 'light' },
  {
    name: 'customers-de-light',
    hash: '#/customers',
    locale: 'de-DE',
    colorScheme: 'light',
    customers: true,
    viewport: { width: 1280, height: 800 },
  },
  {
    name: 'customers-de-dark',
    hash: '#/customers?show=problems',
    locale: 'de-DE',
    colorScheme: 'dark',
    customers: true,
    viewport: { width: 1280, height: 800 },
  },
  {
    name: 'customers-en-light',
    hash: '#/customers',
    locale: 'en-US',
    colorScheme: 'light',
    customers: true,
    viewport: { width: 1280, height: 800 },
  },
  {
    name: 'customers-de-light-900',
    hash: '#/customers?show=suggestions',
    locale: 'de-DE',
    colorScheme: 'light',
    customers: true,
    viewport: { width: 900, height: 600 },
  },
];
// SHOTS=customers takes only the shots whose name starts with it.
const only = process.env.SHOTS ?? '';

/** Waits for the demo catalog and products, and maps one product so details can be shown. */
async function prepareDemo() {
  const { page, close } = await openBrowser();
  try {
    await gotoApp(page);
    for (let i = 0; i < 240; i++) {
      const st = await callGo(page, 'CatalogService', 'Status');
      const rows = await callGo(page, 'ProductsService', 'Products');
      if (st.lastFullRefresh > 0 && !st.refreshing && rows.length > 0) {
        const cixa = rows.find((r) => r.productKey === 'CIXA-MSP') ?? rows[0];
        if (!cixa.mapped) {
          const [item] = await callGo(page, 'CatalogService', 'Search', 'Sophos_Intercept_X_Advanced', false);
          await callGo(page, 'ProductsService', 'Save', [
            { productKey: cixa.productKey, mapping: 'existing', itemId: item.id, syncEnabled: true },
          ]);
        }
        return cixa.description;
      }
      await page.waitForTimeout(250);
    }
    throw new Error('demo data never became ready');
  } finally {
    await close();
  }
}

/** Fills the customer caches and saves a few mappings, one to a cancelled agreement. */
async function prepareCustomers() {
  const { page, close } = await openBrowser();
  try {
    await gotoApp(page);
    const rows = await customersReady(page);
    if (rows.some((r) => r.companyId)) return;
    const changes = rows
      .filter((r) => r.suggestion.suggestion)
      .slice(0, 3)
      .map((r) => ({
        tenantId: r.tenantId,
        companyId: r.suggestion.suggestion.companyId,
        agreementId: r.suggestion.suggestion.agreementId,
        syncEnabled: true,
      }));
    for (const r of rows.filter((r) => !r.suggestion.suggestion && r.suggestion.candidates?.length === 1)) {
      const companyId = r.suggestion.candidates[0];
      const cancelled = (await callGo(page, 'CustomersService', 'Agreements', companyId)).find(
        (a) => a.problem === 'agreement_cancelled',
      );
      if (cancelled) {
        changes.push({ tenantId: r.tenantId, companyId, agreementId: cancelled.id, syncEnabled: false });
        break;
      }
    }
    await callGo(page, 'CustomersService', 'Save', changes);
  } finally {
    await close();
  }
}

/** Opens the dialog a shot shows, or stages a change so the page shows unsaved state. */
async function arrange(page, s, mapped) {
  const row = (name) => page.getByRole('row', { name, exact: false }).first();
  const unmapped = page
    .getByRole('row')
    .filter({ has: page.getByRole('button', { name: 'Produkt zu PSA hinzufügen' }) })
    .first();
  if (s.staged) {
    await unmapped.getByRole('button', { name: /^(Zuordnen|Map): / }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox').fill('endpoint');
    await page.getByRole('option').first().waitFor();
    await page.waitForTimeout(500);
    await page.getByRole('option').first().click();
    await dialog.getByRole('button', { name: 'Anwenden' }).click();
    await dialog.waitFor({ state: 'detached' });
  }
  if (s.dialog === 'map') {
    await row(mapped)
      .getByRole('button', { name: /^(Bearbeiten|Edit): / })
      .click();
    await page.getByRole('dialog').getByRole('combobox').fill('int adv');
    await page.getByRole('option').first().waitFor();
    await page.waitForTimeout(500);
  }
  if (s.dialog === 'add') await unmapped.getByRole('button', { name: 'Produkt zu PSA hinzufügen' }).click();
  if (s.dialog === 'details' || s.dialog === 'edit') {
    await row(mapped)
      .getByRole('button', { name: /^Details: / })
      .click();
    await page.getByRole('dialog').getByRole('heading').waitFor();
  }
  if (s.dialog === 'price') {
    // An ambiguous price is refused at the field, with both readings.
    await unmapped.getByRole('button', { name: /^Produkt zu PSA hinzufügen: / }).click();
    const price = page.getByRole('dialog').getByRole('textbox', { name: 'Preis' });
    await price.fill('1.250');
    await page.getByRole('dialog').getByRole('button', { name: 'Anwenden' }).click();
    await page.getByText(/ist mehrdeutig/).waitFor();
  }
  if (s.dialog === 'sync') {
    await page.getByRole('button', { name: 'Synchronisierungseinstellungen' }).click();
    await page.getByRole('dialog').getByRole('status').waitFor();
  }
  if (s.dialog === 'edit') await page.getByRole('button', { name: 'Produktdetails in PSA bearbeiten' }).click();
  if (s.dialog) await page.waitForTimeout(600);
}

const selected = shots.filter((s) => s.name.startsWith(only));
const mapped = selected.some((s) => s.staged || s.dialog) ? await prepareDemo() : '';
if (selected.some((s) => s.customers)) await prepareCustomers();
for (const s of selected) {
  const { page, close } = await openBrowser({ locale: s.locale, colorScheme: s.colorScheme });
  try {
    if (s.viewport) await page.setViewportSize(s.viewport);
    await gotoApp(page, s.hash);
    await callGo(page, 'SettingsService', 'SetLanguage', '');
    await callGo(page, 'SettingsService', 'SetTheme', 'system');
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    if (s.staged || s.dialog) await arrange(page, s, mapped);
    if (s.customers) {
      await page.getByRole('table').waitFor();
      // One staged change: an accepted suggestion, so the unsaved state shows.
      const accept = page.getByRole('button', { name: /^(Vorschlag übernehmen für|Accept suggestion for)/ }).first();
      if (await accept.count()) await accept.click();
      await page.evaluate(() => {
        window.scrollTo(0, 0);
        document.querySelector('.table-scroll')?.scrollTo(0, 0);
      });
      await page.getByRole('heading', { level: 1 }).focus();
      await page.waitForTimeout(300);
    }
    await page.screenshot({ path: join(out, `${s.name}.png`) });
    console.log('saved', join(out, `${s.name}.png`));
  } finally {
    await close();
  }
}
