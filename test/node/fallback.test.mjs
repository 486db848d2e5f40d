// Fallback content: a sentence or an image an author writes inside a Lede element shows when the
// script never loads (blocked, offline, a reader without JavaScript) and gives way to the chart
// once it does. Opens test/embed/fallback.html in headless Chromium. Needs `npm run build` first.
/* global window, document, customElements */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findBrowser } from '../../scripts/find-browser.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PAGE = '/test/embed/fallback.html';
const IDS = ['gauge', 'map', 'card'];
let server;
let origin;
let browser;

before(async () => {
  ({ server, origin } = await startStaticServer((pathname) => ({ root: ROOT, path: pathname })));
  const executablePath = findBrowser();
  assert.ok(executablePath, 'No Chrome or Chromium found: install one or set CHROME_PATH');
  browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
});

after(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve) ?? resolve());
});

test('without the script, each element shows what its author wrote inside it', async () => {
  const page = await browser.newPage({ viewport: { width: 480, height: 900 } });
  try {
    // The script never arrives, as when it is blocked or the reader is offline.
    await page.route('**/dist/lede.js', (route) => route.abort());
    await page.goto(`${origin}${PAGE}`, { waitUntil: 'load' });
    for (const id of IDS) {
      const fallback = page.locator(`#${id} > .fallback`);
      assert.equal(await fallback.isVisible(), true, `${id}: fallback visible`);
      const box = await fallback.boundingBox();
      assert.ok(box && box.width > 100 && box.height > 10, `${id}: fallback takes room`);
    }
    assert.match(await page.locator('#gauge').innerText(), /150 MW in 2026/);
    assert.match(await page.locator('#card').innerText(), /¥100 billion/);
    assert.equal(await page.evaluate(() => !!customElements.get('lede-site-map')), false);
    // The image has loaded and is drawn at its size.
    await page.locator('#map > img').evaluate((img) => img.decode());
    assert.equal(await page.locator('#map > img').evaluate((img) => img.naturalWidth), 240);
  } finally {
    await page.close();
  }
});

test('with the script, the chart replaces the fallback', async () => {
  const page = await browser.newPage({ viewport: { width: 480, height: 900 } });
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  try {
    await page.addInitScript(() => {
      window.__ready = 0;
      document.addEventListener('lede-ready', () => window.__ready++);
    });
    await page.goto(`${origin}${PAGE}`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__ready === 3, undefined, { timeout: 10_000 });
    for (const id of IDS) {
      const fallback = page.locator(`#${id} > .fallback`);
      assert.equal(await fallback.isVisible(), false, `${id}: fallback hidden`);
      // The author's content stays in the document (for search engines and reader modes), unrendered.
      assert.equal(await fallback.count(), 1);
      const drawn = await page.evaluate(
        (el) => !!el.shadowRoot.querySelector('svg, [part=headline]'),
        await page.$(`#${id}`),
      );
      assert.equal(drawn, true, `${id}: drawn`);
    }
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});
