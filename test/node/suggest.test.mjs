// suggest() on the forms newsrooms write figures in, one sentence each, in the built module
// (dist/suggest/index.js): power, floors, years, money, conversions, deals, locale.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { suggest } from '../../dist/suggest/index.js';

const ramp = (text, locale) => suggest(text, { locale }).article.ramp;
const deal = (text, locale) => suggest(text, { locale }).article.deal;

const POWER = [
  ['en', 'The 835-megawatt campus will be built near the river.', 'MW', [{ value: 835 }]],
  ['en', 'The campus will draw 150 MW.', 'MW', [{ value: 150 }]],
  ['en', 'The site will use 1 gigawatt of power.', 'GW', [{ value: 1 }]],
  ['en', 'The data center will grow to more than 240 MW.', 'MW', [{ value: 240, atLeast: true }]],
  ['en', 'The facility will draw over 1.5 GW.', 'GW', [{ value: 1.5, atLeast: true }]],
  ['en', 'The data centre will draw about 150 MW.', 'MW', [{ value: 150 }]],
  ['en', 'The data centre will draw up to 300 MW.', 'MW', [{ value: 300 }]],
  ['en', 'It has a 2,500 kW backup.', 'kW', [{ value: 2500 }]],
  ['fr', 'Le centre de données consommera 1,2 GW.', 'GW', [{ value: 1.2 }]],
  ['fr', 'Le site atteindra 300 mégawatts.', 'MW', [{ value: 300 }]],
  ['fr', 'Le site atteindra plus de 240 mégawatts.', 'MW', [{ value: 240, atLeast: true }]],
  ['fr', 'Le site disposera d’environ 150 mégawatts.', 'MW', [{ value: 150 }]],
  ['fr', 'Le campus vise 1\u202F200 MW.', 'MW', [{ value: 1200 }]],
  ['ja', 'データセンターの電力は50メガワットになる。', 'MW', [{ value: 50 }]],
  ['ja', 'データセンターは300メガワット超の規模になる。', 'MW', [{ value: 300, atLeast: true }]],
  ['ja', 'データセンターは２００ＭＷ以上を使う。', 'MW', [{ value: 200, atLeast: true }]],
  ['ja', 'データセンターは30万キロワットの規模。', 'kW', [{ value: 300000 }]],
  ['ja', 'データセンターは三百メガワットの規模。', 'MW', [{ value: 300 }]],
  ['ja', 'データセンターは約150メガワットで稼働する。', 'MW', [{ value: 150 }]],
  ['ja', 'データセンターは最大500メガワットになる。', 'MW', [{ value: 500 }]],
  ['fr', 'Le site pourra consommer jusqu’à 2 GW.', 'GW', [{ value: 2 }]],
];

for (const [locale, text, unit, stages] of POWER) {
  test(`suggest() reads the power in ${JSON.stringify(text)}`, () => {
    assert.deepEqual(ramp(text, locale), { unit, stages });
  });
}

test('suggest() labels stages with their years ("in 2026", "en 2027", "2026年度", "by 2030")', () => {
  assert.deepEqual(
    ramp('The campus will open with 200 MW in 2026 and reach 1 GW by 2030.').stages,
    [
      { value: 0.2, label: '2026' },
      { value: 1, label: '2030' },
    ],
  );
  assert.deepEqual(ramp('Le site ouvrira en 2027 avec 100 MW.', 'fr').stages, [
    { value: 100, label: '2027' },
  ]);
  assert.deepEqual(ramp('2026年度に50メガワットで稼働する。', 'ja').stages, [
    { value: 50, label: '2026年度' },
  ]);
});

test('suggest() writes the ramp in the unit of its largest figure, the others converted exactly', () => {
  assert.deepEqual(ramp('The site starts at 300 MW in 2026 and grows to 1.2 GW in 2029.'), {
    unit: 'GW',
    stages: [
      { value: 0.3, label: '2026' },
      { value: 1.2, label: '2029' },
    ],
  });
});

test('suggest() dates the first figure with the start of operations the sentence before names', () => {
  const text =
    'SoftBank vise à démarrer les opérations en 2026. Le centre de données aura initialement environ 150 mégawatts et à terme plus de 240 mégawatts.';
  assert.deepEqual(ramp(text, 'fr').stages, [
    { value: 150, label: '2026' },
    { value: 240, atLeast: true },
  ]);
});

test('suggest() leaves out power that is not the project\u2019s and asks about it', () => {
  const { article, notes } = suggest(
    'The campus will draw 300 MW. Ireland’s grid has a peak demand of 5.5 GW.',
  );
  assert.deepEqual(article.ramp.stages, [{ value: 300 }]);
  const question = notes.find((n) => n.question);
  assert.equal(question?.quote, '5.5 GW');
});

test('suggest() does not read energy (MWh, kWh, キロワット時) as power', () => {
  assert.equal(ramp('The plant sold 500 MWh last year.'), undefined);
  assert.equal(ramp('年間500万キロワット時を使う。', 'ja'), undefined);
});

const MONEY = [
  ['en', 'Acme will buy the site for $1.6 billion.', 1.6e9, 'USD'],
  ['en', 'Acme agreed to pay US$ 2bn for the plant.', 2e9, 'USD'],
  ['en', 'Acme will acquire the campus for £3.8bn.', 3.8e9, 'GBP'],
  ['en', 'Acme will invest €500m in the campus.', 5e8, 'EUR'],
  ['en', 'Acme will buy the site for 26,000 crore rupees.', 2.6e11, 'INR'],
  ['en', 'Acme will invest 33.7 billion kronor in Sweden.', 33.7e9, 'SEK'],
  ['en', 'Acme will invest EUR 300 million in the site.', 3e8, 'EUR'],
  ['en', 'Acme will invest 10 billion dollars.', 1e10, 'USD'],
  ['fr', 'Acme investira 20 milliards d’euros dans le projet.', 2e10, 'EUR'],
  ['fr', 'Acme rachète le site pour 1,5 Md€.', 1.5e9, 'EUR'],
  ['fr', 'Acme investira 2 billions de yens.', 2e12, 'JPY'],
  ['fr', 'Acme achète le terrain pour 300 millions de livres.', 3e8, 'GBP'],
  ['ja', 'アクメは工場を650億円で取得する。', 6.5e10, 'JPY'],
  ['ja', 'アクメは16億ドルを投資する。', 1.6e9, 'USD'],
  ['ja', 'アクメは5億ユーロで買収する。', 5e8, 'EUR'],
  ['ja', 'アクメは工場を六百億円で取得する。', 6e10, 'JPY'],
  ['fr', 'Acme investira 3 Mds€ dans le site.', 3e9, 'EUR'],
  ['en', 'Acme will pay $200m for the site.', 2e8, 'USD'],
  ['en', 'Acme will buy the site for 1.2 trillion yen.', 1.2e12, 'JPY'],
];

for (const [locale, text, amount, currency] of MONEY) {
  test(`suggest() reads the deal in ${JSON.stringify(text)}`, () => {
    const found = deal(text, locale);
    assert.equal(found?.amount, amount);
    assert.equal(found?.currency, currency);
  });
}

test('suggest() reads a conversion in brackets as convertedAmount and convertedCurrency', () => {
  const ja = deal(
    'ソフトバンクはシャープから堺工場を1000億円（約6億7600万ドル）で取得する。',
    'ja',
  );
  assert.deepEqual(
    [ja.amount, ja.currency, ja.convertedAmount, ja.convertedCurrency],
    [1e11, 'JPY', 6.76e8, 'USD'],
  );
  const fr = deal(
    'Acme rachète le site pour 10 milliards de dollars (environ 9,2 milliards d’euros).',
    'fr',
  );
  assert.deepEqual(
    [fr.amount, fr.currency, fr.convertedAmount, fr.convertedCurrency],
    [1e10, 'USD', 9.2e9, 'EUR'],
  );
});

test('suggest() names buyer, seller and what was bought where the sentence does', () => {
  const en = deal('SoftBank will buy Sharp’s Sakai plant for ¥100 billion.');
  assert.equal(en.buyer, 'SoftBank');
  assert.equal(en.seller, 'Sharp');
  const ja = deal('ソフトバンクはシャープから堺工場の土地と建物を1000億円で取得する。', 'ja');
  assert.deepEqual(
    [ja.buyer, ja.seller, ja.label],
    ['ソフトバンク', 'シャープ', '堺工場の土地と建物'],
  );
  const fr = deal('Acme rachète l’usine à Globex pour 2 milliards d’euros.', 'fr');
  assert.deepEqual([fr.buyer, fr.seller], ['Acme', 'Globex']);
});

test('suggest() dates the deal at the precision written, never with a year it does not give', () => {
  assert.equal(
    deal('On March 14, 2025, Acme agreed to buy the site for $1 billion.').date,
    '2025-03-14',
  );
  assert.equal(
    deal('In September 2024, Acme agreed to buy the site for $1 billion.').date,
    '2024-09',
  );
  assert.equal(deal('On Friday, Acme agreed to buy the site for $1 billion.').date, undefined);
  assert.equal(
    deal('Le 14 mars 2025, Acme a acheté le site pour 1 milliard d’euros.', 'fr').date,
    '2025-03-14',
  );
  assert.equal(deal('2025年3月14日、アクメは工場を650億円で取得した。', 'ja').date, '2025-03-14');
});

test('suggest() sets other sums beside the deal in compare, a valuation never as the deal', () => {
  const found = deal(
    'Acme will buy the plant for $676 million. Acme is also to invest up to $25 billion in Globex at a valuation of $300 billion.',
  );
  assert.equal(found.amount, 6.76e8);
  assert.deepEqual(
    found.compare.map((c) => [c.amount, c.currency]),
    [
      [2.5e10, 'USD'],
      [3e11, 'USD'],
    ],
  );
  assert.equal(deal('Globex was given a valuation of $300 billion after the deal.'), undefined);
});

test('suggest() asks which sum is the deal when its sentence gives two', () => {
  const { article, notes } = suggest(
    'Acme will pay $2 billion for the site and €1 billion for the land.',
  );
  assert.equal(article.deal, undefined);
  assert.match(notes.find((n) => n.question)?.question ?? '', /Which sum/);
});

test('suggest() tells the language from the text, and the locale option wins', () => {
  assert.equal(suggest('The campus will draw 150 MW.').locale, 'en');
  assert.equal(suggest('Le campus consommera 150 MW dans les deux ans.').locale, 'fr');
  assert.equal(suggest('データセンターは150メガワット。').locale, 'ja');
  assert.equal(suggest('The campus will draw 150 MW.', { locale: 'fr-CA' }).locale, 'fr');
  assert.equal(suggest('x', { locale: 'JA' }).locale, 'ja');
});

test('suggest() throws a RangeError for a locale it does not read', () => {
  assert.throws(() => suggest('text', { locale: 'de' }), RangeError);
  assert.throws(() => suggest('text', { locale: 'not a tag' }), /en, fr or ja/);
});

test('suggest() gives an empty article for an empty text or a text without figures', () => {
  assert.deepEqual(suggest(''), { article: {}, notes: [], locale: 'en' });
  assert.deepEqual(suggest('The board met on Friday to discuss the plans.').article, {});
});

test('suggest() gives no deal for a range of sums, and no stage label for a date’s year', () => {
  assert.equal(
    deal('Les investissements se situeront entre 30 et 50 milliards d’euros.', 'fr'),
    undefined,
  );
  assert.deepEqual(ramp('The deal, signed on March 14, 2025, covers a 1 GW campus.').stages, [
    { value: 1 },
  ]);
  assert.deepEqual(ramp('Acme will take up to 1,920 MW until 2042.').stages, [{ value: 1920 }]);
});

test('suggest() names no buyer or seller for an investment', () => {
  const found = deal(
    'Microsoft will invest $3 billion in India. Microsoft has bought land in Pune.',
  );
  assert.deepEqual([found.amount, found.buyer, found.seller], [3e9, undefined, undefined]);
});

test('suggest() asks about a figure added to another instead of making it a stage', () => {
  const { article, notes } = suggest(
    'Le site disposera de 230 mégawatts, puis ajoutera 290 mégawatts supplémentaires, soit 520 mégawatts au total.',
    { locale: 'fr' },
  );
  assert.deepEqual(article.ramp.stages, [{ value: 230 }, { value: 520 }]);
  assert.equal(notes.find((n) => n.question)?.quote, '290 mégawatts');
});

test('dist/suggest/index.js imports nothing, and no reader bundle holds suggest()', async () => {
  const { readFile, readdir } = await import('node:fs/promises');
  const built = await readFile('dist/suggest/index.js', 'utf8');
  // Self-contained: browsers (the builder page) and Node load it as it is.
  assert.doesNotMatch(built, /^\s*import\b|\bfrom\s*['"]|import\(\s*['"]node:/m);
  const marker = 'suggest() reads en, fr or ja';
  assert.ok(built.includes(marker));
  const bundles = (await readdir('dist')).filter((f) => /^(lede.*|index)\.js$/.test(f));
  assert.ok(bundles.includes('lede.js') && bundles.includes('index.js'));
  for (const file of bundles) {
    assert.ok(!(await readFile(`dist/${file}`, 'utf8')).includes(marker), file);
  }
});

test('suggest() compares the deal with sums of other sentences too, each labelled from its clause', () => {
  const found = deal(
    'Blackstone will build the campus in a £10 billion project. The site was to have been home to a £3.8 billion gigafactory.',
  );
  assert.deepEqual([found.amount, found.currency], [1e10, 'GBP']);
  assert.deepEqual(found.compare, [
    {
      label: 'The site was to have been home to a £3.8 billion gigafactory',
      amount: 3.8e9,
      currency: 'GBP',
    },
  ]);
});
