// The configure page's dialogs in Chromium against `wails dev` on demo data (issue 12): a
// click right after the options appear, and keystroke → options on screen, measured.
import assert from 'node:assert/strict';
import { availableParallelism, loadavg } from 'node:os';
import { after, before, describe, test } from 'node:test';
import { callGo, demoReady, gotoApp, openBrowser } from './browser.mjs';

/**
 * The last unmapped demo products: configure.test.mjs maps the first ones, so both files
 * can run against the same wails dev in any order.
 */
const lastUnmapped = async (page, n = 0) =>
  (await callGo(page, 'ProductsService', 'Products')).filter((r) => !r.mapped).at(-1 - n);

/** Opens the map dialog of the last unmapped row and returns its search box. */
async function openMapDialog(page) {
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

describe('configure dialogs', () => {
  let b;
  before(async () => {
    b = await openBrowser({ locale: 'de-DE' });
    await gotoApp(b.page);
    await callGo(b.page, 'SettingsService', 'SetLanguage', 'de');
    await demoReady(b.page);
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

  test('keystroke → options on screen: measured over ≥ 40 keystrokes and reported', async () => {
    const { page } = b;
    const { dialog, combo } = await openMapDialog(page);
    await combo.focus();
    // In the page: from each keydown in the box to the frame after the list first shows
    // the options answering the box's new text (ListBox data-query).
    await page.evaluate(() => {
      const w = /** @type {any} */ (window);
      w.__samples = [];
      const input = document.activeElement;
      input.addEventListener(
        'keydown',
        (e) => {
          const t0 = e.timeStamp;
          const done = () => {
            const want = input.value.trim();
            const list = document.querySelector('[role="listbox"][data-query]');
            if (want.length < 2 || !list || list.getAttribute('data-query') !== want) return false;
            requestAnimationFrame(() => w.__samples.push(performance.now() - t0));
            return true;
          };
          const observer = new MutationObserver(() => done() && observer.disconnect());
          observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
        },
        true,
      );
    });
    const words = ['intercept', 'endpoint', 'firewall', 'sophos mdr', 'backup', 'xdr server', 'email'];
    let typed = 0;
    for (const word of words) {
      await combo.fill('');
      for (const ch of word) {
        const before = await page.evaluate(() => /** @type {any} */ (window).__samples.length);
        await page.keyboard.type(ch);
        if ((await combo.inputValue()).trim().length >= 2) {
          typed++;
          await page.waitForFunction((n) => /** @type {any} */ (window).__samples.length > n, before, {
            timeout: 5_000,
          });
        }
      }
    }
    const samples = await page.evaluate(() => /** @type {any} */ (window).__samples.slice());
    assert.ok(samples.length >= 40, `${samples.length} samples from ${typed} keystrokes`);
    const sorted = [...samples].sort((a, b) => a - b);
    const pct = (p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
    console.log(
      `keystroke → options on screen: n=${sorted.length} p50=${pct(50).toFixed(1)} ms p95=${pct(95).toFixed(1)} ms max=${sorted.at(-1).toFixed(1)} ms`,
    );
    // A speed figure, reported rather than judged by the clock (the target is p95 ≤ 50 ms;
    // measured here it is not met yet: see the README's performance table).
    const load = loadavg()[0] / availableParallelism();
    console.log(`machine load ${load.toFixed(1)} per core while measuring`);
    await page.keyboard.press('Escape'); // the list
    await page.keyboard.press('Escape'); // the dialog
    await dialog.waitFor({ state: 'detached' });
  });
});
