// Keystroke → typeahead options on screen (issue 12: p95 ≤ 50 ms), measured in Chromium
// against `wails dev` on demo data: the real Go search over the real IPC, the page's own
// rendering, and one frame. Run it on the production React build (`make e2e-perf` starts
// wails dev with NODE_ENV=production): that is what users run. The development build adds
// React's dev-only checks and StrictMode's double rendering, which the figure would then
// measure instead; on that build the figure is only reported.
import assert from 'node:assert/strict';
import { availableParallelism, loadavg } from 'node:os';
import { after, before, describe, test } from 'node:test';
import { openDemoApp } from '../browser.mjs';
import { openMapDialog } from '../mapDialog.mjs';

/** The target of issue 12, in milliseconds. */
const targetP95 = 50;
/**
 * The suite before this one leaves the machine busy for a while (the 1-minute load average
 * of CI's 2 cores read 2.6 per core here): wait up to a minute for it to fall to this, so the
 * figure is the page's and not the last suite's. The target is judged either way.
 */
const calmLoadPerCore = 1.5;

const loadPerCore = () => loadavg()[0] / availableParallelism();

async function waitForCalm(page) {
  for (let waited = 0; loadPerCore() > calmLoadPerCore && waited < 60_000; waited += 1_000)
    await page.waitForTimeout(1_000);
}

const words = ['intercept', 'endpoint', 'firewall', 'sophos mdr', 'backup', 'xdr server', 'email'];

/**
 * Installs the stopwatch in the page: each keydown in the box starts a keystroke, which
 * takes the text its input event leaves, and ends in the frame after the list first shows
 * the options answering that text (the ListBox's data-query). A keystroke that leaves fewer
 * than two characters searches nothing and is not timed; the next keydown ends the last
 * keystroke's watch, so a sample always belongs to its own keystroke.
 */
function installStopwatch() {
  const w = /** @type {any} */ (window);
  const input = /** @type {HTMLInputElement} */ (document.activeElement);
  w.__samples = [];
  let current = null;
  const listAnswers = (text) =>
    document.querySelector('[role="listbox"][data-query]')?.getAttribute('data-query') === text;
  /** Ends the keystroke's watch with a sample taken in the frame that shows its options. */
  const finish = (keystroke) => {
    keystroke.observer.disconnect();
    requestAnimationFrame(() => w.__samples.push(performance.now() - keystroke.t0));
  };
  input.addEventListener(
    'keydown',
    (e) => {
      current?.observer.disconnect();
      const keystroke = { t0: e.timeStamp, text: null, observer: null };
      keystroke.observer = new MutationObserver(() => {
        if (keystroke.text !== null && listAnswers(keystroke.text)) finish(keystroke);
      });
      keystroke.observer.observe(document.body, { subtree: true, childList: true, attributes: true });
      current = keystroke;
    },
    true,
  );
  input.addEventListener(
    'input',
    () => {
      if (!current || current.text !== null) return;
      const text = input.value.trim();
      if ([...text].length < 2) return current.observer.disconnect();
      current.text = text;
      // A key that leaves the searched text as it was (a space) needs no new search.
      if (listAnswers(text)) finish(current);
    },
    true,
  );
}

/** The React build the page runs, read from the module wails dev's vite served. */
async function reactBuild(page) {
  return page.evaluate(async () => {
    const url = performance
      .getEntriesByType('resource')
      .map((r) => r.name)
      .find((n) => n.includes('react-dom_client'));
    if (!url) return 'unknown';
    const source = await (await fetch(url)).text();
    return source.includes('react-dom-client.production') ? 'production' : 'development';
  });
}

/** Types word into the box a key at a time, each key after the last one's options are on screen. */
async function typeWord(page, combo, word) {
  await combo.fill('');
  for (const ch of word) {
    const before = await page.evaluate(() => /** @type {any} */ (window).__samples.length);
    await page.keyboard.type(ch);
    if ([...(await combo.inputValue()).trim()].length >= 2) {
      await page.waitForFunction((n) => /** @type {any} */ (window).__samples.length > n, before, { timeout: 5_000 });
    } else {
      // One character: the list says two are needed; wait for that, as a user would see it.
      await page.getByRole('listbox').getByText('Mindestens 2 Zeichen eingeben').waitFor();
    }
  }
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

describe('typeahead latency', () => {
  let b;
  before(async () => {
    b = await openDemoApp({ language: 'de' });
  });
  after(async () => b?.close());

  test(`keystroke → options on screen: p95 ≤ ${targetP95} ms on the production build`, async (t) => {
    const { page } = b;
    const { dialog, combo } = await openMapDialog(page);
    await combo.focus();
    await waitForCalm(page);
    await page.evaluate(installStopwatch);
    await typeWord(page, combo, 'sophos central'); // warm-up: first layout, JIT, caches
    await page.evaluate(() => /** @type {any} */ (window.__samples = []));
    for (let round = 0; round < 2; round++) for (const word of words) await typeWord(page, combo, word);

    const samples = await page.evaluate(() => /** @type {any} */ (window).__samples.slice());
    const expected = 2 * words.reduce((n, w) => n + w.length - 1, 0);
    assert.equal(samples.length, expected, 'one sample per keystroke that searches');
    const sorted = [...samples].sort((x, y) => x - y);
    const [p50, p95] = [percentile(sorted, 50), percentile(sorted, 95)];
    const build = await reactBuild(page);
    const load = loadPerCore();
    console.log(
      `keystroke → options on screen (${build} build): n=${sorted.length} p50=${p50.toFixed(1)} ms ` +
        `p95=${p95.toFixed(1)} ms max=${sorted.at(-1).toFixed(1)} ms; machine load ${load.toFixed(2)} per core`,
    );
    await page.keyboard.press('Escape'); // the list
    await page.keyboard.press('Escape'); // the dialog
    await dialog.waitFor({ state: 'detached' });

    if (build !== 'production') return t.skip(`${build} build: reported, not judged`);
    assert.ok(p95 <= targetP95, `p95 ${p95.toFixed(1)} ms > ${targetP95} ms`);
  });
});
