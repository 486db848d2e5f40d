// The processes scripts/examples.mjs runs in an example's folder: npm commands, the app's own
// server (`ledeExample.start`, `ledeExample.dev`) and a static server for a built folder.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';
import { setTimeout as sleep } from 'node:timers/promises';
import { startStaticServer } from '../static-server.mjs';
import { atExit } from './workdir.mjs';

/** The environment, less what `npm run` sets for this repo: the apps must not inherit it. */
export const env = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) => !/^(npm_package_|npm_lifecycle_|npm_config_local_prefix|INIT_CWD)/.test(key),
  ),
);

/** Starts `command` in `dir`, output appended to `log`; the app's binaries first on PATH. */
function launch(command, dir, log, extra = {}, group = 'PORT' in extra) {
  const fd = openSync(log, 'a');
  const child = spawn(command, {
    cwd: dir,
    shell: true,
    stdio: ['ignore', fd, fd],
    env: {
      ...env,
      PATH: `${join(dir, 'node_modules', '.bin')}${delimiter}${env.PATH}`,
      // The frameworks' usage reports would try hosts other than the registries.
      NEXT_TELEMETRY_DISABLED: '1',
      ASTRO_TELEMETRY_DISABLED: '1',
      ...extra,
    },
    // A process group of its own, so that stopping it stops all it started.
    detached: group,
  });
  closeSync(fd);
  return child;
}

/**
 * Runs `command` to its end; resolves to its exit code, or to 124 (as timeout(1) does) when it
 * takes longer than `limitMs` (10 minutes by default: a stalled install or a hung build), after
 * stopping it and everything it started.
 */
export function run(command, dir, log, limitMs = 10 * 60_000) {
  const child = launch(command, dir, log, {}, true);
  const forget = atExit(() => signal(child.pid, 'SIGTERM'));
  return new Promise((done) => {
    const late = setTimeout(() => {
      signal(child.pid, 'SIGKILL');
      done(124);
    }, limitMs);
    child.on('exit', (code) => {
      clearTimeout(late);
      forget();
      done(code ?? 1);
    });
  });
}

/** The last lines of a log, to print under a failure. */
export function tail(log, lines = 25) {
  if (!existsSync(log)) return '';
  const text = readFileSync(log, 'utf8').trimEnd().split('\n').slice(-lines);
  return text.map((line) => `    | ${line}`).join('\n');
}

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

function signal(pid, name) {
  try {
    process.kill(-pid, name);
  } catch {
    // already gone
  }
}

/** Starts `command` with PORT set, waits up to 60 s for it to answer; `stop()` ends it. */
export async function startCommand(command, dir, log) {
  const port = await freePort();
  const child = launch(command, dir, log, { PORT: String(port) });
  const forget = atExit(() => signal(child.pid, 'SIGTERM'));
  let exited = null;
  const gone = new Promise((done) => child.on('exit', (code) => done((exited = code ?? 1))));
  const stop = async () => {
    forget();
    if (exited !== null) return;
    signal(child.pid, 'SIGTERM');
    const late = setTimeout(() => signal(child.pid, 'SIGKILL'), 5000);
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
      await sleep(300); // not listening yet
    }
  }
  await stop();
  throw new Error(`\`${command}\` did not answer on port ${port} within 60 s`);
}

/** Serves a built folder: directories answer with their index.html, `/a` with `/a.html`. */
export async function serveFolder(root) {
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
