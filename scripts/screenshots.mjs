// Saves a PNG of every story in light and dark at 320 and 960 px to screenshots/, for looking at
// what readers see. Starts its own gallery server; uses the browser the tests use.
import { mkdirSync } from 'node:fs';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { countriesAsTs } from './dev-middleware.mjs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findBrowser } from './find-browser.mjs';

const widths = [320, 960];
const themes = ['light', 'dark'];
const filter = process.argv[2];

const server = await startDevServer({
  config: {
    rootDir: '.',
    port: 8123,
    nodeResolve: true,
    middleware: [countriesAsTs],
    plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const base = `http://localhost:${server.config.port}/stories/`;
const browser = await chromium.launch({
  executablePath: findBrowser(),
  args: CHROMIUM_ARGS,
});
mkdirSync('screenshots', { recursive: true });
try {
  const page = await browser.newPage();
  await page.goto(base);
  await page.waitForTimeout(500);
  const ids = (await page.$$eval('main > section', (s) => s.map((e) => e.id))).filter(
    (id) => !filter || id.includes(filter),
  );
  for (const width of widths) {
    for (const theme of themes) {
      for (const id of ids) {
        const view = await browser.newPage({ viewport: { width: width + 32, height: 800 } });
        view.on('console', (m) => m.type() === 'error' && console.log(`${id}: ${m.text()}`));
        await view.emulateMedia({ reducedMotion: 'reduce' });
        await view.goto(`${base}?story=${id}&theme=${theme}&width=${width}`);
        await view.waitForTimeout(300);
        const section = view.locator(`section#${id}`);
        await section.screenshot({ path: `screenshots/${id}-${width}-${theme}.png` });
        await view.close();
      }
    }
  }
  console.log(`${ids.length * widths.length * themes.length} screenshots in screenshots/`);
} finally {
  await browser.close();
  await server.stop();
}
