// Saves the README's screenshots from the running `wails dev` app: each page in German and
// English, light and dark. Usage: node frontend/e2e/screenshots.mjs OUT_DIR
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { callGo, gotoApp, openBrowser } from './browser.mjs';

const out = process.argv[2] ?? 'build/screenshots';
mkdirSync(out, { recursive: true });

const shots = [
  { name: 'details-de-light', hash: '#/', locale: 'de-DE', colorScheme: 'light' },
  { name: 'details-en-light', hash: '#/', locale: 'en-US', colorScheme: 'light' },
  { name: 'details-de-dark', hash: '#/', locale: 'de-DE', colorScheme: 'dark' },
  { name: 'settings-de-light', hash: '#/settings', locale: 'de-DE', colorScheme: 'light' },
  // The connections page with saved accounts and a test result needs a system keychain,
  // which wails dev under Xvfb lacks: those shots are taken from the native build.
  { name: 'welcome-de-light', hash: '#/welcome', locale: 'de-DE', colorScheme: 'light' },
  { name: 'welcome-en-light', hash: '#/welcome', locale: 'en-US', colorScheme: 'light' },
];

for (const s of shots) {
  const { page, close } = await openBrowser({ locale: s.locale, colorScheme: s.colorScheme });
  try {
    await gotoApp(page, s.hash);
    await callGo(page, 'SettingsService', 'SetLanguage', '');
    await callGo(page, 'SettingsService', 'SetTheme', 'system');
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: join(out, `${s.name}.png`) });
    console.log('saved', join(out, `${s.name}.png`));
  } finally {
    await close();
  }
}
