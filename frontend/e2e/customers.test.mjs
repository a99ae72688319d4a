// The Kunden [Customers] page in Chromium against `wails dev` on demo data. Every test checks
// the result through the bound CustomersService, not only on the screen.
import assert from 'node:assert/strict';
import { afterEach, before, beforeEach, describe, test } from 'node:test';
import { callGo, customersReady, gotoApp, openBrowser } from './browser.mjs';

const customer = async (page, tenantId) =>
  (await callGo(page, 'CustomersService', 'Overview')).rows.find((r) => r.tenantId === tenantId);

/** A company with an agreement that fits: the first candidate company of rows like these. */
async function companyWithAgreement(page, rows, fits) {
  for (const r of rows) {
    for (const id of [...(r.suggestion.candidates ?? []), r.suggestion.suggestion?.companyId].filter(Boolean)) {
      const agreements = await callGo(page, 'CustomersService', 'Agreements', id);
      const a = agreements.find(fits);
      if (a) return { row: r, companyId: id, agreement: a };
    }
  }
  throw new Error('no demo company has such an agreement');
}

async function openCustomers(page, hash = '#/customers') {
  await gotoApp(page, hash);
  await page.getByRole('table').waitFor();
}

/** Picks a company in a row's combobox by typing part of its name, as a user does. */
async function pickCompany(page, tenant, name, labels) {
  const combo = page.getByRole('combobox', { name: `${labels.companyFor} ${tenant}` });
  await combo.fill(name.slice(0, 6));
  await page
    .getByRole('option', { name: new RegExp(escape(name)) })
    .first()
    .click();
}

/** Chooses an agreement in a row's select. */
async function pickAgreement(page, tenant, agreementName, labels) {
  await page.getByRole('button', { name: new RegExp(`${escape(labels.agreementFor)} ${escape(tenant)}`) }).click();
  await page
    .getByRole('option', { name: new RegExp(escape(agreementName)) })
    .first()
    .click();
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function toggle(page, sw) {
  await sw.focus();
  await page.keyboard.press('Space');
}

const de = {
  companyFor: 'ConnectWise-Unternehmen für',
  agreementFor: 'Vereinbarung für',
  syncFor: 'Nutzungssynchronisierung für',
  removeFor: 'Zuordnung entfernen für',
  acceptFor: 'Vorschlag übernehmen für',
  save: 'Speichern',
  saved: 'Gespeichert.',
  showEnded: 'Beendete Vereinbarungen anzeigen',
  cancelled: 'Vereinbarung storniert',
};
const en = {
  filter: 'Filter',
  acceptAll: 'Accept suggestions',
  save: 'Save',
  saved: 'Saved.',
  syncFor: 'Usage sync for',
};

const name = (r) => r.showAs || r.name;

describe('Kunden', () => {
  let rows;
  let b;
  before(async () => {
    const first = await openBrowser({ locale: 'de-DE' });
    await gotoApp(first.page);
    await callGo(first.page, 'SettingsService', 'SetLanguage', '');
    rows = await customersReady(first.page);
    await first.close();
  });
  beforeEach(async () => {
    b = await openBrowser({ locale: 'de-DE' });
    await gotoApp(b.page);
  });
  afterEach(async () => b?.close());

  test('map a customer by typeahead and agreement, switch sync on, save, reload: persisted', async () => {
    const { page } = b;
    const unsuggested = rows.filter((r) => r.suggestion.reason === 'several_active_agreements');
    const { row, companyId, agreement } = await companyWithAgreement(page, unsuggested, (a) => a.usable);
    const companyName = await companyNameOf(page, row, companyId);
    await openCustomers(page);
    await pickCompany(page, name(row), companyName, de);
    await pickAgreement(page, name(row), agreement.name, de);
    await toggle(page, page.getByRole('switch', { name: `${de.syncFor} ${name(row)}` }));
    await page.getByRole('button', { name: de.save, exact: true }).click();
    await page.getByText(de.saved).waitFor();
    await page.reload();
    await page.getByRole('table').waitFor();
    assert.equal(await page.getByRole('switch', { name: `${de.syncFor} ${name(row)}` }).isChecked(), true);
    const saved = await customer(page, row.tenantId);
    assert.equal(saved.companyId, companyId);
    assert.equal(saved.agreementId, agreement.id);
    assert.equal(saved.syncEnabled, true);
  });

  test('accept a suggestion', async () => {
    const { page } = b;
    const target = rows.find((r) => r.suggestion.suggestion);
    await openCustomers(page);
    await page.getByRole('button', { name: `${de.acceptFor} ${name(target)}` }).click();
    await page.getByRole('button', { name: de.save, exact: true }).click();
    await page.getByText(de.saved).waitFor();
    const saved = await customer(page, target.tenantId);
    assert.equal(saved.companyId, target.suggestion.suggestion.companyId);
    assert.equal(saved.agreementId, target.suggestion.suggestion.agreementId);
    assert.equal(saved.syncEnabled, false);
  });

  test('removing the mapping switches sync off', async () => {
    const { page } = b;
    const mapped = (await callGo(page, 'CustomersService', 'Overview')).rows.find((r) => r.syncEnabled);
    assert.ok(mapped, 'the first test left a customer with sync on');
    await openCustomers(page);
    await page.getByRole('button', { name: `${de.removeFor} ${name(mapped)}` }).click();
    const sw = page.getByRole('switch', { name: `${de.syncFor} ${name(mapped)}` });
    assert.equal(await sw.isChecked(), false);
    assert.equal(await sw.isDisabled(), true);
    await page.getByRole('button', { name: de.save, exact: true }).click();
    await page.getByText(de.saved).waitFor();
    const saved = await customer(page, mapped.tenantId);
    assert.equal(saved.companyId, 0);
    assert.equal(saved.syncEnabled, false);
  });

  test('a cancelled agreement is shown as a problem', async () => {
    const { page } = b;
    const unmapped = (await callGo(page, 'CustomersService', 'Overview')).rows.filter(
      (r) => r.companyId === 0 && r.suggestion.reason !== 'several_companies',
    );
    const { row, companyId, agreement } = await companyWithAgreement(
      page,
      unmapped,
      (a) => a.problem === 'agreement_cancelled',
    );
    await openCustomers(page);
    await pickCompany(page, name(row), await companyNameOf(page, row, companyId), de);
    await toggle(page, page.getByRole('checkbox', { name: de.showEnded }));
    await pickAgreement(page, name(row), agreement.name, de);
    await page.getByRole('button', { name: de.save, exact: true }).click();
    await page.getByText(de.saved).waitFor();
    const r = page.getByRole('row', { name: new RegExp(escape(name(row))) }).first();
    await r.getByText(de.cancelled).waitFor();
    assert.ok((await customer(page, row.tenantId)).problems.includes('agreement_cancelled'));
    await openCustomers(page, '#/customers?show=problems');
    await page
      .getByRole('row', { name: new RegExp(escape(name(row))) })
      .first()
      .waitFor();
  });

  test("a customer's name opens its detail page", async () => {
    const { page } = b;
    const row = (await callGo(page, 'CustomersService', 'Overview')).rows[0];
    await openCustomers(page);
    await page.getByRole('link', { name: name(row), exact: true }).click();
    await page.getByRole('heading', { level: 1, name: name(row) }).waitFor();
    assert.ok((await page.evaluate(() => location.hash)).endsWith(`/customers/${encodeURIComponent(row.tenantId)}`));
  });

  test('in English: accept the suggestions of the rows shown', async () => {
    const { page } = b;
    await callGo(page, 'SettingsService', 'SetLanguage', 'en');
    await page.reload();
    try {
      const open = (await callGo(page, 'CustomersService', 'Overview')).rows.filter((r) => r.suggestion.suggestion);
      const target = open[0];
      await openCustomers(page);
      await page.getByRole('searchbox', { name: en.filter }).fill(name(target));
      await page.getByRole('button', { name: en.acceptAll }).click();
      await page.getByRole('button', { name: en.save, exact: true }).click();
      await page.getByText(en.saved).waitFor();
      const saved = await customer(page, target.tenantId);
      assert.equal(saved.companyId, target.suggestion.suggestion.companyId);
      // Only the rows shown: another suggestion stays open.
      assert.equal((await customer(page, open[1].tenantId)).companyId, 0);
    } finally {
      await callGo(page, 'SettingsService', 'SetLanguage', '');
    }
  });

  test('mapping works by keyboard alone', async () => {
    const { page } = b;
    const target = (await callGo(page, 'CustomersService', 'Overview')).rows.find((r) => r.suggestion.suggestion);
    const s = target.suggestion.suggestion;
    await openCustomers(page);
    const combo = page.getByRole('combobox', { name: `${de.companyFor} ${name(target)}` });
    await combo.focus();
    await page.keyboard.type(s.companyName.slice(0, 6));
    await page
      .getByRole('option', { name: new RegExp(escape(s.companyName)) })
      .first()
      .waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    // Tab past the remove button to the agreement select.
    const select = page.getByRole('button', { name: new RegExp(`${escape(de.agreementFor)} ${escape(name(target))}`) });
    for (let i = 0; i < 3 && !(await select.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await page
      .getByRole('option', { name: new RegExp(escape(s.agreementName)) })
      .first()
      .waitFor();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: de.save, exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByText(de.saved).waitFor();
    const saved = await customer(page, target.tenantId);
    assert.equal(saved.companyId, s.companyId);
    assert.equal(saved.agreementId, s.agreementId);
    assert.equal(saved.syncEnabled, true);
  });
});

/** The company's name as the combobox lists it (searched by the id's cached record). */
async function companyNameOf(page, row, companyId) {
  if (row.suggestion.suggestion?.companyId === companyId) return row.suggestion.suggestion.companyName;
  // Candidates share the tenant's normalised name: search by its first word.
  const word = (row.showAs || row.name).split(/\s+/)[0];
  const found = await callGo(page, 'CustomersService', 'SearchCompanies', word, false);
  const c = found.find((f) => f.id === companyId);
  if (!c) throw new Error(`company ${companyId} not found by ${word}`);
  return c.name;
}
