// Runs the README's examples exactly as written: each fenced block after an
// `<!-- example: NAME -->` marker. The package is packed with `npm pack` and extracted into the
// node_modules of an app in a temporary folder, as a user would install it; the examples are
// served from there (plain-html) or bundled there with esbuild (bundler, react) and opened in
// headless Chromium. Needs `npm run build` first.
/* global window, document, PerformanceObserver, requestAnimationFrame */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { DOMParser } from '@xmldom/xmldom';
import { PNG } from 'pngjs';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { startPages } from '../../scripts/static-server.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The README's examples, each with the language its block must have. */
const EXAMPLES = {
  'first-embed': 'sh',
  'plain-html': 'html',
  bundler: 'js',
  react: 'jsx',
  'suggest-cli': 'sh',
  suggest: 'js',
  cli: 'sh',
  server: 'js',
};

/** Every `<!-- example: NAME -->` marker of the README, with the fenced block right after it. */
function readExamples() {
  const lines = readFileSync(join(ROOT, 'README.md'), 'utf8').split('\n');
  const found = [];
  for (let i = 0; i < lines.length; i++) {
    const marker = /^<!-- example: (\S+) -->$/.exec(lines[i].trim());
    if (!marker) continue;
    let start = i + 1;
    while (start < lines.length && lines[start].trim() === '') start++;
    const fence = /^```(\S*)$/.exec(lines[start] ?? '');
    if (!fence) {
      found.push({ name: marker[1], lang: null, code: null });
      continue;
    }
    let end = start + 1;
    while (end < lines.length && lines[end] !== '```') end++;
    found.push({ name: marker[1], lang: fence[1], code: lines.slice(start + 1, end).join('\n') });
  }
  return found;
}

const examples = readExamples();

/** The code of one example; fails if its marker is missing or its block has another language. */
function example(name) {
  const matches = examples.filter((e) => e.name === name);
  assert.equal(matches.length, 1, `README.md has one <!-- example: ${name} --> marker`);
  const [found] = matches;
  assert.notEqual(found.code, null, `a fenced code block follows <!-- example: ${name} -->`);
  assert.equal(found.lang, EXAMPLES[name], `the ${name} example is a ${EXAMPLES[name]} block`);
  return found.code;
}

let temp;
let app;
let packageRoot;
let pages;
let origin;
let browser;

/** Packs the package and extracts it into <temp>/app/node_modules/lede-widgets. */
function installPackage() {
  const [pack] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', temp], {
      cwd: ROOT,
      encoding: 'utf8',
    }),
  );
  packageRoot = join(app, 'node_modules', 'lede-widgets');
  mkdirSync(packageRoot, { recursive: true });
  execFileSync('tar', [
    '-xzf',
    join(temp, pack.filename),
    '-C',
    packageRoot,
    '--strip-components=1',
  ]);
  // The package's dependencies and React come from the repository's node_modules: bundlers follow
  // the links, so lit's own dependencies resolve there too. A dependency the packed package.json
  // does not declare is missing from the app and fails the bundle.
  const manifest = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8'));
  const { dependencies, optionalDependencies = {}, bin } = manifest;
  for (const name of [
    ...Object.keys(dependencies),
    ...Object.keys(optionalDependencies),
    'react',
    'react-dom',
    'scheduler',
  ]) {
    const link = join(app, 'node_modules', name);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules', name), link, 'dir');
  }
  // The command, linked into node_modules/.bin as npm links a package's bin on install.
  mkdirSync(join(app, 'node_modules', '.bin'));
  for (const [name, path] of Object.entries(bin)) {
    chmodSync(join(packageRoot, path), 0o755);
    symlinkSync(join('..', 'lede-widgets', path), join(app, 'node_modules', '.bin', name));
  }
  writeFileSync(join(app, 'package.json'), '{ "name": "readme-app", "private": true }\n');
}

before(async () => {
  assert.ok(existsSync(join(ROOT, 'dist', 'lede.js')), 'dist/ is built: run `npm run build`');
  temp = mkdtempSync(join(tmpdir(), 'lede-readme-'));
  app = join(temp, 'app');
  installPackage();
  // /lede-widgets/ from the extracted package, everything else from the app folder.
  const prefix = '/lede-widgets/';
  pages = await startPages((pathname) =>
    pathname.startsWith(prefix)
      ? { root: packageRoot, path: pathname.slice(prefix.length) }
      : { root: app, path: pathname },
  );
  ({ origin, browser } = pages);
});

after(async () => {
  await pages?.close();
  if (temp) rmSync(temp, { recursive: true, force: true });
});

/** Writes a page into the app folder; returns its URL. */
function writePage(name, body) {
  const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>README example: ${name}</title>
  </head>
  <body>
${body}
  </body>
</html>
`;
  writeFileSync(join(app, `${name}.html`), html);
  return `${origin}/${name}.html`;
}

/** Bundles an entry of the app folder with esbuild into outdir, as the README says to. */
async function bundle(entry, outdir, options = {}) {
  const result = await build({
    absWorkingDir: app,
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    splitting: true,
    outdir,
    platform: 'browser',
    logLevel: 'silent',
    ...options,
  });
  assert.deepEqual(
    result.warnings.map((w) => w.text),
    [],
    `esbuild warns while bundling ${entry}`,
  );
}

/** Runs in the page before its scripts: records the widgets that fired lede-ready, and lede-error. */
function installRecorder() {
  const record = { ready: new Set(), errors: [] };
  window.__lede = record;
  document.addEventListener('lede-ready', (e) => record.ready.add(e.target), true);
  document.addEventListener(
    'lede-error',
    (e) => record.errors.push({ tag: e.target.localName, issues: e.detail.issues }),
    true,
  );
}

/** Opens a page in a fresh context; collects its page errors and console messages. */
async function open(url) {
  const context = await browser.newContext({ viewport: { width: 800, height: 1200 } });
  const page = await context.newPage();
  const log = { pageErrors: [], consoleErrors: [], warnings: [], requests: [] };
  page.on('pageerror', (error) => log.pageErrors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') log.consoleErrors.push(message.text());
    if (message.type() === 'warning') log.warnings.push(message.text());
  });
  page.on('request', (request) => log.requests.push(new URL(request.url()).pathname));
  await page.addInitScript(installRecorder);
  await page.goto(url);
  return { context, page, log };
}

/** The tags of the page's lede-* elements, in document order. */
function widgetTags(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((el) => el.localName.startsWith('lede-'))
      .map((el) => el.localName),
  );
}

/** Waits until the page holds the given widgets and each has fired lede-ready. */
async function waitForWidgets(page, log, tags, what) {
  try {
    await page.waitForFunction(
      (count) => {
        const widgets = [...document.querySelectorAll('*')].filter((el) =>
          el.localName.startsWith('lede-'),
        );
        return widgets.length === count && widgets.every((el) => window.__lede.ready.has(el));
      },
      tags.length,
      { timeout: 20_000 },
    );
  } catch {
    const state = await page.evaluate(() => ({
      widgets: [...document.querySelectorAll('*')]
        .filter((el) => el.localName.startsWith('lede-'))
        .map((el) => `<${el.localName}>${window.__lede.ready.has(el) ? ' ready' : ''}`),
      errors: window.__lede.errors,
    }));
    assert.fail(
      `${what}: expected ${tags.join(', ')} to fire lede-ready; the page holds ${
        state.widgets.join(', ') || 'no widget'
      }; lede-error: ${JSON.stringify(state.errors)}; page errors: ${JSON.stringify(
        log.pageErrors,
      )}; console errors: ${JSON.stringify(log.consoleErrors)}`,
    );
  }
  assert.deepEqual(await widgetTags(page), tags, `${what}: the page holds ${tags.join(', ')}`);
}

/** Each widget's tag, whether its shadow root holds an svg, its markers and its error text. */
function widgetStates(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((el) => el.localName.startsWith('lede-'))
      .map((el) => ({
        tag: el.localName,
        // A card without comparisons draws its headline and no bars.
        svg: !!el.shadowRoot?.querySelector('svg, [part=headline]'),
        markers: el.shadowRoot?.querySelectorAll('[part=marker]').length ?? 0,
        error: el.shadowRoot?.querySelector('[part=error]')?.textContent.trim() ?? null,
      })),
  );
}

function assertDrawn(states, what) {
  for (const state of states) {
    assert.ok(state.svg, `${what}: <${state.tag}> has drawn in its shadow root`);
    assert.equal(state.error, null, `${what}: <${state.tag}> shows an error`);
  }
}

function assertQuiet(log, what) {
  assert.deepEqual(log.pageErrors, [], `${what}: no page errors`);
  assert.deepEqual(log.consoleErrors, [], `${what}: no console errors`);
}

test('README.md marks exactly the examples this file runs', () => {
  assert.deepEqual(
    examples.map((e) => e.name).sort(),
    Object.keys(EXAMPLES).sort(),
    'every <!-- example: NAME --> marker has a test here, and every test has its marker',
  );
});

test("README.md quotes the example apps' files exactly, at least one file of each app", () => {
  // `<!-- file: examples/NAME/PATH -->` then a fenced block: the block is that file, verbatim.
  // The apps themselves are built and checked by `npm run examples`.
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const quotes = [...readme.matchAll(/^<!-- file: (\S+) -->\n\n```\S*\n([^]*?)\n```$/gm)];
  const markers = readme.match(/^<!-- file: /gm) ?? [];
  assert.equal(quotes.length, markers.length, 'every file marker is followed by a fenced block');
  for (const [, path, code] of quotes) {
    assert.ok(existsSync(join(ROOT, path)), `${path} exists`);
    assert.equal(code, readFileSync(join(ROOT, path), 'utf8').trimEnd(), `README quotes ${path}`);
  }
  const apps = readdirSync(join(ROOT, 'examples'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  assert.ok(apps.length > 0, 'there are example apps');
  for (const name of apps) {
    assert.ok(
      quotes.some(([, path]) => path.startsWith(`examples/${name}/`)),
      `README quotes a file of examples/${name}/`,
    );
  }
});

test('first-embed: the rendered card, pasted after the script, is taken over without a layout shift', async () => {
  writeFileSync(join(app, 'first-embed.sh'), example('first-embed'));
  execFileSync('sh', ['-e', 'first-embed.sh'], { cwd: app, stdio: ['ignore', 'pipe', 'pipe'] });
  const card = readFileSync(join(app, 'card.html'), 'utf8');
  assert.match(card, /^<lede-deal-value-card [^>]*><template shadowroot/);
  // As the README says: the script once, the rendered card in the article's text, in a phone column.
  const url = writePage(
    'first-embed',
    `<script type="module" src="/lede-widgets/dist/lede.js"></script>
<main style="max-width: 343px; padding: 0 16px; font: 18px/1.5 serif">
<p>SoftBank is buying the land and buildings of Sharp's plant in Sakai.</p>
${card}
<p>The plant once made panels for large television sets.</p>
</main>`,
  );
  const { context, page, log } = await open(url);
  try {
    await waitForWidgets(page, log, ['lede-deal-value-card'], 'first-embed');
    assertQuiet(log, 'first-embed');
    assert.deepEqual(log.warnings, [], 'first-embed: no warning (the render matched)');
    assertDrawn(await widgetStates(page), 'first-embed');
    const shift = await page.evaluate(
      () =>
        new Promise((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) total += entry.value;
          }).observe({ type: 'layout-shift', buffered: true });
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(total)));
        }),
    );
    assert.ok(shift < 0.001, `first-embed: cumulative layout shift ${shift}`);
  } finally {
    await context.close();
  }
});

test('plain-html: the block as a page body draws the gauge, the card and the Sakai map', async () => {
  const url = writePage('plain-html', example('plain-html'));
  const { context, page, log } = await open(url);
  try {
    const tags = ['lede-power-ramp-gauge', 'lede-deal-value-card', 'lede-site-map'];
    await waitForWidgets(page, log, tags, 'plain-html');
    assertQuiet(log, 'plain-html');
    assertDrawn(await widgetStates(page), 'plain-html');
    const errors = await page.evaluate(() => window.__lede.errors);
    assert.deepEqual(errors, [], 'plain-html: no lede-error');
    for (const path of [
      '/lede-widgets/dist/lede.css',
      '/lede-widgets/dist/lede.js',
      '/lede-widgets/dist/schema/sakai.json',
    ]) {
      assert.ok(log.requests.includes(path), `plain-html: ${path} is fetched`);
    }
  } finally {
    await context.close();
  }
});

test('bundler: the block bundled by esbuild draws the gauge and the map', async () => {
  writeFileSync(join(app, 'main.js'), example('bundler'));
  await bundle('main.js', 'out');
  const url = writePage(
    'bundler',
    '<div id="charts"></div><script type="module" src="/out/main.js"></script>',
  );
  const { context, page, log } = await open(url);
  try {
    const tags = ['lede-power-ramp-gauge', 'lede-site-map'];
    await waitForWidgets(page, log, tags, 'bundler');
    assertQuiet(log, 'bundler');
    const states = await widgetStates(page);
    assertDrawn(states, 'bundler');
    assert.equal(states[1].markers, 1, 'bundler: the map shows one marker');
    const errors = await page.evaluate(() => window.__lede.errors);
    assert.deepEqual(errors, [], 'bundler: no lede-error');
    // The Japan outline came from a chunk esbuild made of the outlines' dynamic import.
    assert.ok(
      log.requests.some((path) => /^\/out\/JPN-[^/]*\.js$/.test(path)),
      `bundler: the JPN outline chunk is fetched from /out/; requests: ${log.requests.join(' ')}`,
    );
    assert.deepEqual(
      log.requests.filter((path) => path.startsWith('/lede-widgets/')),
      [],
      'bundler: nothing is fetched outside the bundle',
    );
  } finally {
    await context.close();
  }
});

test('react: the block bundled by esbuild draws the gauge with stages as a property', async () => {
  writeFileSync(join(app, 'main.jsx'), example('react'));
  await bundle('main.jsx', 'out-react', {
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const url = writePage(
    'react',
    '<div id="ramp"></div><script type="module" src="/out-react/main.js"></script>',
  );
  const { context, page, log } = await open(url);
  try {
    await waitForWidgets(page, log, ['lede-power-ramp-gauge'], 'react');
    assertQuiet(log, 'react');
    assertDrawn(await widgetStates(page), 'react');
    assert.deepEqual(log.warnings, [], 'react: no console warnings before the stages change');
    const stages = await page.evaluate(() => {
      const el = document.querySelector('lede-power-ramp-gauge');
      return {
        isArray: Array.isArray(el.stages),
        length: el.stages?.length,
        attribute: el.getAttribute('stages'),
      };
    });
    assert.deepEqual(
      stages,
      { isArray: true, length: 2, attribute: null },
      'react: stages is set as a property holding the two stages',
    );

    // The example's onlede-error handler logs event.detail.issues: an array, not the library's
    // own `<lede-power-ramp-gauge>: …` string.
    const handled = page.waitForEvent('console', {
      predicate: (message) =>
        message.type() === 'warning' && !message.text().startsWith('<lede-power-ramp-gauge>'),
      timeout: 10_000,
    });
    await page.evaluate(() => {
      document.querySelector('lede-power-ramp-gauge').stages = [];
    });
    let message;
    try {
      message = await handled;
    } catch {
      assert.fail(
        `react: the example's onlede-error handler logged nothing within 10 s; warnings: ${JSON.stringify(
          log.warnings,
        )}`,
      );
    }
    const issues = await message.args()[0].jsonValue();
    assert.ok(Array.isArray(issues), `react: the handler logs an array; got ${message.text()}`);
    assert.equal(issues.length, 1, 'react: one issue');
    assert.equal(issues[0].attribute, 'stages', 'react: the issue is about stages');
    assert.equal(issues[0].severity, 'error', 'react: the issue is an error');
    assert.ok(
      log.warnings.some((text) => text.startsWith('<lede-power-ramp-gauge>: ')),
      'react: the library warns too',
    );
  } finally {
    await context.close();
  }
});

const SEED = readFileSync(join(ROOT, 'bench/suggest/corpus/01-sakai.fr.txt'), 'utf8');

test('suggest-cli: the seed article becomes an article JSON whose deal renders as the card', () => {
  writeFileSync(join(app, 'article.txt'), SEED);
  writeFileSync(join(app, 'suggest-cli.sh'), example('suggest-cli'));
  const run = spawnSync('sh', ['-e', 'suggest-cli.sh'], { cwd: app, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const article = JSON.parse(readFileSync(join(app, 'article.json'), 'utf8'));
  assert.deepEqual(
    [article.deal.amount, article.deal.currency, article.deal.convertedAmount],
    [100000000000, 'JPY', 676000000],
  );
  assert.deepEqual(
    article.ramp.stages.map((s) => [s.value, s.atLeast ?? false]),
    [
      [150, false],
      [240, true],
    ],
  );
  assert.match(run.stderr, /100 milliards de yens/, 'suggest-cli: the quotes on standard error');
  assert.match(
    readFileSync(join(app, 'card.html'), 'utf8'),
    /^<lede-deal-value-card [^>]*amount="100000000000"/,
  );
});

test('suggest: the script prints each note and the deal', () => {
  writeFileSync(join(app, 'article.txt'), SEED);
  writeFileSync(join(app, 'suggest.mjs'), example('suggest'));
  const run = spawnSync(process.execPath, ['suggest.mjs'], { cwd: app, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const lines = run.stdout.trim().split('\n');
  assert.ok(lines.includes('deal/amount: "100 milliards de yens"'), run.stdout);
  assert.ok(lines.includes('ramp/stages/1/atLeast: "plus de"'), run.stdout);
  assert.equal(JSON.parse(lines.at(-1)).amount, 100000000000);
});

test('cli: the commands write the gauge as HTML, the map as SVG and the card as PNG', () => {
  writeFileSync(join(app, 'cli.sh'), example('cli'));
  execFileSync('sh', ['-e', 'cli.sh'], { cwd: app, stdio: ['ignore', 'pipe', 'pipe'] });
  const html = readFileSync(join(app, 'gauge.html'), 'utf8');
  assert.match(
    html,
    /^<lede-power-ramp-gauge [^>]*layout-width="640"><template shadowrootmode="open"|^<lede-power-ramp-gauge [^>]*layout-width="640"><template shadowroot="open" shadowrootmode="open">/,
  );
  const problems = [];
  const svg = new DOMParser({
    onError: (level, message) => problems.push(message),
  }).parseFromString(readFileSync(join(app, 'map.svg'), 'utf8'), 'image/svg+xml');
  assert.deepEqual(problems, [], 'cli: map.svg is well-formed');
  assert.equal(svg.documentElement.getAttribute('width'), '640');
  assert.match(
    readFileSync(join(app, 'map.svg'), 'utf8'),
    /fill="#16181b"/,
    'cli: the map is dark',
  );
  const png = PNG.sync.read(readFileSync(join(app, 'card.png')));
  assert.equal(png.width, 800, 'cli: card.png is 400 px at 2 device pixels per pixel');
});

test('server: the script writes a page that shows the gauge without JavaScript and hydrates with it', async () => {
  writeFileSync(join(app, 'render.mjs'), example('server'));
  const run = spawnSync(process.execPath, ['render.mjs'], { cwd: app, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stderr, '', 'server: the render reports no issue');
  assert.equal(run.stdout, '');
  const url = `${origin}/article.html`;

  const offline = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await offline.newPage();
    await page.goto(url);
    assert.equal(await page.getByText('Source: SoftBank, March 2025').isVisible(), true);
    const box = await page.locator('lede-power-ramp-gauge .chart svg').boundingBox();
    assert.ok(
      box && box.height > 200,
      `server: the gauge is drawn without JavaScript (${JSON.stringify(box)})`,
    );
  } finally {
    await offline.close();
  }

  const { context, page, log } = await open(url);
  try {
    await waitForWidgets(page, log, ['lede-power-ramp-gauge'], 'server');
    assertQuiet(log, 'server');
    assert.deepEqual(log.warnings, [], 'server: no warning (the render matched)');
    assertDrawn(await widgetStates(page), 'server');
    assert.ok(
      log.requests.some((path) => /^\/lede-widgets\/dist\/chunks\/hydrate-support-/.test(path)),
      'server: the hydration support is fetched',
    );
  } finally {
    await context.close();
  }
});
