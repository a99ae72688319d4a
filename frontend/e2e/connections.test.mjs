import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { callGo, gotoApp, openBrowser } from './browser.mjs';

// These tests switch the shared `wails dev` app between demo and real data; every test
// ends back in demo mode, which the other e2e files expect.
const backToDemo = async () => {
  const b = await openBrowser();
  try {
    await gotoApp(b.page);
    await callGo(b.page, 'ConnectionsService', 'SwitchMode', true);
  } finally {
    await b.close();
  }
};

describe('welcome and connections', () => {
  after(backToDemo);

  test('the welcome offers demo data and connecting; "Demo-Daten verwenden" lands on the demo', async () => {
    const { page, close } = await openBrowser({ locale: 'de-DE' });
    try {
      await gotoApp(page, '#/welcome');
      await page.getByRole('heading', { level: 1, name: 'Willkommen bei PSA Bridge' }).waitFor();
      await page.getByRole('button', { name: 'Verbindung einrichten' }).waitFor();
      // No demo banner while the welcome still asks whether to use demo data (issue 12).
      assert.equal(await page.getByText(/Demo-Modus: Alle Daten/).count(), 0);
      await page.getByRole('button', { name: 'Demo-Daten verwenden' }).click();
      await page.getByRole('heading', { level: 1, name: 'Details zu ConnectWise' }).waitFor();
      const info = await callGo(page, 'SettingsService', 'AppInfo');
      assert.equal(info.demo, true);
      assert.equal(info.welcome, false);
    } finally {
      await close();
    }
  });

  test('"Verbindung einrichten" switches to real data; a connection test names the problem; switching back restores the demo', async () => {
    const { page, close } = await openBrowser({ locale: 'de-DE' });
    try {
      await gotoApp(page, '#/connections');
      await page.getByRole('heading', { level: 1, name: 'Verbindungen' }).waitFor();
      await page.getByRole('button', { name: 'Verbindung einrichten' }).click();

      // Reloaded in real mode: no demo label anywhere, the account forms are there.
      const cw = page.getByRole('form', { name: 'ConnectWise PSA' });
      await cw.waitFor();
      assert.equal(await page.getByRole('note').count(), 0, 'the demo banner must go in real mode');
      const info = await callGo(page, 'SettingsService', 'AppInfo');
      assert.equal(info.demo, false);
      assert.match(info.databasePath, /psabridge\.db$/);

      // Nothing listens on port 9: the test says the server does not answer.
      await cw.getByLabel('Site').fill('http://127.0.0.1:9');
      await cw.getByLabel('Firmen-ID').fill('acme');
      await cw.getByLabel('Öffentlicher Schlüssel').fill('pub');
      await cw.getByLabel('Privater Schlüssel').fill('priv');
      await cw.getByLabel('Client-ID').fill('5f0c9d7e-3b2a-4c61-9e8f-0a1b2c3d4e5f');
      await cw.getByRole('button', { name: 'Verbindung testen' }).click();
      await page.getByText('Der Server antwortet nicht.', { exact: false }).waitFor({ timeout: 20_000 });

      // A missing field is named before anything is sent.
      const sophos = page.getByRole('form', { name: 'Sophos Central Partner' });
      await sophos.getByRole('button', { name: 'Verbindung testen' }).click();
      assert.equal(await sophos.getByLabel('Client-ID').getAttribute('aria-invalid'), 'true');

      await page.getByRole('button', { name: 'Demo-Daten verwenden' }).click();
      await page.getByRole('heading', { level: 1, name: 'Details zu ConnectWise' }).waitFor();
      assert.match(await page.getByRole('note').innerText(), /Demo-Modus/);
    } finally {
      await close();
    }
  });
});
