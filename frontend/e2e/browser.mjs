// Launches Debian's Chromium through playwright-core (no browser download) against the
// app served by `wails dev`, whose Go bindings reach the page over a websocket.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const appURL = process.env.PSA_BRIDGE_URL ?? 'http://localhost:34115/';

const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Opens a fresh browser profile in the given locale; close() removes it. */
export async function openBrowser({ locale = 'de-DE', colorScheme = 'light' } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'psa-bridge-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [...args, `--lang=${locale}`],
    locale,
    colorScheme,
    viewport: { width: 1280, height: 820 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    page,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Loads the app and waits until the shell has rendered (the backend answered). */
export async function gotoApp(page, hash = '#/') {
  await page.goto(appURL + hash);
  await page.getByRole('navigation').waitFor({ timeout: 30_000 });
}

/** Calls a bound Go method from the page, e.g. callGo(page, 'SettingsService', 'SetLanguage', 'en'). */
export function callGo(page, service, method, ...args) {
  return page.evaluate(([s, m, a]) => window.go.app[s][m](...a), [service, method, args]);
}

/** Waits until the demo catalog is cached and the Sophos products are discovered; returns the products. */
export async function demoReady(page) {
  for (let i = 0; i < 240; i++) {
    const [status, rows] = await Promise.all([
      callGo(page, 'CatalogService', 'Status'),
      callGo(page, 'ProductsService', 'Products'),
    ]);
    if (status.lastFullRefresh > 0 && !status.refreshing && rows.length > 0) return rows;
    await page.waitForTimeout(250);
  }
  throw new Error('demo data never became ready');
}

/** Waits until the landing page has a month of usage, unbilled reasons and named changes; returns it. */
export async function landingReady(page) {
  for (let i = 0; i < 480; i++) {
    const l = await callGo(page, 'DashboardService', 'Landing');
    if (l.month && l.unbilled.byReason.length > 0 && l.changes.increases.some((c) => c.tenantName)) return l;
    await page.waitForTimeout(250);
  }
  throw new Error('the landing page data never became ready');
}

/** Refreshes the demo caches (companies, agreements, tenants) and waits for the 40 tenants; returns them. */
export async function customersReady(page) {
  await callGo(page, 'CustomersService', 'Refresh');
  for (let i = 0; i < 240; i++) {
    const [state, o] = await Promise.all([
      callGo(page, 'CustomersService', 'RefreshState'),
      callGo(page, 'CustomersService', 'Overview'),
    ]);
    if (!state.running && o.rows.length === 40) return o.rows;
    await page.waitForTimeout(250);
  }
  throw new Error('demo customers never became ready');
}

/**
 * Opens a browser on the demo app in UI language ('' follows the system's, here the browser
 * locale's) once the demo data is ready; returns it with the Sophos products.
 */
export async function openDemoApp({ locale = 'de-DE', language = '' } = {}) {
  const b = await openBrowser({ locale });
  await gotoApp(b.page);
  await callGo(b.page, 'SettingsService', 'SetLanguage', language);
  return { ...b, rows: await demoReady(b.page) };
}
