// Japanese line breaks (dist/core/layout/text.js, figures.js, element/japanese.js): random Japanese
// text with figures in it ("6億7600万ドル", "2025年3月14日", "240MW超") wrapped at random widths
// never breaks inside a figure, fits every line and loses no character, with BudouX's phrases (in
// the estimate and in the server's font typeset) and with the rule-based breaks alone. Seeded, so
// a failure reproduces. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { phrases } from '../../dist/core/element/japanese.js';
import { figureSpans, figurePhrases } from '../../dist/core/layout/figures.js';
import { ESTIMATE, wrapText } from '../../dist/core/layout/text.js';
import { fontTypeset } from '../../dist/server/typeset.js';

const RUNS = { numRuns: 300, seed: 7 };
const SIZE = 13;

const int = (min, max) => fc.integer({ min, max });
/** Figures of the kinds articles print, each with the units the rule-based breaks keep whole. */
const RULED_FIGURES = [
  fc.tuple(int(1990, 2099), int(1, 12), int(1, 31)).map(([y, m, d]) => `${y}年${m}月${d}日`),
  fc.tuple(int(1, 999), int(1, 9999)).map(([a, b]) => `${a}億${b}万ドル`),
  fc
    .tuple(int(1, 9999), fc.constantFrom('億円', '円', '万人', '人', '%', '％'))
    .map((p) => p.join('')),
  fc.tuple(int(1, 9999), fc.constantFrom('MW', 'GW', 'MW超', 'kWh')).map((p) => p.join('')),
];
/** More units, which only the figure rule after BudouX knows. */
const FIGURES = [
  ...RULED_FIGURES,
  fc.tuple(int(1, 36), fc.constantFrom('カ月', 'ヶ月', '年度', '以上')).map((p) => p.join('')),
  int(1, 9).map((n) => `第${n}期`),
];
/** Words without closing marks (ー, 、): those after a figure must share its line (see PARTICLES). */
const WORDS = fc
  .array(fc.constantFrom(...'堺市の工場跡地に建設する計画を発表した電力施設東京大阪'), {
    minLength: 1,
    maxLength: 8,
  })
  .map((c) => c.join(''));
const PARTICLES = fc.constantFrom('', 'に', 'で', 'の', 'を', 'は', 'から', '、', '（', '）');

/** Random text of words and figures, with where each figure is (start, end in UTF-16 units). */
const japanese = (figures) =>
  fc
    .array(fc.tuple(WORDS, fc.oneof(...figures), PARTICLES), { minLength: 1, maxLength: 6 })
    .map((parts) => {
      let text = '';
      const spans = [];
      for (const [word, figure, particle] of parts) {
        text += word;
        // The particle too: a closing mark after a figure cannot start a line.
        spans.push([text.length, text.length + figure.length, figure, figure + particle]);
        text += figure + particle;
      }
      return { text, spans };
    });

/** Checks the wrapped lines: every character kept, every line fits, no line ends inside a figure. */
function checkLines(lines, text, spans, width, typeset) {
  assert.equal(lines.join(''), text, 'no character lost or added');
  let at = 0;
  for (const line of lines) {
    const measured = typeset.width(line, SIZE);
    assert.ok(measured <= width, `"${line}" is ${measured} px, wider than ${width}`);
    at += line.length;
    const cut = spans.find(([start, end]) => at > start && at < end);
    assert.equal(cut, undefined, `a line ends inside ${cut?.[2]}: ${lines.join(' / ')}`);
  }
}

/** A property over random text and a width no narrower than its widest figure (and particle). */
function wrapsWhole(typeset, figures) {
  return fc.property(japanese(figures), int(0, 300), ({ text, spans }, extra) => {
    const widest = Math.max(...spans.map(([, , , f]) => typeset.width(f, SIZE)));
    const width = Math.ceil(widest) + extra;
    checkLines(wrapText(text, width, SIZE, 1000, typeset), text, spans, width, typeset);
  });
}

describe('wrapText() in Japanese', () => {
  test('never breaks inside a figure with BudouX phrases (estimated widths)', () => {
    fc.assert(wrapsWhole({ ...ESTIMATE, phrases }, FIGURES), RUNS);
  });

  test('never breaks inside a figure with the server typeset (font widths, BudouX)', async () => {
    const { typeset } = await fontTypeset({ locale: 'ja' });
    assert.ok(typeset.phrases, 'the Japanese typeset has phrases');
    fc.assert(wrapsWhole(typeset, FIGURES), { ...RUNS, numRuns: 100 });
  });

  test('never breaks inside a figure by the rules alone (before BudouX loads)', () => {
    fc.assert(wrapsWhole(ESTIMATE, RULED_FIGURES), RUNS);
  });

  test('keeps a figure whole where BudouX would cut it', () => {
    const cut = ['売上は6億', '7600万ドル', 'に'];
    assert.deepEqual(figurePhrases(cut), ['売上は', '6億7600万ドル', 'に']);
    assert.deepEqual(figurePhrases(['（1000億円＝6億', '7600万ドル）。']), [
      '（1000億円＝',
      '6億7600万ドル）。',
    ]);
  });
});

describe('figurePhrases()', () => {
  test('joins the parts of a figure, cuts before one and keeps every other cut', () => {
    fc.assert(
      fc.property(japanese(FIGURES), fc.array(fc.nat(), { maxLength: 20 }), ({ text }, cuts) => {
        const at = [...new Set(cuts.map((c) => c % text.length))].sort((a, b) => a - b);
        const parts = [0, ...at, text.length]
          .slice(1)
          .map((end, i, ends) => text.slice(i === 0 ? 0 : ends[i - 1], end))
          .filter(Boolean);
        const joined = figurePhrases(parts);
        assert.equal(joined.join(''), text);
        const spans = figureSpans(text);
        let offset = 0;
        const kept = new Set();
        for (const part of joined.slice(0, -1)) kept.add((offset += part.length));
        for (const cut of at.filter((c) => c > 0)) {
          const inside = spans.some(([start, end]) => cut > start && cut < end);
          assert.equal(kept.has(cut), !inside, `cut at ${cut} of ${text}`);
        }
        for (const [start] of spans) {
          if (start > 0 && text[start - 1] !== '（')
            assert.ok(kept.has(start), `${text} at ${start}`);
        }
        assert.ok(joined.every(Boolean), 'no empty part');
      }),
      RUNS,
    );
  });

  test('finds dates, money, power and counts as figures', () => {
    const text = '2025年3月14日に6億7600万ドル、240MW超、3カ月';
    assert.deepEqual(
      figureSpans(text).map(([s, e]) => text.slice(s, e)),
      ['2025年3月14日', '6億7600万ドル', '240MW超', '3カ月'],
    );
  });
});
