// Builds every app in examples/ from the packed package and checks its pages in headless Chromium
// (`npm run examples`; `node scripts/examples.mjs vite vue` for some). Each example is copied to
// $TMPDIR/lede-examples/<name>, its `lede-widgets` dependency the tarball `npm pack` made of
// dist/, then installed, built for production, served (a static server for `ledeExample.serve`,
// or the app's `ledeExample.start`; `ledeExample.dev` too) and checked (examples/checks.mjs).
// `ledeExample.alsoBuild` names other build scripts that must pass (Next.js with webpack).
// An example's node_modules is kept between runs while its package list stays the same: only the
// tarball is installed again (`--fresh` installs everything anew, as CI does). Prints a table at
// the end; exits 1 when anything failed.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findBrowser } from './find-browser.mjs';
import { checkPage, checkStaticPage } from './examples/checks.mjs';
import { newRow, printTable, report, reportPage } from './examples/report.mjs';
import { env, run, serveFolder, startCommand, tail } from './examples/servers.mjs';
import { copyExample, hold, pack, work } from './examples/workdir.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const seconds = (since) => ((Date.now() - since) / 1000).toFixed(1);

/** Runs an npm step; true when it passed, else the row says why. */
async function step(row, command, dir, log) {
  const since = Date.now();
  const code = await run(command, dir, log);
  const time = seconds(since);
  if (code === 0) return time;
  report(row, `\`${command}\``, [`exited with ${code}; log: ${log}`]);
  console.log(tail(log));
  return undefined;
}

/** Checks the pages one server of the example serves. */
async function checkServer(browser, row, origin, { pages = ['/'], noJs = [] }) {
  for (const path of pages) reportPage(row, path, await checkPage(browser, origin + path));
  for (const path of noJs) {
    report(row, `${path} (no JS)`, await checkStaticPage(browser, origin + path));
  }
}

/** Installs, builds and checks one example; returns its rows (the build, then a dev server). */
async function runExample(name, tarball, browser, fresh) {
  const { dir, manifest, installed } = copyExample(repo, name, tarball, fresh);
  const spec = manifest.ledeExample ?? {};
  const row = newRow(name);
  const kept = existsSync(join(dir, 'node_modules'));
  const command = 'npm install --no-audit --no-fund --prefer-offline';
  row.install = await step(row, command, dir, join(dir, 'install.log'));
  if (!row.install) return [row];
  installed();
  console.log(`  npm install: ${row.install} s${kept ? ' (packages kept, tarball new)' : ''}`);
  // Other builds the app must pass (`ledeExample.alsoBuild`: script names), then the one served.
  for (const script of spec.alsoBuild ?? []) {
    const time = await step(row, `npm run ${script}`, dir, join(dir, `${script}.log`));
    if (!time) return [row];
    report(row, `npm run ${script}`, [], `${time} s`);
  }
  row.build = await step(row, 'npm run build', dir, join(dir, 'build.log'));
  if (!row.build) return [row];
  console.log(`  npm run build: ${row.build} s`);

  const servers = [{ row, start: spec.start, folder: spec.serve, noJs: spec.noJs }];
  if (spec.dev) servers.push({ row: newRow(`${name} (dev)`), start: spec.dev });
  const log = join(dir, 'server.log');
  for (const { row: target, start, folder, noJs } of servers) {
    let server;
    try {
      if (start) server = await startCommand(start, dir, log);
      else if (folder) server = await serveFolder(join(dir, folder));
      else throw new Error('package.json has neither ledeExample.serve nor ledeExample.start');
      await checkServer(browser, target, server.origin, { pages: spec.pages, noJs });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      report(target, start ?? folder ?? 'server', [message]);
      if (start) console.log(tail(log));
    } finally {
      await server?.stop();
    }
  }
  return servers.map((server) => server.row);
}

const fresh = process.argv.includes('--fresh');
const wanted = process.argv.slice(2).filter((arg) => arg !== '--fresh');
const all = readdirSync(join(repo, 'examples')).filter((name) =>
  existsSync(join(repo, 'examples', name, 'package.json')),
);
const unknown = wanted.filter((name) => !all.includes(name));
if (unknown.length > 0) {
  console.error(`No example named ${unknown.join(', ')}; there are: ${all.join(', ')}`);
  process.exit(1);
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
const tarball = pack(repo, env);
console.log(`Packed ${tarball}`);
const browser = await chromium.launch({
  executablePath,
  args: CHROMIUM_ARGS,
});
const rows = [];
try {
  for (const name of wanted.length > 0 ? wanted : all) {
    console.log(`\n${name}: ${join(work, name)}`);
    const release = await hold(join(work, name));
    try {
      rows.push(...(await runExample(name, tarball, browser, fresh)));
    } finally {
      release();
    }
  }
} finally {
  await browser.close();
}
printTable(rows);
const failed = rows.filter((row) => row.failed > 0);
console.log(`\n${rows.length - failed.length} passed, ${failed.length} failed`);
if (failed.length > 0) {
  console.log(`Logs in ${work}/<name>/*.log`);
  process.exit(1);
}
