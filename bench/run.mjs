// Benchmarks Lede's three widgets against a hand-written D3 floor and tree-shaken ECharts 6 versions
// of the same charts, drawn from the same Sakai data, in headless Chromium.
//
//   node bench/run.mjs [--runs=7] [--warmup=1] [--widgets=gauge,map,card] [--contenders=d3,echarts,lede]
//                      [--screenshots] [--no-write]
//   node bench/run.mjs --profile [--widgets=…]
//
// Every run opens a fresh browser context (no HTTP or code cache) per contender and widget, and
// runs the contenders of a widget in a rotating order, so that drift hits them alike. One page does,
// in order: first render, resizes of that chart, heap with one chart, 100 more charts, heap with
// 101. A second page per contender and widget measures the first render again after a page that
// used Intl in the same renderer process. Prints a Markdown table per metric (median and min–max
// over the runs, and the ratio to the D3 floor) and writes bench/results.json (raw runs) and bench/results.md (the tables); with
// --screenshots, a PNG of each first chart in bench/dist/. Before each widget's pages it waits
// (up to a minute) for other work on the machine to calm down.
//
// --profile instead records a CPU profile of each contender's 100-instance step (written to
// bench/dist/*.cpuprofile, for DevTools) and prints where the main thread's time goes, with Lede's
// top functions mapped through its source maps (also written to bench/profile.md). `npm run bench` builds everything first.
/* global window, document, performance, requestAnimationFrame, MutationObserver, gc, setTimeout, clearTimeout */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { SourceMap } from 'node:module';
import os from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { format } from 'prettier';
import { CHROMIUM_ARGS, findBrowser } from '../scripts/find-browser.mjs';
import { build, CONTENDERS, LABELS, WIDGETS, pageOf, scriptOf } from './build.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const started = performance.now();

// ---------------------------------------------------------------------------------------------
// Options

const option = (name, fallback) => {
  const arg = process.argv.find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (!arg) return fallback;
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : true;
};
const list = (value, all) => {
  const items = value ? String(value).split(',') : all;
  const bad = items.filter((i) => !all.includes(i));
  if (bad.length) throw new Error(`unknown ${bad.join(', ')}: choose from ${all.join(', ')}`);
  return items;
};
const RUNS = Number(option('runs', 7));
const WARMUP = Number(option('warmup', 1));
const widgets = list(option('widgets'), Object.keys(WIDGETS));
const contenders = list(option('contenders'), CONTENDERS);
const PROFILE = option('profile', false);
const SCREENSHOTS = option('screenshots', false);
const WRITE = !option('no-write', false);

/** Charts stamped for the many-instances measure. */
const INSTANCES = 100;
/** Widths the first chart's cell takes in turn (it starts at 480 px). */
const RESIZES = [400, 480, 400, 480, 400, 480];
/** Share of the CPUs used by other programs above which the next pages wait. */
const BUSY = 0.1;
const TIMEOUT = { load: 30_000, firstDraw: 20_000, resize: 5_000, instances: 60_000 };

// ---------------------------------------------------------------------------------------------
// Static server for the repository root, uncached (as in test/node/embed.test.mjs)

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

async function serveFile(request, response) {
  const { pathname } = new URL(request.url, 'http://localhost');
  if (pathname === '/favicon.ico') return void response.writeHead(204).end();
  const path = normalize(join(ROOT, decodeURIComponent(pathname)));
  if (!path.startsWith(ROOT)) return void response.writeHead(403).end();
  let body;
  try {
    body = await readFile(path);
  } catch {
    return void response.writeHead(404).end();
  }
  response.writeHead(200, {
    'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
    'Cache-Control': 'no-store',
  });
  response.end(body);
}

// ---------------------------------------------------------------------------------------------
// In the page

/**
 * Installed before the page's scripts: records, per chart, the time of its first drawn signal
 * (`lede-ready` from Lede, `bench-drawn` from the D3 and ECharts charts), and Lede's issues.
 */
function recorder() {
  const drawn = new Map();
  const waiters = new Set();
  const errors = [];
  const onDrawn = (event) => {
    if (drawn.has(event.target)) return;
    drawn.set(event.target, performance.now());
    for (const check of waiters) check();
  };
  document.addEventListener('lede-ready', onDrawn, true);
  document.addEventListener('bench-drawn', onDrawn, true);
  document.addEventListener(
    'lede-error',
    (event) => errors.push(JSON.stringify(event.detail.issues)),
    true,
  );
  window.__bench = {
    drawn,
    errors,
    /** Resolves when `test()` holds, checked at each drawn signal; rejects after `ms`, naming `what` (or what it returns). */
    until(test, ms, what) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(
              `timed out after ${ms} ms waiting for ${typeof what === 'function' ? what() : what}`,
            ),
          );
        }, ms);
        const check = () => {
          if (!test()) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve();
        };
        waiters.add(check);
        check();
      });
    },
  };
}

/** First render: the first chart's drawn signal, from the end of its script's response. */
function measureFirstRender({ script, ms }) {
  const bench = window.__bench;
  const chart = document.querySelector('#first').firstElementChild;
  return bench
    .until(() => bench.drawn.has(chart), ms, "the first chart's drawn signal")
    .then(() => {
      const entry = performance
        .getEntriesByType('resource')
        .find((e) => new URL(e.name).pathname === `/${script}`);
      if (!entry) throw new Error(`no resource timing entry for /${script}`);
      const at = bench.drawn.get(chart);
      const root = chart.shadowRoot ?? chart;
      if (!root.querySelector('svg'))
        throw new Error('the first chart signalled drawn without an svg');
      return { fromScript: at - entry.responseEnd, fromNavigation: at, errors: bench.errors };
    });
}

/**
 * Resize latency: at the start of a frame, the first chart's cell gets a new width; the latency is
 * the time from then to the last DOM change inside the chart (its shadow root for Lede) before it
 * goes quiet, once its main svg (viewBox, else width) has taken the new width.
 */
async function measureResizes({ widths, ms }) {
  const cell = document.querySelector('#first');
  const chart = cell.firstElementChild;
  const root = chart.shadowRoot ?? chart;
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const width = (svg) => svg.viewBox.baseVal?.width || svg.width.baseVal.value;
  const main = () => [...root.querySelectorAll('svg')].find((svg) => width(svg) > 100);
  const results = [];
  for (const target of widths) {
    await frame();
    await frame();
    const before = width(main());
    let last = 0;
    const observer = new MutationObserver(() => (last = performance.now()));
    observer.observe(root, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    const t0 = await new Promise((resolve) =>
      requestAnimationFrame(() => {
        const t = performance.now();
        cell.style.width = `${target}px`;
        resolve(t);
      }),
    );
    let quietFrames = 0;
    for (;;) {
      await frame();
      const svg = main();
      const done = svg && Math.abs(width(svg) - before) >= 20 && last > t0;
      quietFrames = done && performance.now() - last > 50 ? quietFrames + 1 : 0;
      if (quietFrames >= 3) break;
      if (performance.now() - t0 > ms) {
        observer.disconnect();
        throw new Error(
          `resize to ${target} px: the chart's svg is ${svg ? width(svg) : 'missing'} px wide (was ${before}) after ${ms} ms`,
        );
      }
    }
    observer.disconnect();
    results.push({ width: target, svgWidth: width(main()), ms: last - t0 });
  }
  return results;
}

/** 100 instances: stamps the cell template n times into the grid, until all n drawn signals. */
async function measureInstances({ n, ms }) {
  const bench = window.__bench;
  const grid = document.querySelector('#grid');
  const template = document.querySelector('#cell');
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const t0 = performance.now();
  const charts = [];
  for (let i = 0; i < n; i++) {
    const cell = document.importNode(template.content.firstElementChild, true);
    grid.append(cell);
    const chart = cell.firstElementChild;
    charts.push(chart);
    window.benchDraw?.(chart);
  }
  let count = 0;
  await bench.until(
    () => {
      while (count < n && bench.drawn.has(charts[count])) count++;
      return count === n;
    },
    ms,
    () => `${n} drawn signals (the first ${count} came)`,
  );
  const end = Math.max(...charts.map((c) => bench.drawn.get(c)));
  const blank = charts.filter((c) => !(c.shadowRoot ?? c).querySelector('svg')).length;
  if (blank) throw new Error(`${blank} of ${n} charts signalled drawn without an svg`);
  return { ms: end - t0, errors: bench.errors };
}

/** usedJSHeapSize after forced garbage collections. */
async function measureHeap() {
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return performance.memory.usedJSHeapSize;
}

// ---------------------------------------------------------------------------------------------
// One page: a contender drawing a widget

const withTimeout = (promise, ms, what) =>
  Promise.race([
    promise,
    new Promise((_, reject) =>
      setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms).unref(),
    ),
  ]);

async function session(browser, origin, contender, widget, hooks = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const loaded = [];
    const problems = [];
    page.on('request', (request) => {
      if (['script', 'fetch', 'xhr'].includes(request.resourceType()))
        loaded.push(new URL(request.url()).pathname.slice(1));
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
    await page.addInitScript(recorder);
    // The tab first opens a blank page of the same origin, so that starting the renderer process
    // (and its fonts) is not measured; no script of the contender has run in that process before.
    // With `intl`, that page has also formatted a date and a number with Intl.
    await page.goto(`${origin}/bench/pages/${hooks.intl ? 'blank-intl' : 'blank'}.html`, {
      waitUntil: 'load',
      timeout: TIMEOUT.load,
    });
    await page.waitForTimeout(150);
    await page.goto(`${origin}/${pageOf(contender, widget)}`, {
      waitUntil: 'load',
      timeout: TIMEOUT.load,
    });
    const step = async (what, fn, arg, ms) => {
      try {
        return await withTimeout(page.evaluate(fn, arg), ms + 5_000, what);
      } catch (error) {
        const extra = problems.length ? ` (page: ${problems.join('; ')})` : '';
        throw new Error(`${what}: ${error.message.split('\n')[0]}${extra}`, { cause: error });
      }
    };
    const first = await step(
      'first render',
      measureFirstRender,
      { script: scriptOf(contender, widget), ms: TIMEOUT.firstDraw },
      TIMEOUT.firstDraw,
    );
    if (first.errors.length) throw new Error(`lede-error: ${first.errors.join('; ')}`);
    if (hooks.intl) {
      if (problems.length) throw new Error(problems.join('; '));
      return { firstRender: first.fromScript };
    }
    await hooks.afterFirst?.(page);
    const resizes = await step(
      'resize',
      measureResizes,
      { widths: RESIZES, ms: TIMEOUT.resize },
      TIMEOUT.resize * RESIZES.length,
    );
    const heap1 = await step('heap with one chart', measureHeap, undefined, 10_000);
    await hooks.beforeInstances?.(page, cdp);
    const instances = await step(
      `${INSTANCES} instances`,
      measureInstances,
      { n: INSTANCES, ms: TIMEOUT.instances },
      TIMEOUT.instances,
    );
    await hooks.afterInstances?.(page, cdp);
    if (instances.errors.length) throw new Error(`lede-error: ${instances.errors.join('; ')}`);
    const heap101 = await step(`heap with ${INSTANCES + 1} charts`, measureHeap, undefined, 10_000);
    if (problems.length) throw new Error(problems.join('; '));
    return {
      firstRender: first.fromScript,
      firstRenderFromNavigation: first.fromNavigation,
      resizes,
      resize: median(resizes.map((r) => r.ms)),
      instances: instances.ms,
      heap1,
      heap101,
      loaded: [...new Set(loaded)],
    };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Bytes: every script and data file a contender's page loaded for its chart

function bytesOf(files) {
  const rows = files.map((file) => {
    const code = readFileSync(join(ROOT, file));
    return {
      file,
      outline: file.startsWith('dist/countries/'),
      min: code.length,
      gzip: gzipSync(code, { level: 9 }).length,
      brotli: brotliCompressSync(code, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 11,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: code.length,
        },
      }).length,
    };
  });
  const sum = (key, only = () => true) => rows.filter(only).reduce((a, r) => a + r[key], 0);
  return {
    files: rows,
    min: sum('min'),
    gzip: sum('gzip'),
    brotli: sum('brotli'),
    outlineGzip: sum('gzip', (r) => r.outline),
    outlineBrotli: sum('brotli', (r) => r.outline),
  };
}

// ---------------------------------------------------------------------------------------------
// Other work on the machine skews every figure: measure how busy its CPUs are between pages

/**
 * CPU time so far (Linux /proc, in clock ticks): the machine's total and idle, and what this
 * process and its descendants (the browser) used, counting children that have exited.
 */
function cpuTicks() {
  try {
    const values = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1);
    const ticks = values.map(Number);
    const parent = new Map();
    const used = new Map();
    for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        parent.set(pid, f[1]);
        used.set(pid, Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]));
      } catch {
        // The process has exited.
      }
    }
    let ours = 0;
    for (const [pid, t] of used) {
      for (let p = pid; p && p !== '0'; p = parent.get(p)) {
        if (p === String(process.pid)) {
          ours += t;
          break;
        }
      }
    }
    return { total: ticks.reduce((a, b) => a + b, 0), idle: ticks[3] + (ticks[4] ?? 0), ours };
  } catch {
    return undefined;
  }
}

/** Share of the machine's CPU time that other programs used between two cpuTicks() readings. */
function otherShare(a, b) {
  if (!a || !b || b.total === a.total) return undefined;
  const busy = b.total - b.idle - (a.total - a.idle);
  return Math.max(0, (busy - (b.ours - a.ours)) / (b.total - a.total));
}

/** Waits, up to a minute, until other programs leave the CPUs mostly idle; returns the last share. */
async function quiet(what) {
  const sample = async (ms) => {
    const a = cpuTicks();
    await new Promise((resolve) => setTimeout(resolve, ms));
    return otherShare(a, cpuTicks());
  };
  let share = await sample(500);
  if (share === undefined) return undefined;
  const until = performance.now() + 60_000;
  if (share > BUSY)
    console.log(`  (${what}: other programs use ${Math.round(share * 100)}% of the CPUs, waiting)`);
  while (share > BUSY && performance.now() < until) share = await sample(1000);
  if (share > BUSY) console.log(`  (still ${Math.round(share * 100)}%: measuring anyway)`);
  return share;
}

// ---------------------------------------------------------------------------------------------
// Statistics and tables

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
const summary = (values) => ({
  median: median(values),
  min: Math.min(...values),
  max: Math.max(...values),
  n: values.length,
});

const kb = (n) => (n / 1024).toFixed(1);
const ms = (n) => (n < 10 ? n.toFixed(2) : n.toFixed(1));
const mb = (n) => (n / 1024 / 1024).toFixed(2);
const ratio = (value, floor) => (floor ? `×${(value / floor).toFixed(1)}` : '–');

function timeTable(title, definition, key, stats, unit = ms) {
  const rows = [];
  for (const widget of widgets) {
    for (const contender of contenders) {
      const s = stats[widget]?.[contender]?.[key];
      if (!s) {
        rows.push(`| ${widget} | ${LABELS[contender]} | failed | | |`);
        continue;
      }
      const floor = stats[widget]?.d3?.[key]?.median;
      rows.push(
        `| ${widget} | ${LABELS[contender]} | ${unit(s.median)} | ${unit(s.min)}–${unit(s.max)} | ${ratio(s.median, floor)} |`,
      );
    }
  }
  return [
    `### ${title}`,
    '',
    definition,
    '',
    '| widget | contender | median | min–max | vs D3 |',
    '| --- | --- | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}

function bytesTable(bytes) {
  const rows = [];
  for (const widget of widgets) {
    for (const contender of contenders) {
      const b = bytes[widget]?.[contender];
      if (!b) continue;
      const floor = bytes[widget]?.d3?.gzip;
      rows.push(
        `| ${widget} | ${LABELS[contender]} | ${b.files.map((f) => f.file).join(' + ')} | ${kb(b.min)} | ${kb(b.gzip)} | ${kb(b.brotli)} | ${b.outlineGzip ? kb(b.outlineGzip) : '–'} | ${ratio(b.gzip, floor)} |`,
      );
    }
  }
  return [
    '### Bytes (KB)',
    '',
    'Every script and data file the page loaded for its chart, as served: minified, then gzip (zlib level 9) and brotli (quality 11). The outline column is the part of the gzip total that is the Japan outline `dist/countries/JPN.js` (the same file for all three maps). Ratio: gzip total against the D3 floor.',
    '',
    '| widget | contender | files | min | gzip | brotli | of which outline (gzip) | vs D3 |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}

function heapTable(stats) {
  const rows = [];
  for (const widget of widgets) {
    for (const contender of contenders) {
      const s = stats[widget]?.[contender];
      if (!s?.heap101) {
        rows.push(`| ${widget} | ${LABELS[contender]} | failed | | | |`);
        continue;
      }
      const floor = stats[widget]?.d3?.heap101?.median;
      rows.push(
        `| ${widget} | ${LABELS[contender]} | ${mb(s.heap101.median)} | ${mb(s.heap101.min)}–${mb(s.heap101.max)} | ${ratio(s.heap101.median, floor)} | ${(s.perChart.median / 1024).toFixed(1)} |`,
      );
    }
  }
  return [
    `### JS heap with ${INSTANCES + 1} charts (MB)`,
    '',
    `\`performance.memory.usedJSHeapSize\` after three forced \`gc()\`s, with the first chart and the ${INSTANCES} stamped ones drawn: the whole page's V8 heap, contender's code included. Per chart: (heap with ${INSTANCES + 1} − heap with 1) / ${INSTANCES}, median, in KB.`,
    '',
    '| widget | contender | median | min–max | vs D3 | per chart (KB) |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// CPU profile of the many-instances run

const sourceMaps = new Map();
function originalPosition(url, line, column) {
  const path = new URL(url).pathname.slice(1);
  if (!sourceMaps.has(path)) {
    let map;
    try {
      map = new SourceMap(JSON.parse(readFileSync(join(ROOT, `${path}.map`), 'utf8')));
    } catch {
      map = undefined;
    }
    sourceMaps.set(path, map);
  }
  const entry = sourceMaps.get(path)?.findEntry(line, column);
  if (!entry?.originalSource) return undefined;
  return {
    source: entry.originalSource.replace(/^lede-widgets\//, ''),
    line: entry.originalLine + 1,
    name: entry.name,
  };
}

/** Self time per function, in ms, with positions in Lede's bundles mapped to their sources. */
function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const files = new Map();
  const kinds = { js: 0, dom: 0, gc: 0, program: 0, idle: 0 };
  const deltas = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i]);
    const dt = (deltas[i + 1] ?? 0) / 1000;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    let label = functionName || '(anonymous)';
    let file = label;
    if (url) {
      kinds.js += dt;
      const original = url.includes('/dist/') && originalPosition(url, lineNumber, columnNumber);
      const short = new URL(url).pathname.slice(1);
      file = original ? original.source.replace(/^node_modules\/([^/]+)\/.*/, '$1') : short;
      label = original
        ? `${original.name ?? functionName ?? '(anonymous)'} — ${original.source}:${original.line} (${functionName || 'anonymous'} in ${short})`
        : `${label} — ${short}:${lineNumber + 1}:${columnNumber + 1}`;
    } else if (label === '(garbage collector)') kinds.gc += dt;
    else if (label === '(program)') kinds.program += dt;
    else if (label === '(idle)') kinds.idle += dt;
    else if (label !== '(root)') {
      // A browser function called from script: DOM calls such as importNode or setAttribute.
      kinds.dom += dt;
      file = '(DOM calls from script)';
    }
    self.set(label, (self.get(label) ?? 0) + dt);
    files.set(file, (files.get(file) ?? 0) + dt);
  }
  const sorted = (map) =>
    [...map.entries()].filter(([l]) => l !== '(idle)').sort((a, b) => b[1] - a[1]);
  return { functions: sorted(self), files: sorted(files), kinds };
}

const METRICS = {
  TaskDuration: 'main thread',
  RecalcStyleDuration: 'style',
  LayoutDuration: 'layout',
};
async function metrics(cdp) {
  const { metrics: all } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(all.filter((m) => m.name in METRICS).map((m) => [m.name, m.value]));
}

async function profileRun(browser, origin) {
  const metricRows = [];
  const sections = [];
  for (const widget of widgets) {
    for (const contender of contenders) {
      let before;
      let after;
      let profile;
      const hooks = {
        async beforeInstances(page, cdp) {
          await cdp.send('Performance.enable');
          await cdp.send('Profiler.enable');
          await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
          await cdp.send('Profiler.start');
          before = await metrics(cdp);
        },
        async afterInstances(page, cdp) {
          after = await metrics(cdp);
          ({ profile } = await cdp.send('Profiler.stop'));
        },
      };
      // One unmeasured page first, so that the profiled one runs in a warm browser.
      await session(browser, origin, contender, widget);
      const result = await session(browser, origin, contender, widget, hooks);
      const file = `bench/dist/${contender}-${widget}-${INSTANCES}.cpuprofile`;
      writeFileSync(join(ROOT, file), JSON.stringify(profile));
      const { functions, files, kinds } = selfTimes(profile);
      metricRows.push(
        `| ${widget} | ${LABELS[contender]} | ${ms(result.instances)} | ${Object.keys(METRICS)
          .map((m) => ms((after[m] - before[m]) * 1000))
          .join(' | ')} | ${[kinds.js, kinds.dom, kinds.gc, kinds.program].map(ms).join(' | ')} |`,
      );
      if (contender !== 'lede') continue;
      const busy = functions.reduce((a, [, t]) => a + t, 0);
      const share = (t) => `${((100 * t) / busy).toFixed(1)}%`;
      sections.push(
        [
          `#### Lede ${widget}: where ${INSTANCES} instances spend their time`,
          '',
          `${ms(busy)} ms of samples not idle (profile in ${file}). Top 10 functions by self time, positions mapped through the bundle's source map:`,
          '',
          '| self ms | share | function — source |',
          '| ---: | ---: | --- |',
          ...functions.slice(0, 10).map(([label, t]) => `| ${ms(t)} | ${share(t)} | ${label} |`),
          '',
          'Self time by source file (npm packages whole):',
          '',
          '| self ms | share | source |',
          '| ---: | ---: | --- |',
          ...files.slice(0, 12).map(([label, t]) => `| ${ms(t)} | ${share(t)} | ${label} |`),
        ].join('\n'),
      );
    }
  }
  return [
    [
      `### Main-thread time while drawing ${INSTANCES} instances (ms)`,
      '',
      `One profiled page per contender and widget, opened after an unmeasured one, sampling every 0.1 ms (the profiler slows the page). ${INSTANCES} instances: the measure of the benchmark, under the profiler. Main thread, style, layout: Chromium's Performance.getMetrics (TaskDuration, RecalcStyleDuration, LayoutDuration) before and after the step. JS, DOM calls, GC, (program): the CPU profile's samples in page scripts, in browser functions called from them (importNode, setAttribute, …), in the garbage collector, and in the browser's own work (parsing, style, layout, paint, …).`,
      '',
      `| widget | contender | ${INSTANCES} instances | ${Object.values(METRICS).join(' | ')} | JS | DOM calls | GC | (program) |`,
      `| --- | --- | ---: | ${Object.keys(METRICS)
        .map(() => '---:')
        .join(' | ')} | ---: | ---: | ---: | ---: |`,
      ...metricRows,
    ].join('\n'),
    ...sections,
  ].join('\n\n');
}

// ---------------------------------------------------------------------------------------------
// Main

await build();
const executablePath = findBrowser();
if (!executablePath) throw new Error('No Chrome or Chromium found: install one or set CHROME_PATH');
const server = createServer((request, response) => void serveFile(request, response));
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath,
  args: [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
});
let failed = 0;
try {
  const version = browser.version();
  console.log(
    `Chromium ${version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}`,
  );
  if (PROFILE) {
    const header = [
      '# Where the time goes: CPU profiles of the 100-instance step',
      '',
      `${new Date().toISOString()}, \`node bench/run.mjs --profile\`. Chromium ${version} headless, ${os.cpus().length} × ${os.cpus()[0]?.model}, Node ${process.version}.`,
    ].join('\n');
    const out = await format(`${header}\n\n${await profileRun(browser, origin)}`, {
      parser: 'markdown',
    });
    console.log(`\n${out}`);
    if (WRITE) {
      writeFileSync(join(ROOT, 'bench/profile.md'), out);
      console.log('Wrote bench/profile.md');
    }
  } else {
    const raw = Object.fromEntries(
      widgets.map((w) => [w, Object.fromEntries(contenders.map((c) => [c, []]))]),
    );
    const errors = [];
    const otherDuring = [];
    const bytes = Object.fromEntries(widgets.map((w) => [w, {}]));
    for (let run = 0; run < WARMUP + RUNS; run++) {
      const warm = run < WARMUP;
      for (const widget of widgets) {
        await quiet(`${warm ? 'warm-up' : `run ${run - WARMUP + 1}`} ${widget}`);
        const ticks = cpuTicks();
        // Rotate the order run by run, so that no contender is always first on a fresh context.
        const order = contenders.map((_, i) => contenders[(i + run) % contenders.length]);
        const line = [];
        for (const contender of order) {
          try {
            const r = await session(browser, origin, contender, widget, {
              afterFirst: async (page) => {
                if (!SCREENSHOTS || run !== WARMUP) return;
                await page
                  .locator('#first')
                  .screenshot({ path: join(ROOT, `bench/dist/${contender}-${widget}.png`) });
              },
            });
            // The first render again, in a renderer whose page had used Intl before.
            const withIntl = await session(browser, origin, contender, widget, { intl: true });
            r.firstRenderIntl = withIntl.firstRender;
            if (!warm) raw[widget][contender].push({ run: run - WARMUP + 1, ...r });
            if (!warm && !bytes[widget][contender]) bytes[widget][contender] = bytesOf(r.loaded);
            line.push(
              `${contender} ${ms(r.firstRender)}/${ms(r.firstRenderIntl)}/${ms(r.resize)}/${ms(r.instances)} ms ${mb(r.heap101)} MB`,
            );
          } catch (error) {
            failed++;
            const message = `${warm ? 'warm-up' : `run ${run - WARMUP + 1}`} ${widget} ${contender}: ${error.message}`;
            errors.push(message);
            line.push(`${contender} FAILED`);
            console.error(`  ✗ ${message}`);
          }
        }
        const other = otherShare(ticks, cpuTicks());
        if (!warm) otherDuring.push(other);
        const note =
          other === undefined ? '' : ` (other programs: ${Math.round(other * 100)}% CPU)`;
        console.log(
          `${warm ? 'warm-up' : `run ${run - WARMUP + 1}/${RUNS}`} ${widget.padEnd(5)} ${line.join(' · ')}${note}`,
        );
      }
    }
    const stats = {};
    for (const widget of widgets) {
      stats[widget] = {};
      for (const contender of contenders) {
        const runs = raw[widget][contender];
        if (!runs.length) continue;
        stats[widget][contender] = {
          firstRender: summary(runs.map((r) => r.firstRender)),
          firstRenderIntl: summary(runs.map((r) => r.firstRenderIntl)),
          firstRenderFromNavigation: summary(runs.map((r) => r.firstRenderFromNavigation)),
          resize: summary(runs.map((r) => r.resize)),
          instances: summary(runs.map((r) => r.instances)),
          heap101: summary(runs.map((r) => r.heap101)),
          perChart: summary(runs.map((r) => (r.heap101 - r.heap1) / INSTANCES)),
        };
      }
    }
    const seconds = (performance.now() - started) / 1000;
    const date = new Date().toISOString();
    const machine = {
      cpu: os.cpus()[0]?.model,
      cores: os.cpus().length,
      memoryGB: Math.round(os.totalmem() / 2 ** 30),
      os: `${os.type()} ${os.release()}`,
      node: process.version,
    };
    const tables = [
      bytesTable(bytes),
      timeTable(
        'First render (ms)',
        "From the end of the chart script's response (`responseEnd` of its resource timing entry) to the chart's drawn signal: Lede's `lede-ready`, ECharts' first `finished` event, the D3 chart's `bench-drawn`, each dispatched right after the chart has drawn (the map: after its outline has loaded and it has drawn). Includes compiling and running the script, upgrading or creating the chart, and for maps fetching the outline. One 480 px wide chart, in a renderer process where no page has used Intl yet: the first Intl formatter of a process loads ICU data (30–90 ms here), and the D3 card and the ECharts card format with Intl (Lede writes English figures and dates without it).",
        'firstRender',
        stats,
      ),
      timeTable(
        'First render, Intl already in use (ms)',
        'The same measure on a page opened after one that wrote a date and a number with Intl (`bench/pages/intl.js`), in the same renderer process, as on an article page whose own scripts format its dateline or figures: ICU data is loaded before the chart script runs.',
        'firstRenderIntl',
        stats,
      ),
      timeTable(
        `${INSTANCES} instances (ms)`,
        `From stamping ${INSTANCES} copies of the chart's markup into a 5-column grid of 240 px cells (Lede with \`loading="eager"\`; the D3 and ECharts charts drawn by calling their draw function on each new container) to the last of their ${INSTANCES} drawn signals, on the page where the first chart is drawn.`,
        'instances',
        stats,
      ),
      heapTable(stats),
      timeTable(
        'Resize latency (ms)',
        `The first chart's cell is made ${RESIZES.join(', ')} px wide in turn (from 480 px), each change made at the start of an animation frame; the latency is from the change to the last DOM change inside the chart (Lede: in its shadow root) once its main svg (viewBox width, else width) has the new width and the chart has stayed quiet for three frames. Each run's figure is the median of its ${RESIZES.length} resizes.`,
        'resize',
        stats,
      ),
    ];
    const header = [
      '# Benchmark: Lede vs a hand-written D3 floor and ECharts 6',
      '',
      `${date}, \`npm run bench\`: ${RUNS} runs (after ${WARMUP} warm-up run${WARMUP === 1 ? '' : 's'}), a fresh browser context per contender and widget in each run, and one more for the first render with Intl in use (its tab first loads a blank page of the same origin, so the renderer process has started), contenders in rotating order. Chromium ${version} headless, ${machine.cores} × ${machine.cpu}, ${machine.memoryGB} GB, Node ${process.version}. Total ${seconds.toFixed(0)} s; other programs used at most ${Math.round(100 * Math.max(0, ...otherDuring.filter((b) => b !== undefined)))}% of the CPUs while a widget's pages ran (each waited for them to drop under ${BUSY * 100}%). Medians over the runs, with min–max; "vs D3" is the median's ratio to the hand-written D3 floor.`,
      '',
      'All contenders draw the Sakai article (`schema/sakai.json`): the 150 → 240 MW power ramp, the three SoftBank sites on the Japan outline `dist/countries/JPN.js`, the ¥100 billion deal with one comparison. D3 and ECharts get it in data attributes, Lede in its attributes as in the Sakai (en) stories, with `no-animation`. Lede draws more than the others (heading, source line, stage ticks and labels, legend, non-overlapping labels, accessible tables): the D3 charts are a floor, not an equal.',
    ].join('\n');
    const markdown = await format([header, ...tables].join('\n\n'), { parser: 'markdown' });
    console.log(`\n${markdown}`);
    if (errors.length) console.error(`${errors.length} failed session(s):\n${errors.join('\n')}`);
    if (WRITE) {
      writeFileSync(join(ROOT, 'bench/results.md'), markdown);
      writeFileSync(
        join(ROOT, 'bench/results.json'),
        `${JSON.stringify(
          {
            date,
            chromium: version,
            machine,
            options: { runs: RUNS, warmup: WARMUP, instances: INSTANCES, resizes: RESIZES },
            totalSeconds: seconds,
            otherProgramsCpuShareDuringEachWidget: otherDuring,
            bytes,
            stats,
            raw,
            errors,
          },
          null,
          2,
        )}\n`,
      );
      console.log('Wrote bench/results.md and bench/results.json');
    }
  }
} finally {
  await browser.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
}
console.log(`Total ${((performance.now() - started) / 1000).toFixed(0)} s`);
if (failed) process.exitCode = 1;
