// Browser tests in headless Chrome/Chromium found on this machine (see scripts/find-browser.mjs).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { countReporter } from './scripts/count-reporter.mjs';
import { CHROMIUM_ARGS, findBrowser } from './scripts/find-browser.mjs';
import { countriesAsTs } from './scripts/dev-middleware.mjs';

const executablePath = findBrowser();
if (!executablePath)
  throw new Error(
    'No Chrome or Chromium found: run `npm test` (it installs one on Debian) or set CHROME_PATH.',
  );

export default {
  files: ['src/**/*.test.ts', 'stories/**/*.test.ts'],
  nodeResolve: true,
  middleware: [countriesAsTs],
  concurrency: 1,
  reporters: [defaultReporter(), countReporter()],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
    // BudouX's DOM module for browsers, as in the bundles (see rollup.config.mjs).
    {
      name: 'budoux-for-browsers',
      resolveImport: ({ source, context }) =>
        source === './dom.js' && context.path.includes('/budoux/module/')
          ? './dom-browser.js'
          : undefined,
    },
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        // gc() for the leak tests, which compare the JS heap after forced collections.
        args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
      },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
  coverageConfig: {
    include: ['src/**/*.ts'],
    // src/outlines.ts is generated: one import function per country, of which tests call a few.
    exclude: ['src/**/*.test.ts', 'src/**/test-helpers/**', 'src/outlines.ts'],
    reporters: ['text-summary', 'lcov'],
    threshold: { statements: 90, lines: 90, branches: 80, functions: 85 },
  },
};
