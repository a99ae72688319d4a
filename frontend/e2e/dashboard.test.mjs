// The landing page "at a glance" (#16) on demo data: unbilled usage per reason with the
// links that fix it, the charts and their tables, and the customer detail.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { callGo, gotoApp, landingReady, openBrowser } from './browser.mjs';

/** Waits until the background refresh has stored the demo's usage history and tenants. */
/** The numbers of a chart (data-chart) and of its table, after "show as table". */
async function chartAndTable(page, testId, showTable) {
  const figure = page.getByTestId(testId);
  await figure.waitFor();
  const data = JSON.parse(await figure.getAttribute('data-chart'));
  await figure.getByRole('button', { name: showTable }).click();
  const rows = await figure.getByRole('table').getByRole('row').all();
  const cells = [];
  for (const row of rows.slice(1)) cells.push(await row.locator('th, td').allInnerTexts());
  return { data, cells };
}

describe('landing page at a glance', () => {
  test('shows the unbilled usage with its reasons and links to the products page filtered to unmapped', async () => {
    const { page, close } = await openBrowser({ locale: 'de-DE' });
    try {
      await gotoApp(page);
      const landing = await landingReady(page);
      const unbilled = page.getByRole('region', { name: 'Nicht abgerechnete Nutzung' });
      const reasons = unbilled.getByRole('list', { name: 'Gründe' });
      const nf = new Intl.NumberFormat('de');
      // Every reason the backend classified, with its quantity, in the page's order.
      await reasons.getByRole('listitem').first().waitFor();
      await page.waitForFunction(
        (n) => document.querySelectorAll('.reason-list li').length === n,
        landing.unbilled.byReason.length,
      );
      const items = await reasons.getByRole('listitem').allInnerTexts();
      assert.equal(items.length, landing.unbilled.byReason.length);
      const unmapped = landing.unbilled.byReason.find((r) => r.reason === 'product_unmapped');
      assert.ok(unmapped, 'the demo has unmapped products with usage');
      assert.ok(
        items.some((t) => t.includes('Produkt nicht zugeordnet') && t.includes(nf.format(unmapped.quantity))),
        `reasons ${JSON.stringify(items)} name the unmapped products' ${unmapped.quantity}`,
      );
      const sum = landing.unbilled.byReason.reduce((s, r) => s + r.quantity, 0);
      assert.ok(Math.abs(sum - landing.unbilled.unbilled) < 1e-6, 'the reasons add up to the unbilled total');
      assert.ok(Math.abs(landing.unbilled.billed + landing.unbilled.unbilled - landing.unbilled.total) < 1e-6);

      await unbilled.getByRole('link', { name: 'Produkt nicht zugeordnet' }).click();
      await page.getByRole('heading', { level: 1, name: 'Nutzungssynchronisierung konfigurieren' }).waitFor();
      assert.match(page.url(), /#\/configure\?show=unmapped$/);
      await page.getByRole('table').waitFor();
      assert.match(await page.locator('.select-button').first().innerText(), /Nicht zugeordnet/);
    } finally {
      await close();
    }
  });

  test('the table of each chart holds the same numbers as the chart', async () => {
    const { page, close } = await openBrowser({ locale: 'de-DE' });
    try {
      await gotoApp(page);
      await landingReady(page);
      await page.reload();
      await page.getByRole('navigation').waitFor();
      const nf = new Intl.NumberFormat('de');
      for (const testId of ['chart-billed', 'chart-top']) {
        const { data, cells } = await chartAndTable(page, testId, 'Als Tabelle anzeigen');
        assert.equal(data.length, 12, `${testId}: 12 months`);
        assert.deepEqual(
          cells,
          data.map(([label, ...values]) => [label, ...values.map((v) => nf.format(v))]),
          `${testId}: the table shows the chart's numbers`,
        );
      }
      // The render time after the data arrived (performance marks of Dashboard.tsx).
      const render = await page.evaluate(() => performance.getEntriesByName('dashboard:render').map((e) => e.duration));
      console.log(`landing page render after data (demo data): ${render.map((d) => d.toFixed(1)).join(', ')} ms`);
    } finally {
      await close();
    }
  });

  test('in English: a customer from the changes opens its detail with chart, table and writes', async () => {
    const { page, close } = await openBrowser({ locale: 'en-US' });
    try {
      await gotoApp(page);
      const landing = await landingReady(page);
      await page.reload();
      await page.getByRole('navigation').waitFor();
      await page
        .getByRole('region', { name: 'Unbilled usage' })
        .getByRole('link', { name: 'Product not mapped' })
        .waitFor();
      const change = landing.changes.increases.find((c) => c.tenantName) ?? landing.changes.decreases[0];
      await page
        .getByRole('region', { name: 'Changes since last month' })
        .getByRole('link', { name: change.tenantName })
        .first()
        .click();
      await page.getByRole('heading', { level: 1, name: change.tenantName }).waitFor();
      await page.getByRole('heading', { name: 'Changes to the agreement in ConnectWise' }).waitFor();
      const detail = await callGo(page, 'DashboardService', 'Customer', change.tenantId);
      const nf = new Intl.NumberFormat('en');
      const { data, cells } = await chartAndTable(page, 'chart-customer', 'Show as table');
      assert.equal(data.length, detail.months.length);
      assert.deepEqual(
        cells,
        data.map(([label, ...values]) => [label, ...values.map((v) => nf.format(v))]),
      );
    } finally {
      await close();
    }
  });
});
