// The static images' typeset (dist/server/typeset.js) against what resvg draws: a text's measured
// width against its inked extent in a resvg rendering, and every text of every widget's SVG and
// PNG inside the image, in three languages and three widths. Needs `npm run build` first and the
// fonts resvg draws with (DejaVu Sans, Noto Sans CJK JP: fonts-dejavu-core, fonts-noto-cjk).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import fc from 'fast-check';
import { renderPng, renderSvg } from '../../dist/server/index.js';
import { fontTypeset } from '../../dist/server/typeset.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const article = JSON.parse(readFileSync(`${ROOT}schema/sakai.json`, 'utf8'));
const WIDGETS = { 'power-ramp-gauge': 'ramp', 'site-map': 'sites', 'deal-value-card': 'deal' };

/** Left and right edges of the ink of a rendering, to a fraction of a pixel (edge coverage). */
function inkEdges({ pixels, width, height }) {
  const column = (x) => {
    let most = 0;
    for (let y = 0; y < height; y++) most = Math.max(most, pixels[(y * width + x) * 4 + 3]);
    return most / 255;
  };
  let left = 0;
  while (left < width && column(left) === 0) left++;
  let right = width - 1;
  while (right >= 0 && column(right) === 0) right--;
  if (left > right) return undefined;
  return { left: left + 1 - column(left), right: right + column(right) };
}

const escape = (text) => text.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The width resvg draws `text` at, as sans-serif in `family`: the inked extent of the text between
 * two full blocks (U+2588), whose ink spans their advance (within 0.02 em in DejaVu Sans), less
 * the blocks' width; without `blocks`, the ink edges of the text alone.
 */
function drawnWidth(text, size, bold, family, blocks = true) {
  const svg = (t) =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.ceil(size * (t.length + 4))}" height="${size * 2}"><text x="${size}" y="${size * 1.4}" font-family="sans-serif" font-size="${size}" font-weight="${bold ? 700 : 400}">${escape(t)}</text></svg>`;
  const draw = (t) => {
    const options = {
      font: { loadSystemFonts: true, sansSerifFamily: family, defaultFontFamily: family },
    };
    return inkEdges(new Resvg(svg(t), options).render());
  };
  if (blocks === false) return draw(text);
  const both = draw(`█${text}█`);
  const pair = draw('██');
  return both.right - both.left - (pair.right - pair.left);
}

describe('fontTypeset()', () => {
  const cases = [
    { locale: 'en', texts: ['> 240 MW', 'AVATAR Wavy Tokyo', 'plus de 240 MW', 'Sakai, Ōsaka'] },
    { locale: 'ja', texts: ['6億7600万ドル', '2025年3月14日', '出典：SoftBank', '240MW超'] },
  ];
  for (const { locale, texts } of cases) {
    test(`measures ${locale} text as resvg draws it, regular and bold, within 1 px`, async () => {
      const { typeset, family, issues } = await fontTypeset({ locale });
      assert.deepEqual(issues, []);
      assert.equal(family, locale === 'ja' ? 'Noto Sans CJK JP' : 'DejaVu Sans');
      for (const text of texts) {
        for (const bold of [false, true]) {
          for (const size of [12, 16, 32]) {
            const drawn = drawnWidth(text, size, bold, family);
            const measured = typeset.width(text, size, bold);
            assert.ok(
              Math.abs(drawn - measured) <= 1,
              `${text} at ${size} px${bold ? ' bold' : ''}: drawn ${drawn}, measured ${measured}`,
            );
          }
        }
      }
    });
  }

  const random = (chars, maxLength = 14) =>
    fc
      .array(fc.constantFrom(...chars), { minLength: 1, maxLength })
      .map((list) => list.join('').trim())
      .filter(Boolean);
  const LATIN = [...'AVWTaoyfil.,0123456789 €$¥>%ÉéÔç’'];
  const JAPANESE = [...'日本語東京堺市億万円年月かなカナドル、。（）「」0123456789MWA '];

  for (const [locale, chars] of [
    ['en', LATIN],
    ['ja', JAPANESE],
  ]) {
    test(`measures random ${locale} text as resvg draws it, within 1 px`, async () => {
      const { typeset, family } = await fontTypeset({ locale });
      fc.assert(
        fc.property(random(chars), fc.boolean(), (text, bold) => {
          const drawn = drawnWidth(text, 16, bold, family);
          const measured = typeset.width(text, 16, bold);
          assert.ok(
            Math.abs(drawn - measured) <= 1,
            `${text}: drawn ${drawn}, measured ${measured}`,
          );
        }),
        { numRuns: 60, seed: 15 },
      );
    });
  }

  test('never measures Latin text with Japanese in it narrower than resvg draws it', async () => {
    // resvg sets some characters around a fallback glyph in the fallback font (the blocks too:
    // they cannot frame such text), and the typeset allows for the wider of the two ways (see
    // typeset.ts): the ink of the text alone stays within its measured width.
    const { typeset, family } = await fontTypeset({ locale: 'en' });
    fc.assert(
      fc.property(random([...LATIN, ...'日本語かなカナ、（']), fc.boolean(), (text, bold) => {
        const { left, right } = drawnWidth(text, 16, bold, family, false);
        const measured = typeset.width(text, 16, bold);
        assert.ok(
          right - left <= measured + 1,
          `${text}: ink ${right - left}, measured ${measured}`,
        );
      }),
      { numRuns: 60, seed: 15 },
    );
  });

  test('falls back to the estimate, with a warning, for a family it finds no file of', async () => {
    const { typeset, issues } = await fontTypeset({ locale: 'en', fontFamily: 'No Such Sans' });
    assert.equal(issues.length, 1);
    assert.equal(issues[0].severity, 'warning');
    assert.match(issues[0].message, /no font file found for the family "No Such Sans"/);
    assert.ok(Math.abs(typeset.width('MW', 10) - 18.4) < 1e-9, 'the estimate: 0.92 em for M and W');
  });

  test('has BudouX phrases for Japanese only', async () => {
    assert.equal((await fontTypeset({ locale: 'en' })).typeset.phrases, undefined);
    const { typeset } = await fontTypeset({ locale: 'ja-JP' });
    assert.deepEqual(typeset.phrases('2025年3月14日に稼働を始めた'), [
      '2025年3月14日に',
      '稼働を',
      '始めた',
    ]);
  });
});

/**
 * The SVG with every drawing but its text hidden, on a canvas `margin` px wider on each side: text
 * drawn past the image's edge shows as ink outside [margin, margin + width].
 */
function textOnly(svg, margin) {
  const [, width, height] = svg.match(/width="(\d+)" height="(\d+)"/).map(Number);
  return svg
    .replace(
      /<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="\d+" height="\d+" viewBox="[^"]*"/,
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width + 2 * margin}" height="${height}" viewBox="${-margin} 0 ${width + 2 * margin} ${height}"`,
    )
    .replace(
      '</style>',
      'rect,path,circle,line,polyline,polygon,ellipse,image,use{display:none}</style>',
    );
}

/** Space the text keeps from the image's edges: half the image's padding. */
const INSET = 8;

describe('static images', () => {
  for (const [widget, part] of Object.entries(WIDGETS)) {
    for (const locale of ['en', 'fr', 'ja']) {
      test(`${widget}, ${locale}: no text past the image's edge at 280, 320 and 640 px, nor near it`, async () => {
        for (const width of [280, 320, 640]) {
          const { svg, issues } = await renderSvg(widget, article[part], { locale, width });
          assert.deepEqual(issues, []);
          const margin = 40;
          const family = locale === 'ja' ? 'Noto Sans CJK JP' : 'DejaVu Sans';
          const options = {
            font: { loadSystemFonts: true, sansSerifFamily: family, defaultFontFamily: family },
          };
          const ink = inkEdges(new Resvg(textOnly(svg, margin), options).render());
          // Inside the image with half its 16 px padding to spare: the heading wrapped 10 % too
          // wide ran 0.75 px past the image's edge at 320 px, only just past the edge itself.
          assert.ok(
            ink.left >= margin + INSET,
            `${width} px: text starts ${margin + INSET - ink.left} px too far left`,
          );
          assert.ok(
            ink.right <= margin + width - INSET,
            `${width} px: text ends ${ink.right - margin - width + INSET} px too far right`,
          );
        }
      });
    }
  }

  test('a PNG measures its text in the family it is drawn in (--font-family)', async () => {
    const options = { width: 280, scale: 1 };
    const found = await renderPng('deal-value-card', article.deal, {
      ...options,
      fontFamily: 'DejaVu Serif',
    });
    assert.deepEqual(found.issues, []);
    const missing = await renderPng('deal-value-card', article.deal, {
      ...options,
      fontFamily: 'No Such Sans',
    });
    assert.deepEqual(
      missing.issues.map((i) => i.message),
      [
        'no font file found for the family "No Such Sans": text is wrapped by estimated widths and may not fit',
      ],
    );
  });
});
