// Where scripts/examples.mjs works: $TMPDIR/lede-examples/<name>, outside the repo, because
// frameworks walk up the tree for configs and lockfiles. Packs the package, copies an example
// there with its `lede-widgets` dependency pointing at the tarball, and keeps two runs (from two
// checkouts, two terminals) out of each other's way. Everything a run holds is freed on exit.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const work = join(tmpdir(), 'lede-examples');
const STAMP = '.lede-deps';
/** Files an example's install or build makes: never copied from the repo. */
const MADE = ['node_modules', 'dist', 'build', '.next', '.astro', '.svelte-kit', '.vite'];
/** What a copy keeps from the last run: its packages, while their list stays the same. */
const KEEP = new Set(['node_modules', 'package-lock.json', STAMP]);

const onExit = new Set();
/** Runs `free` when the process exits, however it exits; returns a function that forgets it. */
export function atExit(free) {
  onExit.add(free);
  return () => onExit.delete(free);
}
process.on('exit', () => onExit.forEach((free) => free()));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

/**
 * `npm pack` of the built repo into a folder of this run's own, removed on exit: other runs may
 * pack at the same time. A new path each run also makes npm install the tarball anew.
 */
export function pack(repo, env) {
  mkdirSync(work, { recursive: true });
  const into = mkdtempSync(join(work, '.pack-'));
  atExit(() => rmSync(into, { recursive: true, force: true }));
  const [{ filename }] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', into], { cwd: repo, env }),
  );
  return join(into, filename);
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/**
 * Waits until no other run works in `dir`, then holds it; resolves to the function that lets it
 * go. A lock left by a run that died is taken over.
 */
export async function hold(dir) {
  const lock = `${dir}.lock`;
  const since = Date.now();
  for (let said = false; ; said = true) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      const free = () => rmSync(lock, { recursive: true, force: true });
      const forget = atExit(free);
      return () => (free(), forget());
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    const pidFile = join(lock, 'pid');
    const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8')) : 0;
    // A lock without a pid is being taken right now, unless it is old.
    if (pid ? !alive(pid) : Date.now() - statSync(lock).mtimeMs > 10_000) {
      rmSync(lock, { recursive: true, force: true });
      continue;
    }
    if (Date.now() - since > 15 * 60_000) throw new Error(`${dir} is still in use by pid ${pid}`);
    if (!said) console.log(`  waiting: another run (pid ${pid}) is using ${dir}`);
    await sleep(2000);
  }
}

/**
 * Copies examples/<name> next to the packages its copy kept, points `lede-widgets` at the tarball
 * and returns the copy's folder and manifest, and `installed()` to call once npm install passed.
 * The packages are dropped when `fresh`, or when what npm installs besides the tarball changed.
 */
export function copyExample(repo, name, tarball, fresh) {
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
  const lede = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
  const deps = JSON.stringify([
    process.version,
    { ...manifest.dependencies, 'lede-widgets': undefined },
    manifest.devDependencies,
    lede.dependencies,
    lede.optionalDependencies,
  ]);
  const stamp = join(dir, STAMP);
  if (fresh || !existsSync(stamp) || readFileSync(stamp, 'utf8') !== deps) {
    for (const made of KEEP) rmSync(join(dir, made), { recursive: true, force: true });
  }
  // Caches keyed on the lockfile would hold the previous build of the package.
  for (const cache of ['.vite', '.cache']) {
    rmSync(join(dir, 'node_modules', cache), { recursive: true, force: true });
  }
  manifest.dependencies['lede-widgets'] = `file:${tarball}`;
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return { dir, manifest, installed: () => writeFileSync(stamp, deps) };
}
