// Finds a Chrome or Chromium for the browser tests, the gallery screenshots and the benchmark.
// Order: CHROME_PATH, then the usual install locations. With --install, when none is found and we
// run as root on Debian or Ubuntu, installs Debian's chromium with apt-get, and the fonts the text
// tests draw in when fontconfig lacks any of them (set LEDE_NO_BROWSER_INSTALL=1 to forbid both).
// Nothing here downloads a browser build of its own.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/**
 * Flags for headless Chromium on this kind of machine: as root (no sandbox), without a GPU or a
 * large /dev/shm, and without the background connections a closed network refuses.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

const HOW =
  'install Chrome or Chromium (Debian/Ubuntu: apt-get install chromium) or set CHROME_PATH';

export function findBrowser() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH points to ${fromEnv}, which does not exist: ${HOW}`);
  }
  return CANDIDATES.find((path) => existsSync(path));
}

function canUseApt() {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  if (process.env.LEDE_NO_BROWSER_INSTALL) return false;
  const release = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '';
  return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(release);
}

function installChromium() {
  console.log('No Chrome or Chromium found: installing Debian’s chromium with apt-get.');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
    stdio: 'inherit',
    env,
  });
}

/** Families the text tests set pages in (src/core/test-helpers/text-fit.ts), and their packages. */
const FONTS = ['DejaVu Serif', 'DejaVu Sans', 'Noto Sans CJK JP', 'Liberation Serif'];
const FONT_PACKAGES = [
  'fonts-dejavu-core',
  'fonts-dejavu-extra',
  'fonts-noto-cjk',
  'fonts-liberation2',
];

function missingFonts() {
  let installed = '';
  try {
    installed = execFileSync('fc-list', [':', 'family'], { encoding: 'utf8' });
  } catch {
    return FONTS;
  }
  return FONTS.filter((family) => !installed.split(/[\n,]/).some((f) => f.trim() === family));
}

function installFonts(missing) {
  console.log(`Fonts missing (${missing.join(', ')}): installing Debian’s font packages.`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...FONT_PACKAGES], {
    stdio: 'inherit',
    env,
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    let browser = findBrowser();
    const install = process.argv.includes('--install') && canUseApt();
    if (!browser && install) {
      installChromium();
      browser = findBrowser();
    }
    const missing = missingFonts();
    if (missing.length > 0 && install) installFonts(missing);
    else if (missing.length > 0)
      console.warn(`Fonts missing for the text tests: ${missing.join(', ')}.`);
    if (!browser) throw new Error(`No Chrome or Chromium found: ${HOW}.`);
    console.log(`Browser: ${browser}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
