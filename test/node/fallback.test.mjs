// Fallback content: a sentence or an image an author writes inside a Lede element shows when the
// script never loads (blocked, offline, a reader without JavaScript) and gives way to the chart
// once it does. Opens test/embed/fallback.html in headless Chromium. Needs `npm run build` first.
/* global window, document, customElements */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startPages } from '../../scripts/static-server.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PAGE = '/test/embed/fallback.html';
const IDS = ['gauge', 'map', 'card'];
let pages;
let origin;
let browser;

before(async () => {
  pages = await startPages((pathname) => ({ root: ROOT, path: pathname }));
  ({ origin, browser } = pages);
});

after(async () => {
  await pages?.close();
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
