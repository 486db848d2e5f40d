// Properties of suggest() over random inputs (fast-check), in the built module: numbers written
// by Intl.NumberFormat read back exactly, texts without figures suggest nothing, and every
// suggestion is valid, quoted exactly and drawn only from its quotes.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { suggest } from '../../dist/suggest/index.js';

const validate = new Ajv2020({ allErrors: true }).compile(
  JSON.parse(readFileSync('schema/article.schema.json', 'utf8')),
);

/** A decimal with up to 2 fraction digits as its exact string and its Intl form. */
const decimal = (locale) =>
  fc
    .record({
      units: fc.integer({ min: 1, max: 9_999_999 }),
      digits: fc.integer({ min: 0, max: 2 }),
    })
    .map(({ units, digits }) => {
      const exact = (units / 10 ** digits).toFixed(digits);
      const format = new Intl.NumberFormat(locale, {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      });
      return { exact, written: format.format(Number(exact)) };
    });

const MAGNITUDES = {
  en: [
    ['thousand', 3],
    ['million', 6],
    ['billion', 9],
    ['trillion', 12],
    ['bn', 9],
  ],
  fr: [
    ['mille', 3],
    ['millions', 6],
    ['milliards', 9],
    ['billions', 12],
  ],
  ja: [
    ['万', 4],
    ['億', 8],
    ['兆', 12],
  ],
};
const SENTENCE = {
  en: (n, word) => `Acme will buy the campus for $${n} ${word}.`,
  fr: (n, word) => `Acme rachète le campus pour ${n} ${word} d’euros.`,
  ja: (n, word) => `アクメはキャンパスを${n}${word}円で取得する。`,
};
const CURRENCY = { en: 'USD', fr: 'EUR', ja: 'JPY' };

for (const locale of ['en', 'fr', 'ja']) {
  test(`suggest() reads back every sum Intl.NumberFormat writes in ${locale}, with magnitude words`, () => {
    fc.assert(
      fc.property(
        decimal(locale),
        fc.constantFrom(...MAGNITUDES[locale]),
        ({ exact, written }, [word, exponent]) => {
          const { article } = suggest(SENTENCE[locale](written, word), { locale });
          assert.equal(article.deal?.amount, Number(`${exact}e${exponent}`));
          assert.equal(article.deal?.currency, CURRENCY[locale]);
        },
      ),
    );
  });

  test(`suggest() reads back every power figure Intl.NumberFormat writes in ${locale}`, () => {
    const unit = { en: 'MW', fr: 'mégawatts', ja: 'メガワット' }[locale];
    fc.assert(
      fc.property(decimal(locale), ({ exact, written }) => {
        const text =
          locale === 'ja'
            ? `データセンターは${written}${unit}になる。`
            : `The data centre: ${written} ${unit}.`;
        assert.deepEqual(suggest(text, { locale }).article.ramp, {
          unit: 'MW',
          stages: [{ value: Number(exact) }],
        });
      }),
    );
  });
}

/** Letters, kana, punctuation and spaces: no digit of any width, no kanji numeral. */
const NO_FIGURES = [
  ..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéèàçÉ$€£¥%.,;:!?()'’-  \n\u202Fあいうえおかきくけこアイウエオカキクケコ円ドル年度電力開発。、（）",
];

test('suggest() gives an empty article for any text without digits or numerals', () => {
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom(...NO_FIGURES), { maxLength: 300 }),
      fc.constantFrom(undefined, 'en', 'fr', 'ja'),
      (chars, locale) => {
        assert.deepEqual(suggest(chars.join(''), { locale }).article, {});
      },
    ),
  );
});

// Texts for the properties of whole suggestions: the corpus when the repository holds it, and
// random articles put together from sentences with figures in every form suggest() reads.
const CORPUS = 'bench/suggest/corpus';
const corpus = existsSync(CORPUS)
  ? readdirSync(CORPUS)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(`${CORPUS}/${f}`, 'utf8'))
  : [];
const PIECES = [
  'Acme will buy Globex’s plant for $1.6 billion.',
  'The campus will draw 150 MW in 2026 and more than 1 GW by 2030.',
  'Ireland’s grid has a peak demand of 5.5 GW.',
  'On March 14, 2025, the company agreed to pay ¥100 billion ($676 million).',
  'Acme is to invest up to $25 billion at a valuation of $300 billion.',
  'SoftBank vise à démarrer les opérations en 2026.',
  'Le site aura environ 150 mégawatts puis plus de 240 mégawatts.',
  'Acme rachète l’usine à Globex pour 100 milliards de yens (676 millions de dollars).',
  'ソフトバンクはシャープから堺工場を1000億円（約6億7600万ドル）で取得する。',
  'データセンターは2026年度に300メガワット超で稼働する。',
  'The board met on Friday.',
  'Il a refusé de commenter.',
  '同社はコメントを控えた。',
];

test('every suggestion is valid, quoted exactly, and holds no value its notes do not give', () => {
  const texts = fc
    .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 8 })
    .map((p) => p.join(' '));
  const check = (text) => {
    const { article, notes } = suggest(text);
    assert.ok(validate(article), JSON.stringify(validate.errors));
    for (const note of notes) assert.equal(note.quote, text.slice(note.start, note.end));
    for (const [part, fields] of Object.entries(article)) {
      for (const [field, value] of leaves(fields)) {
        const quoted = notes.filter((n) => n.part === part && n.field === field && !n.question);
        assert.ok(quoted.length > 0, `${part}${field} has no note`);
        // Coordinates are the gazetteer's for the quoted name: the one value not in the words.
        const located = part === 'sites' && /\/(lat|lon)$/.test(field);
        assert.ok(
          quoted.every((n) => (located ? n.quote.trim() !== '' : supports(field, value, n.quote))),
          `${part}${field}: ${value} is not in ${quoted.map((n) => n.quote)}`,
        );
      }
    }
  };
  for (const text of corpus) check(text);
  fc.assert(fc.property(texts, check));
});

/** JSON Pointers and values of every leaf of a part. */
function* leaves(value, pointer = '') {
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) yield* leaves(child, `${pointer}/${key}`);
  } else yield [pointer, value];
}

/**
 * Does a quote state a field's value? Words (labels, names, parties) are the quote itself; a
 * number needs a numeral in it, a date its year; words mapped to a code (status, unit, currency,
 * region) or a flag (atLeast) need words.
 */
function supports(field, value, quote) {
  if (/\/(label|name|buyer|seller)$/.test(field)) return value === quote;
  if (typeof value === 'number') return /[\d０-９〇一二三四五六七八九十百千万億兆]/.test(quote);
  if (field.endsWith('/date')) return quote.normalize('NFKC').includes(String(value).slice(0, 4));
  return quote.trim().length > 0;
}

test('suggest() never throws on any text, and its suggestion is valid and quoted exactly', () => {
  const piece = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom(...PIECES));
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 6 }), (pieces) => {
      const text = pieces.join(' ');
      const { article, notes } = suggest(text);
      assert.ok(validate(article), JSON.stringify(validate.errors));
      for (const note of notes) assert.equal(note.quote, text.slice(note.start, note.end));
    }),
  );
});
