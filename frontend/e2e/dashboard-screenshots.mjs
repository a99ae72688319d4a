// Saves the landing page and customer detail screenshots (#16) from the running `wails dev`
// app on demo data. Usage: node frontend/e2e/dashboard-screenshots.mjs OUT_DIR [--all]
// (--all adds 900×600 and table views, for looking at them; the README uses the others).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gotoApp, landingReady, openBrowser } from './browser.mjs';

const out = process.argv[2] ?? 'build/screenshots';
const all = process.argv.includes('--all');
mkdirSync(out, { recursive: true });

async function readyLanding() {
  const { page, close } = await openBrowser();
  try {
    await gotoApp(page);
    return await landingReady(page);
  } finally {
    await close();
  }
}

const landing = await readyLanding();
const customer = landing.changes.increases.find((c) => c.tenantName).tenantId;
const shots = [
  { name: 'details-de-light', hash: '#/', locale: 'de-DE', colorScheme: 'light' },
  { name: 'details-en-light', hash: '#/', locale: 'en-US', colorScheme: 'light' },
  { name: 'details-de-dark', hash: '#/', locale: 'de-DE', colorScheme: 'dark' },
  { name: 'customer-de-light', hash: `#/customers/${customer}`, locale: 'de-DE', colorScheme: 'light' },
  { name: 'customer-de-dark', hash: `#/customers/${customer}`, locale: 'de-DE', colorScheme: 'dark' },
];
if (all) {
  shots.push(
    { name: 'details-de-light-small', hash: '#/', locale: 'de-DE', colorScheme: 'light', small: true },
    { name: 'details-en-dark-small', hash: '#/', locale: 'en-US', colorScheme: 'dark', small: true },
    { name: 'details-de-light-charts', hash: '#/', locale: 'de-DE', colorScheme: 'light', scroll: 'chart-billed' },
    { name: 'details-en-dark-charts', hash: '#/', locale: 'en-US', colorScheme: 'dark', scroll: 'chart-top' },
    {
      name: 'details-de-light-table',
      hash: '#/',
      locale: 'de-DE',
      colorScheme: 'light',
      scroll: 'chart-billed',
      table: true,
    },
    { name: 'details-de-light-bottom', hash: '#/', locale: 'de-DE', colorScheme: 'light', scroll: 'bottom' },
    {
      name: 'customer-en-light-small',
      hash: `#/customers/${customer}`,
      locale: 'en-US',
      colorScheme: 'light',
      small: true,
    },
  );
}

for (const s of shots) {
  const { page, close } = await openBrowser({ locale: s.locale, colorScheme: s.colorScheme });
  try {
    if (s.small) await page.setViewportSize({ width: 900, height: 600 });
    else await page.setViewportSize({ width: 1280, height: 800 });
    await gotoApp(page, s.hash);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.locator('.recharts-surface').first().waitFor({ timeout: 30_000 });
    if (s.table) await page.getByTestId(s.scroll).getByRole('button').first().click();
    if (s.scroll === 'bottom') await page.locator('.problems').scrollIntoViewIfNeeded();
    else if (s.scroll) await page.getByTestId(s.scroll).scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(out, `${s.name}.png`) });
    console.log(`saved ${s.name}`);
  } finally {
    await close();
  }
}
