// The built builder page (dist/builder/, `npm run build` first) hosted as a plain folder under a
// path of its own, with a strict Content-Security-Policy header: it reads the Sakai article,
// highlights its figures and draws its widgets with no console error, no policy violation, no
// eval, and no request outside its origin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startPages } from '../../scripts/static-server.mjs';

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; connect-src 'self'";
const article = readFileSync('bench/suggest/corpus/01-sakai.fr.txt', 'utf8');

test('dist/builder/ hosted anywhere reads an article under a strict CSP, all requests same-origin', async () => {
  const pages = await startPages((pathname) => ({
    root: resolve('dist/builder'),
    path: pathname.replace(/^\/newsroom\/tools\/builder\//, '') || 'index.html',
    headers: { 'Content-Security-Policy': CSP },
  }));
  try {
    const page = await pages.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems = [];
    const requests = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${pages.origin}/newsroom/tools/builder/`);
    await page.locator('textarea#text').fill(article);
    await page.getByRole('button', { name: 'Suggest widgets' }).click();
    await page.locator('mark').first().waitFor();
    await page.locator('lede-power-ramp-gauge[data-part] >> [role=img]').waitFor();
    const marked = await page.locator('mark').allTextContents();
    assert.ok(marked.join('').includes('100 milliards de yens'), marked.join(' | '));
    assert.deepEqual(problems, []);
    // The copied code loads lede.js from the folder beside the builder's, on the same site.
    assert.equal(
      await page.locator('input[type=url]').inputValue(),
      `${pages.origin}/newsroom/tools/lede.js`,
    );
    assert.ok(
      requests.some((u) => /\/chunks\/suggest-/.test(u)),
      'suggest() came as a chunk',
    );
    assert.deepEqual(
      requests.filter(
        (u) => !u.startsWith(pages.origin) && !u.startsWith('blob:') && !u.startsWith('data:'),
      ),
      [],
    );
  } finally {
    await pages.close();
  }
});
