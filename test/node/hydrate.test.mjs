// Server-rendered widgets in a browser: pages made of `renderHtml` output, opened in headless
// Chromium without JavaScript (the figures must show) and then with the script-tag bundle, which
// must take the server's DOM over (hydrate) without an error, a warning or a layout shift, and
// then draw for the page: its width, the reader's colour scheme, the page's language.
// Needs `npm run build` first.
/* global window, document, customElements */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startPages } from '../../scripts/static-server.mjs';
import { renderHtml } from '../../dist/server/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const article = JSON.parse(readFileSync(join(ROOT, 'schema/sakai.json'), 'utf8'));
const PARTS = [
  ['power-ramp-gauge', 'ramp'],
  ['site-map', 'sites'],
  ['deal-value-card', 'deal'],
];
const TAGS = PARTS.map(([w]) => `lede-${w}`);
const pagesDir = mkdtempSync(join(tmpdir(), 'lede-ssr-'));
let pages;

/**
 * Writes a page of the three widgets rendered at 640 px in columns `column` px wide. The inline
 * script before the bundle records layout shifts, counts lede-ready and marks each server-drawn
 * chart, so a test can tell whether the browser kept it or drew a new one.
 */
async function writePage(
  name,
  {
    column = 640,
    lang = 'en',
    options = {},
    edit = (h) => h,
    script = '/dist/lede.js',
    head = '',
  } = {},
) {
  const widgets = [];
  for (const [widget, part] of PARTS) {
    const { html, issues } = await renderHtml(widget, article[part], { width: 640, ...options });
    assert.deepEqual(issues, []);
    widgets.push(`<div class="column">${edit(html)}</div>`);
  }
  const page = `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">${head}
<title>Server-rendered widgets</title>
<style>body { margin: 0; font-family: sans-serif } .column { width: ${column}px; margin: 0 auto }</style>
<script>
  window.__shifts = [];
  new PerformanceObserver((list) => window.__shifts.push(...list.getEntries().map((e) => e.value)))
    .observe({ type: 'layout-shift', buffered: true });
  window.__ready = 0;
  document.addEventListener('lede-ready', () => window.__ready++);
</script>
</head>
<body>
${widgets.join('\n')}
<script>
  for (const el of document.querySelectorAll('.column > *')) {
    el.shadowRoot.querySelector('.chart svg').dataset.server = 'yes';
  }
</script>
<script type="module" src="${script}"></script>
</body>
</html>`;
  writeFileSync(join(pagesDir, `${name}.html`), page);
  return `${pages.origin}/ssr/${name}.html`;
}

before(async () => {
  pages = await startPages((pathname) =>
    pathname.startsWith('/ssr/')
      ? { root: pagesDir, path: pathname.slice('/ssr/'.length) }
      : { root: ROOT, path: pathname },
  );
});

after(async () => {
  await pages?.close();
  rmSync(pagesDir, { recursive: true, force: true });
});

/** Opens `url`, collecting console messages and page errors. */
async function open(url, contextOptions = {}) {
  const context = await pages.browser.newContext({
    viewport: { width: 900, height: 1000 },
    ...contextOptions,
  });
  const page = await context.newPage();
  const messages = [];
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  await page.goto(url, { waitUntil: 'load' });
  return { page, messages, close: () => context.close() };
}

const state = (page) =>
  page.evaluate((tags) => {
    const hosts = tags.map((t) => document.querySelector(t));
    return {
      ready: window.__ready,
      shifts: window.__shifts,
      kept: hosts.map((h) => h.shadowRoot.querySelector('.chart svg')?.dataset.server ?? 'new'),
      viewBoxes: hosts.map((h) =>
        h.shadowRoot.querySelector('.chart svg')?.getAttribute('viewBox'),
      ),
      frames: hosts.map((h) => h.shadowRoot.querySelectorAll('figure').length),
      themes: hosts.map((h) => h.shadowRoot.querySelector('figure').className),
      deferred: document.querySelectorAll('[defer-hydration]').length,
      defined: tags.filter((t) => customElements.get(t)).length,
    };
  }, TAGS);

test('without JavaScript, the server HTML shows the charts and their figures', async () => {
  const url = await writePage('static');
  const { page, messages, close } = await open(url, { javaScriptEnabled: false });
  try {
    for (const text of ['150 MW', 'Source: SoftBank, March 2025', 'Hokkaido (Tomakomai)']) {
      assert.equal(await page.getByText(text).first().isVisible(), true, text);
    }
    assert.equal(await page.getByText('¥100 billion').first().isVisible(), true);
    assert.equal(await page.getByText('under construction', { exact: true }).isVisible(), true);
    // Each chart is drawn at its full size, not as an empty box.
    for (const tag of TAGS) {
      const box = await page.locator(`${tag} .chart svg`).boundingBox();
      assert.ok(box && box.width >= 600 && box.height > 80, `${tag}: ${JSON.stringify(box)}`);
    }
    assert.deepEqual(messages, []);
  } finally {
    await close();
  }
});

test('with the script, each widget takes the server DOM over: no error, no shift', async () => {
  const url = await writePage('same-width');
  const { page, messages, close } = await open(url);
  try {
    await page.waitForFunction(() => window.__ready >= 3, undefined, { timeout: 10_000 });
    const found = await state(page);
    assert.equal(found.defined, 3);
    assert.equal(found.ready, 3);
    // The server's chart elements are still there: hydrated, not drawn again.
    assert.deepEqual(found.kept, ['yes', 'yes', 'yes']);
    assert.deepEqual(found.frames, [1, 1, 1]);
    assert.deepEqual(found.viewBoxes, ['0 0 640 360', '0 0 640 480', '0 0 640 92']);
    assert.equal(found.deferred, 0, 'the map waited for its outline, then took over');
    assert.deepEqual(found.shifts, []);
    assert.deepEqual(messages, []);
    // And it is live: a marker answers the keyboard.
    await page.locator('lede-site-map .site').first().focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('lede-site-map .callout').isVisible(), true);
  } finally {
    await close();
  }
});

test('a map whose defer-hydration a framework removed waits for its outline to take over', async () => {
  // Astro's Lit integration removes defer-hydration before the elements are defined.
  const url = await writePage('no-defer', { edit: (h) => h.replace(/ defer-hydration(="")?/, '') });
  assert.doesNotMatch(readFileSync(join(pagesDir, 'no-defer.html'), 'utf8'), /defer-hydration/);
  const { page, messages, close } = await open(url);
  try {
    await page.waitForFunction(() => window.__ready >= 3, undefined, { timeout: 10_000 });
    const found = await state(page);
    assert.deepEqual(found.kept, ['yes', 'yes', 'yes']);
    assert.deepEqual(found.shifts, []);
    assert.deepEqual(messages, []);
  } finally {
    await close();
  }
});

test('in a narrower column, widgets redraw at their own width without a layout shift', async () => {
  const url = await writePage('narrow', { column: 480 });
  const { page, messages, close } = await open(url);
  try {
    await page.waitForFunction(() => window.__ready >= 3, undefined, { timeout: 10_000 });
    await page.waitForTimeout(200);
    const found = await state(page);
    assert.deepEqual(found.kept, ['yes', 'yes', 'yes']);
    assert.deepEqual(found.viewBoxes, ['0 0 480 320', '0 0 480 360', '0 0 480 92']);
    assert.deepEqual(found.shifts, []);
    assert.deepEqual(messages, []);
  } finally {
    await close();
  }
});

test("after taking over, widgets follow the reader's colour scheme and the page's language", async () => {
  // Rendered with neither theme nor locale: the server drew light and English. The page offers
  // both colour schemes, so the reader's (dark) decides.
  const url = await writePage('context', {
    lang: 'fr',
    head: '<meta name="color-scheme" content="light dark">',
  });
  const html = readFileSync(join(pagesDir, 'context.html'), 'utf8');
  assert.match(html, /class="frame light"/);
  assert.match(html, /150 MW/);
  const { page, messages, close } = await open(url, { colorScheme: 'dark' });
  try {
    await page.waitForFunction(() => window.__ready >= 3, undefined, { timeout: 10_000 });
    const found = await state(page);
    assert.deepEqual(found.themes, ['frame dark', 'frame dark', 'frame dark']);
    assert.equal(await page.getByText('Source\u00a0: SoftBank, March 2025').isVisible(), true);
    assert.equal(await page.getByText('en construction', { exact: true }).isVisible(), true);
    assert.deepEqual(found.kept, ['yes', 'yes', 'yes']);
    assert.deepEqual(messages, []);
  } finally {
    await close();
  }
});

test('a server render that does not match is drawn afresh, with one warning and no error', async () => {
  // A stale or edited render: the chart's template marker no longer matches the bundle's.
  const url = await writePage('mismatch', {
    edit: (html) =>
      html.replace(
        /(<div class="chart"[^>]*>)<!--lit-part [^>]*-->/,
        '$1<!--lit-part AAAAAAAAAAA=-->',
      ),
  });
  const { page, messages, close } = await open(url);
  try {
    await page.waitForFunction(() => window.__ready >= 3, undefined, { timeout: 10_000 });
    const found = await state(page);
    assert.deepEqual(found.kept, ['new', 'new', 'new']);
    assert.deepEqual(found.frames, [1, 1, 1]);
    assert.deepEqual(found.viewBoxes, ['0 0 640 360', '0 0 640 480', '0 0 640 92']);
    assert.deepEqual(found.shifts, []);
    assert.equal(messages.length, 3, messages.join('\n'));
    for (const m of messages)
      assert.match(
        m,
        /^warning: <lede-[a-z-]+>: could not take over the server render; drawing afresh/,
      );
    // The server's styles stayed: the chart still has its size.
    const box = await page.locator('lede-power-ramp-gauge .chart').boundingBox();
    assert.equal(Math.round(box.height), 360);
  } finally {
    await close();
  }
});

test('a renamed (fingerprinted) bundle takes server renders over with its own hydration file', async () => {
  // As a CMS stores it: the bundle under a new name, the chunks and outlines folders beside it.
  cpSync(join(ROOT, 'dist/lede.js'), join(pagesDir, 'lede.5f3a9c.js'));
  for (const folder of ['chunks', 'countries']) {
    cpSync(join(ROOT, 'dist', folder), join(pagesDir, folder), { recursive: true });
  }
  const url = await writePage('fingerprinted', { script: '/ssr/lede.5f3a9c.js' });
  const { page, messages, close } = await open(url);
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  try {
    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction(() => window.__ready >= 3, undefined, { timeout: 10_000 });
    const found = await state(page);
    assert.deepEqual(found.kept, ['yes', 'yes', 'yes']);
    assert.deepEqual(found.shifts, []);
    assert.deepEqual(messages, []);
    // One copy of Lede: nothing asked for the bundle under its built name.
    assert.ok(
      requested.some((p) => /^\/ssr\/chunks\/hydrate-support-/.test(p)),
      requested.join(' '),
    );
    assert.ok(!requested.some((p) => p.endsWith('/lede.js')), requested.join(' '));
  } finally {
    await close();
  }
});
