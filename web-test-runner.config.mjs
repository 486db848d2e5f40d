// Browser tests in one engine: LEDE_ENGINE=chromium (default), firefox or webkit. `npm run
// test:browser` runs them in each engine of LEDE_BROWSERS in turn (scripts/test-browsers.mjs), which
// also starts WebKit's virtual display and WebDriver. Every browser is one found on this machine
// (scripts/find-browser.mjs); no tool downloads one. Coverage comes from the Chromium run.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { defaultReporter } from '@web/test-runner';
import puppeteer from 'puppeteer-core';
import { countReporter } from './scripts/count-reporter.mjs';
import { CHROMIUM_ARGS, findBrowser, findFirefox, findWebKit } from './scripts/find-browser.mjs';
import { countriesAsTs, staticRenders } from './scripts/dev-middleware.mjs';
import { commonJsPackages } from './scripts/dev-commonjs.mjs';

const engine = process.env.LEDE_ENGINE ?? 'chromium';

function launcher() {
  if (engine === 'chromium') {
    const executablePath = findBrowser();
    if (!executablePath)
      throw new Error(
        'No Chrome or Chromium found: run `npm test` (it installs one on Debian) or set CHROME_PATH.',
      );
    return chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        // gc() for the leak tests, which compare the JS heap after forced collections.
        args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
      },
    });
  }
  if (engine === 'firefox') {
    const executablePath = findFirefox();
    if (!executablePath) throw new Error('No Firefox found: run `npm test` or set FIREFOX_PATH.');
    // puppeteer-core drives Firefox over WebDriver BiDi; some of its calls are slow there.
    return chromeLauncher({
      puppeteer,
      launchOptions: {
        browser: 'firefox',
        executablePath,
        headless: true,
        protocolTimeout: 120000,
      },
    });
  }
  if (engine === 'webkit') {
    const port = Number(process.env.LEDE_WEBDRIVER_PORT);
    if (!port)
      throw new Error('WebKit runs through scripts/test-browsers.mjs, which starts its WebDriver.');
    return webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port,
      path: '/',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: findWebKit().browser, args: ['--automation'] },
      },
    });
  }
  throw new Error(`LEDE_ENGINE=${engine}: chromium, firefox or webkit`);
}

export default {
  files: ['src/**/*.test.ts', 'stories/**/*.test.ts'],
  nodeResolve: true,
  // staticRenders: server HTML from the build, for the layout-shift test of the server embed.
  middleware: [countriesAsTs, staticRenders],
  concurrency: 1,
  reporters: [defaultReporter(), countReporter(engine)],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
    // suggest()'s CommonJS dependency, for the builder's tests.
    commonJsPackages,
    // BudouX's DOM module for browsers, as in the bundles (see rollup.config.mjs).
    {
      name: 'budoux-for-browsers',
      resolveImport: ({ source, context }) =>
        source === './dom.js' && context.path.includes('/budoux/module/')
          ? './dom-browser.js'
          : undefined,
    },
  ],
  browsers: [launcher()],
  testFramework: { config: { timeout: 10000 } },
  coverageConfig: {
    include: ['src/**/*.ts'],
    // src/outlines.ts is generated: one import function per country, of which tests call a few.
    exclude: ['src/**/*.test.ts', 'src/**/test-helpers/**', 'src/outlines.ts'],
    reporters: ['text-summary', 'lcov'],
    threshold: { statements: 90, lines: 90, branches: 80, functions: 85 },
  },
};
