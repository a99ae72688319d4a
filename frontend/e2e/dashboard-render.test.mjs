// Render time of the landing page on large data: run with generated demo data,
//   PSA_BRIDGE_APPARGS="--demo-scale 500x10" build/scripts/with-wails-dev.sh node --test frontend/e2e/dashboard-render.test.mjs
// (500 customers × 10 products × 24 months). Skipped without it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { callGo, gotoApp, openBrowser } from './browser.mjs';

const scaled = (process.env.PSA_BRIDGE_APPARGS ?? '').includes('--demo-scale');

test(
  'the landing page renders within 200 ms after its data arrives',
  { skip: !scaled && 'needs --demo-scale' },
  async () => {
    const { page, close } = await openBrowser({ locale: 'de-DE' });
    try {
      await gotoApp(page);
      // The background refresh stores 24 months of the generated customers' usage.
      let landing;
      for (let i = 0; i < 2400; i++) {
        landing = await callGo(page, 'DashboardService', 'Landing');
        const months = await callGo(page, 'DashboardService', 'Landing').then(
          (l) => l.split.filter((s) => s.unbilled > 0).length,
        );
        if (landing.month && months === 12 && landing.changes.increases.some((c) => c.tenantName)) break;
        await page.waitForTimeout(250);
      }
      assert.ok(landing.unbilled.total > 0, 'the generated usage is stored');
      const durations = [];
      for (let i = 0; i < 5; i++) {
        await page.reload();
        await page.getByRole('region', { name: 'Nicht abgerechnete Nutzung' }).waitFor();
        durations.push(
          await page.evaluate(() =>
            Math.max(...performance.getEntriesByName('dashboard:render').map((e) => e.duration)),
          ),
        );
      }
      durations.sort((a, b) => a - b);
      const median = durations[2];
      console.log(
        `landing page render after data, 500×10×24: median ${median.toFixed(1)} ms (runs: ${durations.map((d) => d.toFixed(1)).join(', ')}); problems ${landing.problems.length}`,
      );
      assert.ok(median < 200, `median render ${median} ms, want < 200 ms`);
    } finally {
      await close();
    }
  },
);
