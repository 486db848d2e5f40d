// `npm run test:browser`: the browser tests in each engine of LEDE_BROWSERS (default: chromium,
// firefox, webkit), one after the other, with coverage from the Chromium run. For WebKit it starts a
// virtual display (Xvfb) and WebKitGTK's WebDriver, and stops them after. Arguments are passed on
// to web-test-runner (`npm run test:browser -- --files src/site-map/site-map.test.ts`). Ends with one
// line per engine, "chromium: N passed, N failed, N skipped", and fails when any engine failed.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { enginesToTest, findWebKit } from './find-browser.mjs';

const WTR = new URL('../node_modules/@web/test-runner/dist/bin.js', import.meta.url).pathname;

function run(command, args, env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port, what, child) {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`${what} exited with code ${child.exitCode}`);
    const open = await new Promise((resolve) => {
      fetch(`http://127.0.0.1:${port}/status`)
        .then(() => resolve(true))
        .catch(() => resolve(false));
    });
    if (open) return;
    await delay(100);
  }
  throw new Error(`${what} did not answer on port ${port} within 10 s`);
}

/** Starts Xvfb on a free display and WebKitWebDriver on a free port; returns their env and a stop. */
async function startWebKit() {
  const { driver, xvfb } = findWebKit();
  let display = 99;
  while (existsSync(`/tmp/.X11-unix/X${display}`) || existsSync(`/tmp/.X${display}-lock`))
    display++;
  const screen = spawn(xvfb, [`:${display}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: 'ignore',
  });
  for (let i = 0; i < 100 && !existsSync(`/tmp/.X11-unix/X${display}`); i++) await delay(50);
  const port = await freePort();
  const webdriver = spawn(driver, [`--port=${port}`], {
    stdio: 'ignore',
    env: { ...process.env, DISPLAY: `:${display}` },
  });
  const stop = () => {
    webdriver.kill();
    screen.kill();
  };
  try {
    await waitForPort(port, 'WebKitWebDriver', webdriver);
  } catch (error) {
    stop();
    throw error;
  }
  return { env: { DISPLAY: `:${display}`, LEDE_WEBDRIVER_PORT: String(port) }, stop };
}

const engines = enginesToTest();
const extra = process.argv.slice(2);
const results = [];
for (const engine of engines) {
  const counts = `coverage/browser-tests-${engine}.json`;
  rmSync(counts, { force: true });
  console.log(`\nBrowser tests in ${engine}`);
  let webkit;
  let code;
  try {
    if (engine === 'webkit') webkit = await startWebKit();
    const args = [WTR, ...(engine === 'chromium' ? ['--coverage'] : []), ...extra];
    code = await run(process.execPath, args, { LEDE_ENGINE: engine, ...webkit?.env });
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    code = 1;
  } finally {
    webkit?.stop();
  }
  const totals = existsSync(counts)
    ? JSON.parse(readFileSync(counts, 'utf8'))
    : { passed: 0, failed: 1, skipped: 0 };
  results.push({ engine, code, ...totals });
}
for (const r of results) {
  console.log(`${r.engine}: ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped`);
}
process.exit(results.some((r) => r.code !== 0 || r.failed > 0) ? 1 : 0);
