import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { callGo, gotoApp, openBrowser } from './browser.mjs';

describe('landing page', () => {
  before(async () => {
    // Start from "follow the OS language" whatever an earlier run left behind.
    const b = await openBrowser();
    await gotoApp(b.page);
    await callGo(b.page, 'SettingsService', 'SetLanguage', '');
    await b.close();
  });

  test('renders in German on a German system', async () => {
    const { page, close } = await openBrowser({ locale: 'de-DE' });
    try {
      await gotoApp(page);
      await page.getByRole('heading', { level: 1, name: 'Details zu ConnectWise' }).waitFor();
      await page.getByRole('button', { name: 'Konfigurieren' }).waitFor();
      assert.match(await page.getByRole('note').innerText(), /Demo-Modus/);
      assert.equal(await page.locator('html').getAttribute('lang'), 'de');
      await page.getByRole('button', { name: 'Konfigurieren' }).click();
      await page.getByRole('heading', { level: 1, name: 'Nutzungssynchronisierung konfigurieren' }).waitFor();
    } finally {
      await close();
    }
  });

  test('renders in English on an English system', async () => {
    const { page, close } = await openBrowser({ locale: 'en-US' });
    try {
      await gotoApp(page);
      await page.getByRole('heading', { level: 1, name: 'ConnectWise details' }).waitFor();
      await page.getByRole('button', { name: 'Configure' }).waitFor();
      assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    } finally {
      await close();
    }
  });

  test('a language chosen in the settings is remembered by the backend', async () => {
    const { page, close } = await openBrowser({ locale: 'de-DE' });
    try {
      await gotoApp(page, '#/settings');
      await page.getByRole('button', { name: /Sprache/ }).click();
      await page.getByRole('option', { name: 'English' }).click();
      await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
      const prefs = await callGo(page, 'SettingsService', 'Preferences');
      assert.equal(prefs.language, 'en');
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor(); // still English on a German system
    } finally {
      await callGo(page, 'SettingsService', 'SetLanguage', '');
      await close();
    }
  });

  test('bad input to a bound method comes back as a coded error naming the field', async () => {
    const { page, close } = await openBrowser();
    try {
      await gotoApp(page);
      const message = await page.evaluate(() =>
        window.go.app.SettingsService.SetTheme('purple').then(
          () => 'accepted',
          (e) => e.message,
        ),
      );
      assert.deepEqual(JSON.parse(message), {
        code: 'invalid',
        field: 'theme',
        message: 'unsupported theme "purple" (use system, light or dark)',
      });
    } finally {
      await close();
    }
  });
});
