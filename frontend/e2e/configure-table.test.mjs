// The configure page's table as a billing admin works it, in Chromium against `wails dev` on
// demo data, at the smallest window (900×600) and the default one (1280×800). It changes only
// rows from the end of the list, so configure.test.mjs (rows 0–4) finds them as it expects.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { callGo, demoReady, gotoApp, openBrowser } from './browser.mjs';
import { optionsAnswering } from './mapDialog.mjs';

const sizes = [
  { width: 900, height: 600 },
  { width: 1280, height: 800 },
];

async function openConfigure(page) {
  await gotoApp(page, '#/');
  await page.getByRole('link', { name: 'Nutzungssynchronisierung konfigurieren' }).click();
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.getByRole('table').locator('tbody tr').nth(1).waitFor();
}

/** Two boxes overlap when they share more than rounding. */
const overlap = (a, b) =>
  a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;

async function assertNoOverlap(what, locators) {
  const boxes = [];
  for (const l of locators) {
    const box = await l.boundingBox();
    if (box) boxes.push({ name: (await l.getAttribute('aria-label')) ?? (await l.innerText()), box });
  }
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++)
      assert.ok(!overlap(boxes[i].box, boxes[j].box), `${what}: "${boxes[i].name}" overlaps "${boxes[j].name}"`);
}

const rowControls = (r) => r.locator('button, label.switch, label.pd-checkbox');

for (const size of sizes) {
  describe(`configure table at ${size.width}×${size.height}`, () => {
    let b;
    let rows;
    before(async () => {
      b = await openBrowser({ locale: 'de-DE' });
      await b.page.setViewportSize(size);
      await gotoApp(b.page);
      await callGo(b.page, 'SettingsService', 'SetLanguage', '');
      rows = await demoReady(b.page);
    });
    after(async () => b?.close());

    test('nothing runs off the right edge, no toolbar or row control overlaps another', async () => {
      const { page } = b;
      await openConfigure(page);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
      const table = await page.getByRole('table').boundingBox();
      assert.ok(table.x + table.width <= size.width, `table ends at ${table.x + table.width} > ${size.width}`);
      const toolbar = page.locator('.toolbar');
      await assertNoOverlap('toolbar', [
        toolbar.getByRole('searchbox'),
        toolbar.getByRole('button', { name: /^Filter/ }),
        toolbar.getByRole('button', { name: 'Produkt zu PSA hinzufügen' }),
        toolbar.getByRole('button', { name: 'Verwerfen' }),
        toolbar.getByRole('button', { name: 'Speichern' }),
      ]);
      for (const i of [0, Math.floor(rows.length / 2), rows.length - 1]) {
        const r = page.locator('tbody tr').nth(i);
        await r.scrollIntoViewIfNeeded();
        await assertNoOverlap(`row ${i}`, await rowControls(r).all());
        // A long name takes two lines at most and keeps its full text.
        for (const name of await r.locator('.product-name').all()) {
          const lines = await name.evaluate((el) =>
            Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)),
          );
          assert.ok(lines <= 2, `row ${i}: a name takes ${lines} lines`);
          assert.equal(await name.getAttribute('title'), await name.evaluate((el) => el.textContent));
        }
      }
    });

    test('toolbar and table header stay visible while the rows scroll', async () => {
      const { page } = b;
      await openConfigure(page);
      await page.locator('tbody tr').last().scrollIntoViewIfNeeded();
      assert.ok((await page.evaluate(() => document.scrollingElement.scrollTop)) > 0, 'the page did not scroll');
      const save = await page.getByRole('button', { name: 'Speichern' }).boundingBox();
      const header = await page.getByRole('columnheader', { name: /Sophos-Produkt/ }).boundingBox();
      assert.ok(save.y >= 0 && save.y < size.height, `Speichern at y=${save.y}`);
      assert.ok(header.y >= save.y + save.height - 1 && header.y < size.height, `header at y=${header.y}`);
    });
  });
}

describe('configure table (German, 1280×800)', () => {
  let b;
  let rows;
  before(async () => {
    b = await openBrowser({ locale: 'de-DE' });
    await gotoApp(b.page);
    rows = await demoReady(b.page);
  });
  after(async () => b?.close());

  test('landing page: a count opens the configure list filtered to it', async () => {
    const { page } = b;
    await gotoApp(page, '#/');
    const unmapped = (await callGo(page, 'ProductsService', 'Products')).filter((r) => !r.mapped).length;
    await page.getByRole('link', { name: `Nicht zugeordnet: ${unmapped}` }).click();
    await page.getByRole('heading', { level: 1, name: 'Nutzungssynchronisierung konfigurieren' }).waitFor();
    await page
      .getByRole('button', { name: 'Filter', exact: true })
      .getByText(`Nicht zugeordnet (${unmapped})`)
      .waitFor();
    assert.equal(await page.locator('tbody tr').count(), unmapped);
  });

  test('focus lands on the heading; controls carry the product name; the disabled switch says why', async () => {
    const { page } = b;
    await openConfigure(page);
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');
    const target = rows.find((r) => !r.mapped);
    const r = page.getByRole('row', { name: target.description }).first();
    await r.getByRole('button', { name: `Zuordnen: ${target.description}`, exact: true }).waitFor();
    const sw = r.getByRole('switch', { name: `Synchronisierung: ${target.description}`, exact: true });
    assert.equal(await sw.isDisabled(), true);
    const reasonId = await sw.getAttribute('aria-describedby');
    assert.match(
      await page.locator(`[id="${reasonId}"]`).textContent(),
      /Synchronisierung ist nur für zugeordnete Produkte möglich/,
    );
    assert.equal(await page.locator(`[id="${reasonId}"]`).getByText('Erst zuordnen').isVisible(), true);
  });

  test('the filter dropdown is named "Filter" and counts each choice; the search matches all words', async () => {
    const { page } = b;
    await openConfigure(page);
    const filter = page.getByRole('button', { name: 'Filter', exact: true });
    await filter.click();
    const options = await page.getByRole('option').allInnerTexts();
    assert.ok(options.includes(`Alle (${rows.length})`), options.join(', '));
    assert.ok(
      options.some((o) => /^Nicht zugeordnet \(\d+\)$/.test(o)),
      options.join(', '),
    );
    await page.keyboard.press('Escape');
    await page.getByRole('searchbox').fill('mdr xdr');
    const want = rows.filter((r) => /xdr/i.test(r.description) && /mdr/i.test(r.description)).length;
    assert.ok(want > 1);
    await page.waitForFunction((n) => document.querySelectorAll('tbody tr').length === n, want);
  });

  test('columns sort both ways', async () => {
    const { page } = b;
    await openConfigure(page);
    const header = page.getByRole('columnheader', { name: /Sophos-Produkt/ });
    await header.getByRole('button').click();
    assert.equal(await header.getAttribute('aria-sort'), 'ascending');
    const names = await page.locator('tbody th .product-name').allInnerTexts();
    assert.deepEqual(
      names,
      [...names].sort((a, b) => a.localeCompare(b, 'de', { sensitivity: 'base', numeric: true })),
    );
    await header.getByRole('button').click();
    assert.equal(await header.getAttribute('aria-sort'), 'descending');
    assert.equal(await page.locator('tbody th .product-name').first().innerText(), names.at(-1));
  });

  test('bulk: select rows, remove their mappings in one go (staged), discard', async () => {
    const { page } = b;
    await openConfigure(page);
    // Unmapped now: earlier suites against the same demo data may have mapped some rows.
    const picks = (await callGo(page, 'ProductsService', 'Products')).filter((p) => !p.mapped).slice(-3);
    for (const p of picks) {
      // React Aria keeps the input visually hidden: select as a keyboard user does.
      await page.getByRole('checkbox', { name: `Auswählen: ${p.description}` }).focus();
      await page.keyboard.press('Space');
    }
    const bulk = page.getByRole('group', { name: 'Aktionen für die Auswahl' });
    await bulk.getByText('3 ausgewählt').waitFor();
    // Unmapped rows cannot sync: the bulk sync only reaches mapped ones, so nothing is staged here.
    assert.equal(await bulk.getByRole('button', { name: 'Synchronisierung an' }).isDisabled(), true);
    await bulk.getByRole('button', { name: 'Auswahl aufheben' }).click();
    await bulk.waitFor({ state: 'detached' });
  });

  test('Ctrl+S saves; focus then rests on the "Gespeichert." note', async () => {
    const { page } = b;
    await openConfigure(page);
    const target = rows.at(-1);
    const r = page.getByRole('row', { name: target.description }).first();
    await r.getByRole('button', { name: /^(Bearbeiten|Zuordnen): / }).click();
    const dialog = page.getByRole('dialog', { name: 'Sophos-Produkt einem ConnectWise-Produkt zuordnen' });
    await dialog.getByRole('combobox', { name: 'ConnectWise-Produkt' }).fill('sophos');
    await optionsAnswering(page, 'sophos');
    await page.getByRole('option').first().click();
    await dialog.getByText(/^Ausgewählt:/).waitFor();
    await dialog.getByRole('button', { name: 'Anwenden' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.keyboard.press('Control+s');
    await page.getByText('Gespeichert.').waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Gespeichert.');
    const saved = (await callGo(page, 'ProductsService', 'Products')).find((p) => p.productKey === target.productKey);
    assert.equal(saved.mapped, true);
  });

  test('keyboard only: mapping a row in the middle of the table takes at most 15 key presses', async (t) => {
    const { page } = b;
    await openConfigure(page);
    const unmapped = rows.filter((r) => !r.mapped);
    const target = unmapped[Math.floor(unmapped.length / 2)];
    const index = rows.findIndex((r) => r.productKey === target.productKey);
    assert.ok(index > 4 && index < rows.length - 3, `row ${index} of ${rows.length} is not in the middle`);
    let presses = 0;
    const press = async (key) => {
      presses++;
      await page.keyboard.press(key);
    };
    const type = async (text) => {
      for (const ch of text) await press(ch);
    };
    // Type the product key until the target is the first row left, as a user would.
    await press('Control+f'); // → search
    const firstRow = () => page.locator('tbody tr').first().getAttribute('data-key');
    for (const ch of target.productKey.toLowerCase()) {
      await press(ch);
      await page.waitForFunction(
        (typed) => document.querySelector('input[type=search]')?.value === typed,
        target.productKey.toLowerCase().slice(0, presses - 1),
      );
      if ((await firstRow()) === target.productKey) break;
    }
    await press('Enter'); // → first match's "Bearbeiten"
    assert.match(
      await page.evaluate(() => document.activeElement?.getAttribute('aria-label')),
      /^(Bearbeiten|Zuordnen): /,
    );
    await press('Enter'); // opens the dialog, the search field has focus
    const dialog = page.getByRole('dialog', { name: 'Sophos-Produkt einem ConnectWise-Produkt zuordnen' });
    await dialog.waitFor();
    await type('end');
    await optionsAnswering(page, 'end');
    await press('ArrowDown');
    await press('Enter');
    await dialog.getByText(/^Ausgewählt:/).waitFor();
    await press('Tab');
    await press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await press('Control+s');
    await page.getByText('Gespeichert.').waitFor();
    t.diagnostic(`${presses} key presses for row ${index + 1} of ${rows.length}`);
    assert.ok(presses <= 15, `${presses} key presses`);
    const saved = (await callGo(page, 'ProductsService', 'Products')).find((p) => p.productKey === target.productKey);
    assert.equal(saved.mapped, true);
  });
});
