// Builds every app in examples/ from the packed package and checks its pages in headless Chromium
// (`npm run examples`; `node scripts/examples.mjs vite react` for some). Each example is copied to
// $TMPDIR/lede-examples/<name>, outside the repo, because frameworks walk up the tree for configs
// and lockfiles; its `lede-widgets` dependency becomes the tarball `npm pack` made of dist/. An
// example's node_modules is kept between runs while its package list stays the same: only the
// tarball is installed again. Prints a table at the end; exits 1 when anything failed.
import { spawn, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { writeFileSync, statSync, renameSync, openSync, closeSync } from 'node:fs';
import { createServer } from 'node:net';
import { clearTimeout, setTimeout } from 'node:timers';
import { setTimeout as sleep } from 'node:timers/promises';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findBrowser } from './find-browser.mjs';
import { startStaticServer } from './static-server.mjs';
import { checkPage, checkStaticPage } from './example-checks.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const work = join(tmpdir(), 'lede-examples');
const STAMP = '.lede-deps';
/** Files an example's build or install makes; never copied from the repo, never kept. */
const MADE = ['node_modules', 'dist', 'build', '.next', '.astro', '.svelte-kit', '.vite'];
const KEEP = new Set(['node_modules', 'package-lock.json', STAMP]);

const wanted = process.argv.slice(2);
const all = readdirSync(join(repo, 'examples')).filter((name) =>
  existsSync(join(repo, 'examples', name, 'package.json')),
);
const unknown = wanted.filter((name) => !all.includes(name));
if (unknown.length > 0) {
  console.error(`No example named ${unknown.join(', ')}; there are: ${all.join(', ')}`);
  process.exit(1);
}
const names = wanted.length > 0 ? wanted : all;

// Scripts run through `npm run` inherit npm's variables for this repo; the apps must not.
const env = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) => !/^(npm_package_|npm_lifecycle_|npm_config_local_prefix|INIT_CWD)/.test(key),
  ),
);

const seconds = (since) => ((Date.now() - since) / 1000).toFixed(1);

/** Runs `command` in `cwd` through the shell, its output appended to `log`; resolves to the exit code. */
function run(command, cwd, log, extraEnv = {}) {
  const fd = openSync(log, 'a');
  const child = spawn(command, {
    cwd,
    shell: true,
    stdio: ['ignore', fd, fd],
    env: { ...env, ...extraEnv },
  });
  closeSync(fd);
  return new Promise((done) => child.on('exit', (code) => done(code ?? 1)));
}

/** The last lines of a log, to print under a failure. */
function tail(log, lines = 25) {
  if (!existsSync(log)) return '';
  const text = readFileSync(log, 'utf8').trimEnd().split('\n').slice(-lines);
  return text.map((line) => `    | ${line}`).join('\n');
}

/** `npm pack` of the built repo, named by its content so npm sees a new package each build. */
function pack() {
  const into = join(work, '.pack');
  rmSync(into, { recursive: true, force: true });
  mkdirSync(into, { recursive: true });
  const [{ filename }] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', into], { cwd: repo, env }),
  );
  const from = join(into, filename);
  const hash = createHash('sha256').update(readFileSync(from)).digest('hex').slice(0, 12);
  const tarball = join(into, filename.replace(/\.tgz$/, `-${hash}.tgz`));
  renameSync(from, tarball);
  return tarball;
}

/** Copies the example next to its kept node_modules; returns its manifest, rewritten. */
function copyExample(name, tarball) {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(dir)) {
    if (!KEEP.has(entry)) rmSync(join(dir, entry), { recursive: true, force: true });
  }
  const source = join(repo, 'examples', name);
  cpSync(source, dir, {
    recursive: true,
    filter: (path) => !MADE.some((made) => path === join(source, made)),
  });
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  // What npm installs besides our tarball: when it changes, the install starts afresh.
  const lede = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
  const deps = JSON.stringify([
    process.version,
    { ...manifest.dependencies, 'lede-widgets': undefined },
    manifest.devDependencies,
    lede.dependencies,
    lede.optionalDependencies,
  ]);
  const stamp = join(dir, STAMP);
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== deps) {
    for (const made of ['node_modules', 'package-lock.json', STAMP]) {
      rmSync(join(dir, made), { recursive: true, force: true });
    }
  }
  // Caches keyed on the lockfile would hold the previous build of the package.
  rmSync(join(dir, 'node_modules', '.vite'), { recursive: true, force: true });
  rmSync(join(dir, 'node_modules', '.cache'), { recursive: true, force: true });
  manifest.dependencies['lede-widgets'] = `file:${tarball}`;
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return { dir, manifest, deps, stamp };
}

/** A port no one listens on now. */
function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.on('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

/** Starts `command` with PORT set and waits for it to answer; `stop()` ends its process group. */
async function startCommand(command, dir, log) {
  const port = await freePort();
  const fd = openSync(log, 'a');
  const child = spawn(command, {
    cwd: dir,
    shell: true,
    detached: true,
    stdio: ['ignore', fd, fd],
    // As in npm scripts, the app's own binaries come first on PATH.
    env: {
      ...env,
      PORT: String(port),
      PATH: `${join(dir, 'node_modules', '.bin')}${delimiter}${env.PATH}`,
    },
  });
  closeSync(fd);
  let exited = null;
  child.on('exit', (code) => (exited = code ?? 1));
  const stop = async () => {
    if (exited !== null) return;
    const gone = new Promise((done) => child.on('exit', done));
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    const late = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, 5000);
    await gone;
    clearTimeout(late);
  };
  const origin = `http://localhost:${port}`;
  const start = Date.now();
  while (Date.now() - start < 60_000) {
    if (exited !== null) throw new Error(`\`${command}\` exited with code ${exited}`);
    try {
      await fetch(origin, { signal: AbortSignal.timeout(2000) });
      return { origin, stop };
    } catch {
      await sleep(300);
    }
  }
  await stop();
  throw new Error(`\`${command}\` did not answer on port ${port} within 60 s`);
}

/** Serves a built folder: directories answer with their index.html, `/a` with `/a.html`. */
async function serveFolder(root) {
  const { server, origin } = await startStaticServer((pathname) => {
    let path = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
    const file = join(root, decodeURIComponent(path));
    if (!existsSync(file) && existsSync(`${file}.html`)) path = `${path}.html`;
    else if (existsSync(file) && statSync(file).isDirectory()) path = `${path}/index.html`;
    return { root, path };
  });
  const stop = async () => {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  };
  return { origin, stop };
}

/** Checks every page of one running server; returns a result row. */
async function checkServer(browser, row, { origin, pages, noJs }) {
  for (const path of pages) {
    const found = await checkPage(browser, origin + path);
    row.jsBytes = Math.max(row.jsBytes ?? 0, found.jsBytes);
    row.outlines = [...new Set([...(row.outlines ?? []), ...found.outlines])];
    report(row, path, found.problems, `${found.jsFiles} JS files, ${kb(found.jsBytes)}`);
  }
  for (const path of noJs ?? []) {
    report(row, `${path} (no JS)`, await checkStaticPage(browser, origin + path));
  }
}

function report(row, path, problems, note = '') {
  if (problems.length === 0) {
    row.ok += 1;
    console.log(`  ok    ${row.label} ${path}${note ? `  (${note})` : ''}`);
    return;
  }
  row.failed += 1;
  row.reason ??= `${path}: ${problems[0]}`;
  console.log(`  FAIL  ${row.label} ${path}`);
  for (const problem of problems) console.log(`        - ${problem}`);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Installs, builds and checks one example; returns its rows (the build, then any dev server). */
async function runExample(name, tarball, browser) {
  const { dir, manifest, deps, stamp } = copyExample(name, tarball);
  const spec = manifest.ledeExample ?? {};
  const row = { label: name, ok: 0, failed: 0 };
  const rows = [row];
  const installLog = join(dir, 'install.log');
  const buildLog = join(dir, 'build.log');
  const serverLog = join(dir, 'server.log');
  rmSync(installLog, { force: true });
  console.log(`\n${name}: ${dir}`);

  let since = Date.now();
  const reused = existsSync(join(dir, 'node_modules'));
  const installed = await run('npm install --no-audit --no-fund --prefer-offline', dir, installLog);
  row.install = seconds(since);
  if (installed !== 0) {
    row.failed += 1;
    row.reason = `npm install exited with ${installed}`;
    console.log(`  FAIL  npm install (${installLog}):\n${tail(installLog)}`);
    return rows;
  }
  writeFileSync(stamp, deps);
  console.log(
    `  npm install: ${row.install} s${reused ? ' (packages kept, tarball reinstalled)' : ''}`,
  );

  since = Date.now();
  const built = await run('npm run build', dir, buildLog);
  row.build = seconds(since);
  if (built !== 0) {
    row.failed += 1;
    row.reason = `npm run build exited with ${built}`;
    console.log(`  FAIL  npm run build (${buildLog}):\n${tail(buildLog)}`);
    return rows;
  }
  console.log(`  npm run build: ${row.build} s`);

  const servers = [{ row, command: spec.start, folder: spec.serve }];
  if (spec.dev) {
    const dev = { label: `${name} (dev)`, ok: 0, failed: 0 };
    rows.push(dev);
    servers.push({ row: dev, command: spec.dev });
  }
  for (const { row: target, command, folder } of servers) {
    let server;
    try {
      if (command) server = await startCommand(command, dir, serverLog);
      else if (folder) server = await serveFolder(join(dir, folder));
      else throw new Error('package.json has neither ledeExample.serve nor ledeExample.start');
      await checkServer(browser, target, {
        origin: server.origin,
        pages: spec.pages ?? ['/'],
        noJs: command === spec.dev ? [] : spec.noJs,
      });
    } catch (error) {
      target.failed += 1;
      target.reason ??= error instanceof Error ? error.message : String(error);
      console.log(`  FAIL  ${target.label}: ${target.reason}\n${tail(serverLog)}`);
    } finally {
      await server?.stop();
    }
  }
  return rows;
}

function printTable(rows) {
  const head = ['example', 'install s', 'build s', 'pages ok/failed', 'JS loaded', 'outlines'];
  const lines = rows.map((r) => [
    r.label,
    r.install ?? '-',
    r.build ?? '-',
    `${r.ok}/${r.failed}`,
    r.jsBytes ? kb(r.jsBytes) : '-',
    r.outlines?.length ? r.outlines.join(' ') : '-',
    r.reason ?? '',
  ]);
  const table = [[...head, 'reason'], ...lines];
  const widths = head.map((_, i) => Math.max(...table.map((line) => String(line[i]).length)));
  const format = (line) =>
    line
      .map((cell, i) => (i < widths.length ? String(cell).padEnd(widths[i]) : cell))
      .join(' | ')
      .trimEnd();
  console.log(`\n${format(table[0])}\n${widths.map((w) => '-'.repeat(w)).join('-|-')}-|-------`);
  for (const line of lines) console.log(format(line));
}

const executablePath = findBrowser();
if (!executablePath) {
  console.error('No Chrome or Chromium found: install one or set CHROME_PATH.');
  process.exit(1);
}
if (!existsSync(join(repo, 'dist', 'index.js'))) {
  console.error('No dist/: run `npm run build` first (`npm run examples` does).');
  process.exit(1);
}
mkdirSync(work, { recursive: true });
const tarball = pack();
console.log(`Packed ${tarball}`);
const browser = await chromium.launch({
  executablePath,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
});
const rows = [];
try {
  for (const name of names) rows.push(...(await runExample(name, tarball, browser)));
} finally {
  await browser.close();
}
printTable(rows);
const failed = rows.filter((row) => row.failed > 0);
if (failed.length > 0) {
  console.log(`\n${failed.length} of ${rows.length} failed; logs in ${work}/<name>/*.log`);
  process.exit(1);
}
console.log(`\nAll ${rows.length} passed.`);
