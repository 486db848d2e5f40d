// Embeds the built script-tag bundles (dist/lede*.js) in the static pages of test/embed/ and opens
// them in headless Chromium, as a newsroom would: under a strict Content-Security-Policy, with two
// copies of Lede on one page, on a long article (nothing fetched for widgets far below, no layout
// shift while scrolling) and under a hostile host stylesheet. The shared test server serves
// the repository root, with extra response headers for some pages. Needs `npm run build` first.
/* global window, document, PerformanceObserver, requestAnimationFrame, getComputedStyle */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startPages } from '../../scripts/static-server.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WIDGETS = 'lede-power-ramp-gauge, lede-site-map, lede-deal-value-card';
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
/** Response headers added to some pages, by path. */
const PAGE_HEADERS = {
  '/test/embed/csp.html': { 'Content-Security-Policy': CSP },
};
let pages;
let origin;
let browser;
/** Rows of the requests/bytes/CLS table printed at the end. */
const longPageRows = [];

before(async () => {
  // The repository root, with extra headers for some pages.
  pages = await startPages((pathname) => ({
    root: ROOT,
    path: pathname,
    headers: PAGE_HEADERS[pathname],
  }));
  ({ origin, browser } = pages);
});

after(async () => {
  if (longPageRows.length > 0) printTable(longPageRows);
  await pages?.close();
});

/**
 * Runs in the page before its own scripts (page.addInitScript, with the widgets' selector):
 * records CSP violations, the widgets that fired lede-ready, lede-error details, layout shifts,
 * and each widget's height when the page loaded, when it first fired lede-ready and at the end.
 */
function installRecorder(selector) {
  const record = {
    violations: [],
    ready: new Set(),
    errors: [],
    cls: 0,
    shifts: [],
    heights: new Map(),
  };
  window.__lede = record;
  const height = (el) => Math.round(el.getBoundingClientRect().height * 100) / 100;
  document.addEventListener('securitypolicyviolation', (e) => {
    record.violations.push({
      blockedURI: e.blockedURI,
      violatedDirective: e.violatedDirective,
      effectiveDirective: e.effectiveDirective,
      sourceFile: e.sourceFile,
      lineNumber: e.lineNumber,
      columnNumber: e.columnNumber,
      sample: e.sample,
    });
  });
  window.addEventListener('load', () => {
    for (const el of document.querySelectorAll(selector)) {
      record.heights.set(el, { atLoad: height(el) });
    }
  });
  document.addEventListener(
    'lede-ready',
    (e) => {
      record.ready.add(e.target);
      const heights = record.heights.get(e.target) ?? {};
      heights.atReady ??= height(e.target);
      record.heights.set(e.target, heights);
    },
    true,
  );
  document.addEventListener(
    'lede-error',
    (e) =>
      record.errors.push({ tag: e.target.localName, id: e.target.id, issues: e.detail.issues }),
    true,
  );
  const name = (el) => `<${el.localName}${el.id ? `#${el.id}` : ''}>`;
  // Names a shifted node: its name, id and part, and the widget whose shadow root holds it.
  // Chromium gives no node for one inside a shadow root: the widget whose box holds the
  // shifted rectangle (when the entry is recorded) is named instead.
  const describe = (node, rect) => {
    if (!node) {
      const x = rect.x + rect.width / 2;
      const y = rect.y + rect.height / 2;
      const host = [...document.querySelectorAll(selector)].find((el) => {
        const box = el.getBoundingClientRect();
        return x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
      });
      return host ? `(no node) inside ${name(host)}` : '(no node)';
    }
    const element = node.nodeType === 1 ? node : node.parentElement;
    const host = node.getRootNode().host;
    const part = element?.getAttribute('part');
    return [
      host ? `${name(host)} shadow root: ` : '',
      node.nodeName,
      element?.id ? `#${element.id}` : '',
      part ? `[part=${part}]` : '',
    ].join('');
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      record.cls += entry.value;
      record.shifts.push({
        value: entry.value,
        startTime: Math.round(entry.startTime),
        sources: entry.sources.map((s) => ({
          node: describe(s.node, s.currentRect),
          previousRect: s.previousRect.toJSON(),
          currentRect: s.currentRect.toJSON(),
        })),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** Each widget's height at load, at its first lede-ready and now: did it grow after drawing? */
function widgetHeights(page) {
  return page.evaluate(
    (selector) =>
      [...document.querySelectorAll(selector)].map((el) => ({
        widget: `<${el.localName}${el.id ? `#${el.id}` : ''}>`,
        ...window.__lede.heights.get(el),
        atEnd: Math.round(el.getBoundingClientRect().height * 100) / 100,
      })),
    WIDGETS,
  );
}

/** Collects page errors and console messages of a page. */
function watch(page) {
  const log = { pageErrors: [], consoleErrors: [], messages: [] };
  page.on('pageerror', (error) => log.pageErrors.push(String(error)));
  page.on('console', (message) => {
    log.messages.push(message.text());
    if (message.type() === 'error') log.consoleErrors.push(message.text());
  });
  return log;
}

/** Waits until every widget on the page has fired lede-ready; fails naming those that did not. */
async function waitForWidgets(page, what) {
  try {
    await page.waitForFunction(
      (selector) => window.__lede.ready.size === document.querySelectorAll(selector).length,
      WIDGETS,
      { timeout: 20_000 },
    );
  } catch {
    const state = await page.evaluate((selector) => {
      const waiting = [...document.querySelectorAll(selector)]
        .filter((el) => !window.__lede.ready.has(el))
        .map((el) => `<${el.localName}${el.id ? `#${el.id}` : ''}>`);
      return { waiting, errors: window.__lede.errors };
    }, WIDGETS);
    assert.fail(
      `${what}: no lede-ready from ${state.waiting.join(', ')}; lede-error: ${JSON.stringify(
        state.errors,
      )}`,
    );
  }
}

/**
 * Each widget's tag, id, whether it drew (an svg chart, or the card's headline: a card without
 * comparisons has no bars), and the text of an error box if any.
 */
function widgetStates(page) {
  return page.$$eval(WIDGETS, (elements) =>
    elements.map((el) => ({
      widget: `<${el.localName}${el.id ? `#${el.id}` : ''}>`,
      svg: !!el.shadowRoot?.querySelector('.chart svg, [part=headline]'),
      error: el.shadowRoot?.querySelector('[part=error]')?.textContent.trim() ?? null,
    })),
  );
}

function assertDrawn(states, what) {
  for (const state of states) {
    assert.ok(state.svg, `${what}: ${state.widget} has drawn its chart in its shadow root`);
    assert.equal(state.error, null, `${what}: ${state.widget} shows an error`);
  }
}

test('under a strict CSP with Trusted Types, all three widgets draw without a violation', async () => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const log = watch(page);
    await page.addInitScript(installRecorder, WIDGETS);
    const response = await page.goto(`${origin}/test/embed/csp.html`);
    assert.equal(response.headers()['content-security-policy'], CSP, 'the page has the policy');
    await waitForWidgets(page, 'csp.html');
    // Violation events are queued as tasks: give any late one time to arrive.
    await page.waitForTimeout(200);
    const record = await page.evaluate(() => ({
      violations: window.__lede.violations,
      errors: window.__lede.errors,
    }));
    assert.deepEqual(
      record.violations,
      [],
      `CSP violations:\n${record.violations.map((v) => JSON.stringify(v)).join('\n')}`,
    );
    assert.deepEqual(log.pageErrors, [], 'no page errors');
    assert.deepEqual(log.consoleErrors, [], 'no console errors');
    assert.deepEqual(record.errors, [], 'no lede-error');
    const states = await widgetStates(page);
    assert.equal(states.length, 4, 'the page holds four widgets');
    assertDrawn(states, 'csp.html');
  } finally {
    await context.close();
  }
});

/** Loads a page with two copies of Lede: widgets draw, and the second copy says so once. */
async function checkTwoCopies(path, expectedNotes = 1) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const log = watch(page);
    const bundles = [];
    page.on('request', (request) => {
      if (/\/dist\/lede[^/]*\.js/.test(request.url())) bundles.push(request.url());
    });
    await page.addInitScript(installRecorder, WIDGETS);
    await page.goto(`${origin}${path}`);
    await waitForWidgets(page, path);
    assert.deepEqual(log.pageErrors, [], 'no page errors');
    const states = await widgetStates(page);
    assert.equal(states.length, 3, 'the page holds three widgets');
    assertDrawn(states, path);
    const notes = log.messages.filter((text) => /another copy of Lede/i.test(text));
    assert.equal(
      notes.length,
      expectedNotes,
      `${expectedNotes} console notes about another copy of Lede, not ${notes.length}:\n${notes.join('\n')}`,
    );
    return bundles;
  } finally {
    await context.close();
  }
}

test('two copies, one build from two URLs: widgets draw and one note says so', async () => {
  await checkTwoCopies('/test/embed/two-same.html');
});

test('two copies, two builds (gauge bundle, then lede.js): widgets draw, one note', async () => {
  await checkTwoCopies('/test/embed/two-builds.html');
});

test('one copy under a fingerprinted URL: data files load without a second copy', async () => {
  const bundles = await checkTwoCopies('/test/embed/fingerprinted.html', 0);
  assert.deepEqual(
    bundles.map((url) => new URL(url).pathname + new URL(url).search),
    ['/dist/lede.js?v=0123abcd'],
  );
});

/** Scrolls to the bottom in steps of 300 px, two animation frames and 100 ms each. */
async function scrollToBottom(page) {
  for (let step = 0; step < 500; step++) {
    const atBottom = await page.evaluate(async () => {
      window.scrollBy(0, 300);
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
    });
    await page.waitForTimeout(100);
    if (atBottom) return;
  }
  assert.fail('the page never scrolled to its bottom');
}

/** One line per moved box of a layout shift entry: what moved, from where to where. */
function describeShift(shift) {
  const moves = shift.sources.map(
    ({ node, previousRect: a, currentRect: b }) =>
      `${node}: top ${a.top} → ${b.top}, height ${a.height} → ${b.height}`,
  );
  return `  ${shift.value} at ${shift.startTime} ms: ${moves.join('; ')}`;
}

/** Number of requests and response body bytes of a list of requests. */
async function tally(requests, bodySizes) {
  let bytes = 0;
  for (const request of requests) bytes += (await bodySizes.get(request)) ?? 0;
  return { requests: requests.length, bytes };
}

async function checkLongPage(viewport) {
  const size = `${viewport.width}×${viewport.height}`;
  const context = await browser.newContext({ viewport });
  try {
    const page = await context.newPage();
    const log = watch(page);
    await page.addInitScript(installRecorder, WIDGETS);
    const requests = [];
    const bodySizes = new Map();
    page.on('request', (request) => requests.push(request));
    page.on('requestfinished', (request) => {
      bodySizes.set(
        request,
        request.sizes().then((s) => s.responseBodySize),
      );
    });
    await page.goto(`${origin}/test/embed/long.html`);
    await page.waitForTimeout(1000);
    const before = requests.slice();
    const early = before.map((r) => new URL(r.url()).pathname);
    assert.deepEqual(
      early.filter((p) => p.startsWith('/dist/countries/')),
      [],
      `${size}: no outline is fetched before scrolling`,
    );
    assert.deepEqual(
      early.filter((p) => p.endsWith('/sakai.json')),
      [],
      `${size}: sakai.json is not fetched before scrolling`,
    );
    assert.deepEqual(
      early.filter((p) => p.startsWith('/dist/chunks/source-data')),
      [],
      `${size}: the src reader is not loaded before scrolling`,
    );

    await scrollToBottom(page);
    await waitForWidgets(page, `long.html at ${size}`);
    await page.waitForTimeout(500);

    const record = await page.evaluate(() => ({
      cls: window.__lede.cls,
      shifts: window.__lede.shifts,
    }));
    const urls = requests.map((r) => r.url());
    // Every request's size, once it finished (a request still running counts 0 bytes).
    longPageRows.push({
      viewport: size,
      before: await tally(before, bodySizes),
      after: await tally(requests, bodySizes),
      cls: record.cls,
    });

    assert.deepEqual(log.pageErrors, [], `${size}: no page errors`);
    assertDrawn(await widgetStates(page), `long.html at ${size}`);
    if (record.cls !== 0) {
      const heights = (await widgetHeights(page)).map(
        (h) => `${h.widget}: ${h.atLoad} px at load, ${h.atReady} at lede-ready, ${h.atEnd} now`,
      );
      assert.fail(
        `${size}: cumulative layout shift ${record.cls}; shifts:\n${record.shifts
          .map(describeShift)
          .join('\n')}\nwidget heights:\n${heights.join('\n')}`,
      );
    }
    const twice = urls.filter((url, i) => urls.indexOf(url) !== i);
    assert.deepEqual(twice, [], `${size}: every URL is fetched once`);
    const paths = urls.map((url) => new URL(url).pathname);
    for (const needed of [
      '/dist/schema/sakai.json',
      '/dist/countries/JPN.js',
      '/dist/countries/FRA.js',
    ]) {
      assert.ok(paths.includes(needed), `${size}: ${needed} is fetched after scrolling`);
    }
  } finally {
    await context.close();
  }
}

function printTable(rows) {
  const lines = [
    'long.html: requests and response bytes before scrolling (1 s after load) and after, and CLS',
    'viewport  | before: requests | bytes   | after: requests | bytes   | CLS',
    ...rows.map((r) =>
      [
        r.viewport.padEnd(9),
        String(r.before.requests).padStart(16),
        String(r.before.bytes).padStart(7),
        String(r.after.requests).padStart(15),
        String(r.after.bytes).padStart(7),
        String(r.cls),
      ].join(' | '),
    ),
  ];
  console.log(lines.join('\n'));
}

test('a long article at 1280×800: nothing fetched for widgets far below, no layout shift', async () => {
  await checkLongPage({ width: 1280, height: 800 });
});

test('a long article at 375×740: nothing fetched for widgets far below, no layout shift', async () => {
  await checkLongPage({ width: 375, height: 740 });
});

/** Inherited text properties hostile.css sets, which could reach into a widget's shadow root. */
const TEXT_PROPERTIES = [
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'text-align',
  'white-space',
  'font-style',
  'font-weight',
  'text-indent',
  'visibility',
  'fill',
];

/** For each widget id, each property's computed values over the elements of its shadow root. */
function shadowStyles(page) {
  return page.$$eval(
    WIDGETS,
    (elements, properties) =>
      Object.fromEntries(
        elements.map((el) => {
          const values = Object.fromEntries(properties.map((p) => [p, new Set()]));
          for (const inner of el.shadowRoot.querySelectorAll('*')) {
            const style = getComputedStyle(inner);
            for (const p of properties) values[p].add(style.getPropertyValue(p));
          }
          return [el.id, Object.fromEntries(properties.map((p) => [p, [...values[p]].sort()]))];
        }),
      ),
    TEXT_PROPERTIES,
  );
}

test('a hostile host stylesheet does not change a pixel of any widget', async () => {
  const context = await browser.newContext({
    viewport: { width: 800, height: 1600 },
    reducedMotion: 'reduce',
  });
  try {
    const shots = {};
    const styles = {};
    for (const name of ['clean', 'hostile']) {
      const page = await context.newPage();
      const log = watch(page);
      await page.addInitScript(installRecorder, WIDGETS);
      await page.goto(`${origin}/test/embed/${name}.html`);
      await waitForWidgets(page, `${name}.html`);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      assert.deepEqual(log.pageErrors, [], `${name}.html: no page errors`);
      const states = await widgetStates(page);
      assert.equal(states.length, 3, `${name}.html holds three widgets`);
      assertDrawn(states, `${name}.html`);
      shots[name] = {};
      for (const id of ['gauge', 'map', 'card']) {
        shots[name][id] = await page.locator(`#${id}`).screenshot();
      }
      styles[name] = await shadowStyles(page);
      await page.close();
    }
    const differ = [];
    const folder = join(tmpdir(), 'lede-embed');
    for (const id of ['gauge', 'map', 'card']) {
      if (shots.clean[id].equals(shots.hostile[id])) continue;
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, `${id}-clean.png`), shots.clean[id]);
      writeFileSync(join(folder, `${id}-hostile.png`), shots.hostile[id]);
      const leaks = TEXT_PROPERTIES.filter(
        (p) => styles.clean[id][p].join() !== styles.hostile[id][p].join(),
      ).map(
        (p) => `${p}: ${styles.clean[id][p].join(' / ')} → ${styles.hostile[id][p].join(' / ')}`,
      );
      differ.push(
        `#${id} (see ${folder}/${id}-*.png); inside its shadow root:\n    ${leaks.join('\n    ') || 'no property differs'}`,
      );
    }
    assert.deepEqual(
      differ,
      [],
      `widgets drawn differently under hostile.css:\n  ${differ.join('\n  ')}`,
    );
  } finally {
    await context.close();
  }
});
