// Every static output states the figures in words, in the widget's language: the server HTML, the
// SVG's title and desc, the suggested alt text of SVG and PNG, and `lede-widgets render --alt`;
// and the SVG's wrapped text keeps a hedge that ends it. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DOMParser } from '@xmldom/xmldom';
import { renderHtml, renderPng, renderSvg } from '../../dist/server/index.js';

const BIN = fileURLToPath(new URL('../../dist/server/bin.js', import.meta.url));
/** A card with no heading and no comparison: nothing but its figures. */
const BARE = { amount: 100e9, currency: 'JPY', convertedAmount: 676e6, convertedCurrency: 'USD' };
const FIGURES = {
  en: /¥100 billion.*\$676 million/,
  fr: /100\smilliards de yens.*676\smillions de dollars/,
  ja: /1000億円.*6億7600万ドル/,
};
const xml = (svg) => new DOMParser().parseFromString(svg, 'image/svg+xml');

describe('static outputs state the figures in words', () => {
  for (const [locale, figures] of Object.entries(FIGURES)) {
    test(`a bare card in ${locale}: HTML, SVG title and desc, alt text`, async () => {
      const html = await renderHtml('deal-value-card', BARE, { locale });
      assert.match(html.html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '), figures);
      const svg = await renderSvg('deal-value-card', BARE, { locale, width: 400 });
      const doc = xml(svg.svg);
      const title = doc.getElementsByTagName('title')[0].textContent;
      const desc = doc.getElementsByTagName('desc')[0].textContent;
      assert.match(title, figures);
      assert.match(desc, figures);
      assert.match(svg.alt, figures);
      const png = await renderPng('deal-value-card', BARE, { locale, width: 400, scale: 1 });
      assert.equal(png.alt, svg.alt);
    });
  }

  test('the alt text leads with the heading, then the figures', async () => {
    const fields = { ...BARE, heading: 'SoftBank buys the Sakai plant' };
    const { alt } = await renderSvg('deal-value-card', fields, { locale: 'fr' });
    assert.match(alt, /^SoftBank buys the Sakai plant\u00a0: 100\smilliards de yens/);
  });

  test('every widget of the Sakai article has a title, desc and alt text', async () => {
    const renders = [
      ['power-ramp-gauge', { stages: [{ value: 150, label: '2026' }], unit: 'MW' }],
      ['deal-value-card', { amount: 5, currency: 'EUR' }],
    ];
    for (const [widget, fields] of renders) {
      const svg = await renderSvg(widget, fields, { locale: 'ja' });
      const doc = xml(svg.svg);
      for (const tag of ['title', 'desc']) {
        assert.notEqual(
          doc.getElementsByTagName(tag)[0].textContent.trim(),
          '',
          `${widget} ${tag}`,
        );
      }
      assert.notEqual(svg.alt.trim(), '', widget);
    }
  });

  test('wrapped text keeps the hedge that ends it', async () => {
    const label = `${'Land and buildings of the former plant '.repeat(8)}(reported)`;
    const { svg } = await renderSvg(
      'deal-value-card',
      { ...BARE, label, source: `${'Company filings '.repeat(12)}(as reported)` },
      { width: 320 },
    );
    const texts = [...xml(svg).getElementsByTagName('text')].map((t) => t.textContent);
    assert.ok(
      texts.some((t) => t.endsWith('… (reported)')),
      texts.join('\n'),
    );
    assert.ok(
      texts.some((t) => t.endsWith('… (as reported)')),
      texts.join('\n'),
    );
  });
});

describe('lede-widgets render --alt', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lede-alt-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const run = (...args) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  const sets = ['--set', 'amount=100000000000', '--set', 'currency=JPY'];

  test('prints the suggested alt text after writing the image', () => {
    const { status, stdout, stderr } = run(
      'render',
      'deal-value-card',
      ...sets,
      '--locale',
      'ja',
      '--out',
      join(dir, 'card.png'),
      '--alt',
    );
    assert.equal(status, 0, stderr);
    assert.equal(stdout, '1000億円\n');
  });

  test('needs an image written to a file', () => {
    const { status, stderr } = run('render', 'deal-value-card', ...sets, '--alt');
    assert.equal(status, 2);
    assert.match(stderr, /--alt is for svg or png output written with --out/);
  });
});
