// Saves docs/builder.png: the builder page with the Sakai article read, light, 1280 × 900 (the
// README's picture). With --review, also 320 px wide and dark views in screenshots/ to look at.
import { mkdirSync, readFileSync } from 'node:fs';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromium } from 'playwright-core';
import { countriesAsTs } from './dev-middleware.mjs';
import { commonJsPackages } from './dev-commonjs.mjs';
import { CHROMIUM_ARGS, findBrowser } from './find-browser.mjs';

const article = readFileSync('bench/suggest/corpus/01-sakai.fr.txt', 'utf8');
const views = [{ file: 'docs/builder.png', width: 1280, height: 900, theme: 'light' }];
if (process.argv.includes('--review')) {
  views.push(
    { file: 'screenshots/builder-dark.png', width: 1280, height: 900, theme: 'dark' },
    { file: 'screenshots/builder-320.png', width: 320, height: 2400, theme: 'light' },
  );
}

const server = await startDevServer({
  config: {
    rootDir: '.',
    port: 8125,
    nodeResolve: true,
    middleware: [countriesAsTs],
    plugins: [
      esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
      commonJsPackages,
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
mkdirSync('docs', { recursive: true });
mkdirSync('screenshots', { recursive: true });
try {
  for (const view of views) {
    const page = await browser.newPage({ viewport: { width: view.width, height: view.height } });
    page.on('console', (m) => m.type() === 'error' && console.log(`${view.file}: ${m.text()}`));
    await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: view.theme });
    await page.goto(`http://localhost:${server.config.port}/builder/?theme=${view.theme}`);
    await page.locator('textarea#text').fill(article);
    await page.getByRole('button', { name: 'Suggest widgets' }).click();
    await page.locator('mark').first().waitFor();
    await page.waitForTimeout(800);
    await page.screenshot({ path: view.file });
  }
  console.log(`${views.map((v) => v.file).join(', ')} saved`);
} finally {
  await browser.close();
  await server.stop();
}
