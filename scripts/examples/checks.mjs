// The checks `npm run examples` makes on each page of an example app, in headless Chromium:
// every widget drawn from the Sakai data, its arrays arrived, the app's `lede-ready` listener ran,
// and the page logged no error or warning and requested nothing that failed.
import { Buffer } from 'node:buffer';
import { setTimeout } from 'node:timers';
import { gzipSync } from 'node:zlib';

const TAGS = ['lede-deal-value-card', 'lede-power-ramp-gauge', 'lede-site-map'];
const TIMEOUT_MS = 20_000;

/** Console messages that are notes, not faults: Lit's development build says so once. */
const NOTES = [/Lit is in dev mode/];

/**
 * Runs in the page: the problems still open, [] once everything holds. An array field counts when
 * it arrived as a property, or in the element's `<script type="application/json">` child (the
 * plain HTML way for CMSs that rewrite attributes).
 */
function probe(tags) {
  const arrays = {
    'lede-power-ramp-gauge': ['stages', 2],
    'lede-site-map': ['sites', 3],
    'lede-deal-value-card': ['compare', 1],
  };
  const problems = [];
  for (const tag of tags) {
    if (!customElements.get(tag)) {
      problems.push(`${tag} is not defined`);
      continue;
    }
    const elements = document.querySelectorAll(tag);
    if (elements.length === 0) problems.push(`no <${tag}> on the page`);
    for (const element of elements) {
      const root = element.shadowRoot;
      const error = root?.querySelector('[part~=error]');
      if (error)
        problems.push(
          `${tag} shows its error: ${error.innerText.replace(/\s+/g, ' ').trim().slice(0, 200)}`,
        );
      else if (!root?.querySelector('svg')) problems.push(`${tag} has drawn no <svg>`);
      const [field, length] = arrays[tag];
      let value = element[field];
      const child = element.querySelector(':scope > script[type="application/json"]');
      if (value === undefined && child) value = JSON.parse(child.textContent)[field];
      if (!Array.isArray(value) || value.length !== length) {
        const got = Array.isArray(value) ? `an array of ${value.length}` : typeof value;
        problems.push(`${tag}.${field} is ${got}, not an array of ${length}`);
      }
      if (tag === 'lede-site-map') {
        const markers = root?.querySelectorAll('[part~=marker]').length ?? 0;
        if (markers !== 3) problems.push(`${tag} drew ${markers} markers, not 3`);
      }
    }
  }
  const ready = document.querySelector('#lede-ready');
  const want = [...tags].sort().join(' ');
  if (!ready) problems.push('no #lede-ready on the page');
  else if (ready.textContent.trim() !== want)
    problems.push(`#lede-ready reads "${ready.textContent.trim()}", not "${want}"`);
  return problems;
}

/** Runs in the page with JavaScript off: what the server HTML lacks. */
function probeStatic(tags) {
  const problems = [];
  for (const tag of tags) {
    const element = document.querySelector(tag);
    if (!element) problems.push(`no <${tag}> in the server HTML`);
    else if (!element.shadowRoot) problems.push(`${tag} has no declarative shadow root`);
    else if (!element.shadowRoot.querySelector('svg')) problems.push(`${tag} has no <svg>`);
    else if (tag === 'lede-site-map') {
      const markers = element.shadowRoot.querySelectorAll('[part~=marker]').length;
      if (markers !== 3) problems.push(`${tag} has ${markers} markers, not 3`);
    }
  }
  return problems;
}

/**
 * Outline modules hold `alpha3: "JPN"` before `resolution`; bundlers keep the keys (Vite 8's
 * minifier quotes strings with backticks).
 */
const OUTLINE = /["'`]?alpha3["'`]?\s*:\s*["'`]([A-Z]{3})["'`]\s*,\s*["'`]?resolution/g;

/**
 * Opens `url` with JavaScript on and waits up to 20 s for every check to hold. Returns
 * `{ problems, jsBytes, jsGzip, jsFiles, outlines }`: problems name the check that failed, with
 * every console error or warning, failed request and response >= 400 seen; then the scripts' bytes
 * as served and gzipped, their file names, and the country outlines among them.
 */
export async function checkPage(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const faults = [];
  const scripts = [];
  page.on('console', (message) => {
    const type = message.type();
    if (type !== 'error' && type !== 'warning') return;
    if (NOTES.some((note) => note.test(message.text()))) return;
    // Chromium's line for a failed resource repeats what the request listeners report.
    if (message.text().startsWith('Failed to load resource')) return;
    const where = message.location()?.url ? ` (${message.location().url})` : '';
    faults.push(`console ${type}: ${message.text()}${where}`);
  });
  page.on('pageerror', (error) => faults.push(`uncaught: ${error.message}`));
  const answered = new Set();
  page.on('requestfailed', (request) => {
    if (answered.has(request.url())) return;
    faults.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('response', (response) => {
    // Chromium asks for /favicon.ico on its own; an app without one is not at fault.
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) {
      faults.push(`HTTP ${response.status()}: ${response.url()}`);
      answered.add(response.url());
    }
    if (/javascript/.test(response.headers()['content-type'] ?? ''))
      scripts.push({
        file: new URL(response.url()).pathname.split('/').pop(),
        body: response.body().catch(() => Buffer.alloc(0)),
      });
  });
  let open = [];
  try {
    const answer = await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT_MS });
    if (!answer?.ok()) open.push(`the page answered ${answer?.status()}`);
    const start = Date.now();
    do {
      open = await page.evaluate(probe, TAGS);
      if (open.length === 0) break;
      await page.waitForTimeout(250);
    } while (Date.now() - start < TIMEOUT_MS);
    if (open.length > 0) open = open.map((problem) => `after 20 s: ${problem}`);
    // Late faults (an outline that 404s after the first draw) get a moment to show.
    await page.waitForTimeout(500);
  } catch (error) {
    open.push(error instanceof Error ? error.message.split('\n')[0] : String(error));
  }
  // A body that never ends (a dev server's open stream) counts as empty after 10 s.
  const none = Buffer.alloc(0);
  const cut = (body) =>
    Promise.race([body, new Promise((done) => setTimeout(done, 10_000, none).unref())]);
  const bodies = await Promise.all(scripts.map((script) => cut(script.body)));
  const seen = [...faults]; // before closing, which aborts what is still loading
  await context.close();
  const outlines = new Set();
  for (const body of bodies) for (const m of body.toString().matchAll(OUTLINE)) outlines.add(m[1]);
  // The Sakai page shows a map of Japan: its outline, and no other, is what a page should load (an
  // app that inlined every outline would still draw, so this is checked here).
  const others = [...outlines].filter((code) => code !== 'JPN');
  if (!outlines.has('JPN')) open.push("the page loaded no outline of Japan's");
  if (others.length > 0) open.push(`the page loaded other outlines too: ${others.join(' ')}`);
  return {
    problems: [...seen, ...open], // a fault is most often the cause of what stayed open
    jsBytes: bodies.reduce((sum, body) => sum + body.length, 0),
    jsGzip: bodies.reduce((sum, body) => sum + gzipSync(body).length, 0),
    jsFiles: scripts.map((script) => script.file),
    outlines: [...outlines].sort(),
  };
}

/** Opens `url` with JavaScript off: each widget must be in the HTML, drawn. */
export async function checkStaticPage(browser, url) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  let problems;
  try {
    const answer = await page.goto(url, { timeout: TIMEOUT_MS });
    problems = answer?.ok() ? await page.evaluate(probeStatic, TAGS) : [`HTTP ${answer?.status()}`];
  } catch (error) {
    problems = [error instanceof Error ? error.message.split('\n')[0] : String(error)];
  }
  await context.close();
  return problems.map((problem) => `JavaScript off: ${problem}`);
}
