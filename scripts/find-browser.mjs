// Finds the browsers the tests run in: a Chrome or Chromium (also for the gallery screenshots and
// the benchmark), Firefox, and WebKitGTK's MiniBrowser with its WebDriver and a virtual display.
// Order: the *_PATH variable, then the usual install locations. With --install, when some are
// missing and we run as root on Debian or Ubuntu, installs Debian's packages with apt-get
// (chromium, firefox-esr, webkit2gtk-driver and xvfb), and the fonts the text tests draw in when
// fontconfig lacks any of them (set LEDE_NO_BROWSER_INSTALL=1 to forbid both). Only the engines
// named in LEDE_BROWSERS (default: chromium,firefox,webkit) are looked for.
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

/** The engines the browser tests run in: LEDE_BROWSERS, a comma-separated list, or all three. */
export function enginesToTest() {
  const names = (process.env.LEDE_BROWSERS ?? 'chromium,firefox,webkit')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const unknown = names.filter((name) => !ENGINES.includes(name));
  if (unknown.length > 0 || names.length === 0) {
    throw new Error(
      `LEDE_BROWSERS=${process.env.LEDE_BROWSERS}: name one or more of ${ENGINES.join(', ')}`,
    );
  }
  return [...new Set(names)];
}

const ENGINES = ['chromium', 'firefox', 'webkit'];

/** Firefox (Debian's firefox-esr, or FIREFOX_PATH), driven over WebDriver BiDi by puppeteer-core. */
export function findFirefox() {
  return findExecutable('FIREFOX_PATH', ['/usr/bin/firefox-esr', '/usr/bin/firefox']);
}

/**
 * WebKitGTK's MiniBrowser, its WebDriver and Xvfb (MiniBrowser needs a display, even headless).
 * Each is undefined when missing.
 */
export function findWebKit() {
  return {
    browser: findExecutable('WEBKIT_PATH', [
      '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    ]),
    driver: findExecutable('WEBKIT_WEBDRIVER_PATH', ['/usr/bin/WebKitWebDriver']),
    xvfb: findExecutable('XVFB_PATH', ['/usr/bin/Xvfb']),
  };
}

function findExecutable(variable, candidates) {
  const fromEnv = process.env[variable];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`${variable} points to ${fromEnv}, which does not exist.`);
  }
  return candidates.find((path) => existsSync(path));
}

/** Debian packages for the engines in LEDE_BROWSERS that this machine lacks. */
function missingPackages(engines) {
  const packages = [];
  if (engines.includes('chromium') && !findBrowser()) packages.push('chromium');
  if (engines.includes('firefox') && !findFirefox()) packages.push('firefox-esr');
  if (engines.includes('webkit')) {
    const webkit = findWebKit();
    if (!webkit.browser || !webkit.driver) packages.push('webkit2gtk-driver');
    if (!webkit.xvfb) packages.push('xvfb');
  }
  return packages;
}

/** What is still missing, one line per engine, after any install. */
function stillMissing(engines) {
  const lines = [];
  if (engines.includes('chromium') && !findBrowser())
    lines.push(`No Chrome or Chromium found: ${HOW}.`);
  if (engines.includes('firefox') && !findFirefox())
    lines.push(
      'No Firefox found: install it (Debian: apt-get install firefox-esr) or set FIREFOX_PATH.',
    );
  if (engines.includes('webkit')) {
    const webkit = findWebKit();
    if (!webkit.browser || !webkit.driver || !webkit.xvfb)
      lines.push(
        'No WebKitGTK MiniBrowser, WebKitWebDriver or Xvfb found: install them (Debian: apt-get install webkit2gtk-driver xvfb) or set WEBKIT_PATH, WEBKIT_WEBDRIVER_PATH and XVFB_PATH.',
      );
  }
  if (lines.length > 0)
    lines.push('LEDE_BROWSERS=chromium (or any comma-separated subset) tests fewer engines.');
  return lines;
}

function canUseApt() {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  if (process.env.LEDE_NO_BROWSER_INSTALL) return false;
  const release = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '';
  return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(release);
}

/**
 * Debian's packages for the missing engines. Chromium without its recommended packages, as CI has
 * always installed it; Firefox and WebKit with theirs (Mesa's software GL among them), as they were
 * tried here.
 */
function installPackages(packages) {
  console.log(`Installing Debian’s ${packages.join(', ')} with apt-get for the browser tests.`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const lean = packages.filter((name) => name === 'chromium');
  const full = packages.filter((name) => name !== 'chromium');
  if (lean.length > 0) {
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...lean], {
      stdio: 'inherit',
      env,
    });
  }
  if (full.length > 0) {
    execFileSync('apt-get', ['install', '-y', '-qq', ...full], { stdio: 'inherit', env });
  }
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
    const engines = enginesToTest();
    const install = process.argv.includes('--install') && canUseApt();
    const packages = missingPackages(engines);
    if (packages.length > 0 && install) installPackages(packages);
    const missing = missingFonts();
    if (missing.length > 0 && install) installFonts(missing);
    else if (missing.length > 0)
      console.warn(`Fonts missing for the text tests: ${missing.join(', ')}.`);
    const lines = stillMissing(engines);
    if (lines.length > 0) throw new Error(lines.join('\n'));
    const found = {
      chromium: () => findBrowser(),
      firefox: () => findFirefox(),
      webkit: () => findWebKit().browser,
    };
    for (const engine of engines) console.log(`${engine}: ${found[engine]()}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
