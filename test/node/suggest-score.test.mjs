// The corpus scorer of bench/suggest: each rule of bench/suggest/README.md on hand-made pairs,
// properties over random articles, and the corpus itself (every story has a valid expected article,
// and the language counts hold). Needs no build.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { FIELDS, addScores, precision, recall, scoreArticle } from '../../bench/suggest/score.mjs';
import { readStories } from '../../bench/suggest/stories.mjs';

const settings = { seed: 20261207, numRuns: 500 };

/** The scores of the fields that have any count, as `{ field: [tp, fp, fn] }`. */
function counted(expected, actual) {
  const scores = scoreArticle(expected, actual);
  return Object.fromEntries(
    Object.entries(scores)
      .filter(([, s]) => s.tp + s.fp + s.fn > 0)
      .map(([field, s]) => [field, [s.tp, s.fp, s.fn]]),
  );
}

/** All fields added up. */
function total(scores) {
  return Object.values(scores).reduce((sum, s) => addScores(sum, { all: s }), {}).all;
}

const sakaiDeal = { amount: 100e9, currency: 'JPY', buyer: 'SoftBank', seller: 'Sharp' };

test('scoreArticle() counts a ramp in another unit as a unit miss but the same stage values', () => {
  const expected = { ramp: { unit: 'MW', stages: [{ value: 150 }, { value: 1200 }] } };
  const actual = { ramp: { unit: 'GW', stages: [{ value: 0.15 }, { value: 1.2 }] } };
  assert.deepEqual(counted(expected, actual), {
    'ramp.unit': [0, 1, 1],
    'ramp.stage.value': [2, 0, 0],
  });
});

test('scoreArticle() reads a ramp without unit as MW', () => {
  const expected = { ramp: { unit: 'MW', stages: [{ value: 835 }] } };
  assert.deepEqual(counted(expected, { ramp: { stages: [{ value: 835 }] } }), {
    'ramp.unit': [1, 0, 0],
    'ramp.stage.value': [1, 0, 0],
  });
});

test('scoreArticle() compares stage values exactly: 240 MW is not 250 MW', () => {
  const expected = { ramp: { unit: 'MW', stages: [{ value: 240 }] } };
  const actual = { ramp: { unit: 'MW', stages: [{ value: 250 }] } };
  assert.deepEqual(counted(expected, actual)['ramp.stage.value'], [0, 1, 1]);
});

test('scoreArticle() counts atLeast left out as fn and atLeast not in the text as fp', () => {
  const expected = {
    ramp: { unit: 'MW', stages: [{ value: 150 }, { value: 240, atLeast: true }] },
  };
  const actual = {
    ramp: { unit: 'MW', stages: [{ value: 150, atLeast: true }, { value: 240 }] },
  };
  assert.deepEqual(counted(expected, actual)['ramp.stage.atLeast'], [0, 1, 1]);
  assert.deepEqual(counted(expected, expected)['ramp.stage.atLeast'], [1, 0, 0]);
});

test('scoreArticle() compares the 4-digit year of stage labels, not the labels', () => {
  const expected = {
    ramp: {
      unit: 'MW',
      stages: [
        { value: 50, label: '2026年度' },
        { value: 300, label: '将来', atLeast: true },
      ],
    },
  };
  const sameYears = {
    ramp: {
      unit: 'MW',
      stages: [
        { value: 50, label: '2026' },
        { value: 300, atLeast: true },
      ],
    },
  };
  assert.deepEqual(counted(expected, sameYears)['ramp.stage.year'], [1, 0, 0]);
  const otherYears = {
    ramp: {
      unit: 'MW',
      stages: [
        { value: 50, label: '2027年度' },
        { value: 300, label: '2030', atLeast: true },
      ],
    },
  };
  assert.deepEqual(counted(expected, otherYears)['ramp.stage.year'], [0, 2, 1]);
});

test('scoreArticle() counts a ramp the text does not support as fp on every field', () => {
  const actual = { ramp: { unit: 'MW', stages: [{ value: 20, label: '2025', atLeast: true }] } };
  assert.deepEqual(counted({}, actual), {
    'ramp.unit': [0, 1, 0],
    'ramp.stage.value': [0, 1, 0],
    'ramp.stage.atLeast': [0, 1, 0],
    'ramp.stage.year': [0, 1, 0],
  });
});

const sakaiSite = { name: 'Sakai', lat: 34.58, lon: 135.47, status: 'planned' };

test('scoreArticle() compares regions in any case', () => {
  const expected = { sites: { region: 'JP', sites: [sakaiSite] } };
  assert.deepEqual(counted(expected, { sites: { region: 'jp', sites: [sakaiSite] } }), {
    'sites.region': [1, 0, 0],
    'sites.site': [1, 0, 0],
    'sites.status': [1, 0, 0],
  });
  assert.deepEqual(
    counted(expected, { sites: { region: 'KR', sites: [sakaiSite] } })['sites.region'],
    [0, 1, 1],
  );
});

test('scoreArticle() matches a site within 50 km and not beyond', () => {
  const expected = { sites: { region: 'JP', sites: [sakaiSite] } };
  // 0.36° of latitude is 40 km; 0.54° is 60 km.
  const near = { ...sakaiSite, name: 'Osaka', lat: sakaiSite.lat + 0.36 };
  const far = { ...sakaiSite, name: 'Kyoto', lat: sakaiSite.lat + 0.54 };
  assert.deepEqual(
    counted(expected, { sites: { region: 'JP', sites: [near] } })['sites.site'],
    [1, 0, 0],
  );
  assert.deepEqual(
    counted(expected, { sites: { region: 'JP', sites: [far] } })['sites.site'],
    [0, 1, 1],
  );
});

test('scoreArticle() matches each expected site once, nearest first', () => {
  const expected = { sites: { region: 'JP', sites: [sakaiSite] } };
  const twice = { ...sakaiSite, lat: sakaiSite.lat + 0.1 };
  assert.deepEqual(
    counted(expected, { sites: { region: 'JP', sites: [twice, sakaiSite] } })['sites.site'],
    [1, 1, 0],
  );
});

test('scoreArticle() scores Salem, Oregon for Salem Township, Pennsylvania as a miss', () => {
  const township = { name: 'Salem Township, Pennsylvania', lat: 41.07, lon: -76.17 };
  const oregon = { name: 'Salem Township, Pennsylvania', lat: 44.94, lon: -123.04 };
  assert.deepEqual(
    counted(
      { sites: { region: 'US', sites: [township] } },
      { sites: { region: 'US', sites: [oregon] } },
    ),
    { 'sites.region': [1, 0, 0], 'sites.site': [0, 1, 1] },
  );
});

test('scoreArticle() scores the status of matched sites', () => {
  const expected = { sites: { region: 'JP', sites: [sakaiSite] } };
  const wrong = { sites: { region: 'JP', sites: [{ ...sakaiSite, status: 'operating' }] } };
  const none = { sites: { region: 'JP', sites: [{ ...sakaiSite, status: undefined }] } };
  assert.deepEqual(counted(expected, wrong)['sites.status'], [0, 1, 1]);
  assert.deepEqual(counted(expected, none)['sites.status'], [0, 0, 1]);
});

test('scoreArticle() takes amount and currency together', () => {
  const expected = { deal: sakaiDeal };
  assert.deepEqual(
    counted(expected, { deal: { ...sakaiDeal, currency: 'usd' } })['deal.amount'],
    [0, 1, 1],
  );
  assert.deepEqual(
    counted(expected, { deal: { ...sakaiDeal, amount: 100e6 } })['deal.amount'],
    [0, 1, 1],
  );
  assert.deepEqual(counted(expected, { deal: sakaiDeal })['deal.amount'], [1, 0, 0]);
});

test('scoreArticle() scores the reported conversion as one field', () => {
  const expected = { deal: { ...sakaiDeal, convertedAmount: 676e6, convertedCurrency: 'USD' } };
  const other = { deal: { ...sakaiDeal, convertedAmount: 636e6, convertedCurrency: 'USD' } };
  assert.deepEqual(counted(expected, expected)['deal.converted'], [1, 0, 0]);
  assert.deepEqual(counted(expected, other)['deal.converted'], [0, 1, 1]);
  assert.deepEqual(counted(expected, { deal: sakaiDeal })['deal.converted'], [0, 0, 1]);
});

test('scoreArticle() matches buyer and seller ignoring case and diacritics, one in the other', () => {
  const expected = { deal: { ...sakaiDeal, buyer: 'SoftBank Corp.', seller: 'Société Générale' } };
  const actual = { deal: { ...sakaiDeal, buyer: 'softbank', seller: 'SOCIETE GENERALE' } };
  assert.deepEqual(counted(expected, actual)['deal.buyer'], [1, 0, 0]);
  assert.deepEqual(counted(expected, actual)['deal.seller'], [1, 0, 0]);
  const swapped = { deal: { ...sakaiDeal, buyer: 'Société Générale', seller: 'SoftBank' } };
  assert.deepEqual(counted(expected, swapped)['deal.buyer'], [0, 1, 1]);
  assert.deepEqual(counted(expected, swapped)['deal.seller'], [0, 1, 1]);
  const japanese = { deal: { ...sakaiDeal, buyer: 'ソフトバンク' } };
  assert.deepEqual(
    counted(japanese, { deal: { ...sakaiDeal, buyer: 'ソフトバンク株式会社' } })['deal.buyer'],
    [1, 0, 0],
  );
});

test('scoreArticle() compares dates as strings: a day is not its month', () => {
  const expected = { deal: { ...sakaiDeal, date: '2025-03-14' } };
  assert.deepEqual(
    counted(expected, { deal: { ...sakaiDeal, date: '2025-03' } })['deal.date'],
    [0, 1, 1],
  );
  assert.deepEqual(counted(expected, expected)['deal.date'], [1, 0, 0]);
});

test('scoreArticle() compares comparisons as a set of amounts and currencies', () => {
  const expected = {
    deal: {
      ...sakaiDeal,
      compare: [
        { label: 'OpenAI stake', amount: 25e9, currency: 'USD' },
        { label: 'Earlier plan', amount: 40e9 },
      ],
    },
  };
  const actual = {
    deal: {
      ...sakaiDeal,
      compare: [
        { label: 'another label', amount: 40e9, currency: 'JPY' },
        { label: 'valuation', amount: 300e9, currency: 'USD' },
        { label: 'stake', amount: 25e9, currency: 'USD' },
      ],
    },
  };
  assert.deepEqual(counted(expected, actual)['deal.compare'], [2, 1, 0]);
});

test('scoreArticle() of two empty articles counts nothing', () => {
  assert.deepEqual(counted({}, {}), {});
  assert.deepEqual(total(scoreArticle({}, {})), { tp: 0, fp: 0, fn: 0 });
});

// ---------------------------------------------------------------------------------------------
// Properties over random articles

const year = fc.integer({ min: 2000, max: 2040 }).map(String);
const stage = fc.record(
  {
    value: fc.integer({ min: 1, max: 5000 }),
    label: fc.oneof(
      year,
      year.map((y) => `${y}年度`),
      fc.constantFrom('later', 'à terme'),
    ),
    atLeast: fc.constant(true),
  },
  { requiredKeys: ['value'] },
);
const site = fc.record(
  {
    name: fc.constantFrom('Sakai', 'Abilene, Texas', '苫小牧市', 'Gävle'),
    lat: fc.integer({ min: -600, max: 700 }).map((n) => n / 10),
    lon: fc.integer({ min: -1700, max: 1700 }).map((n) => n / 10),
    status: fc.constantFrom('operating', 'construction', 'planned'),
  },
  { requiredKeys: ['name', 'lat', 'lon'] },
);
const currency = fc.constantFrom('USD', 'EUR', 'JPY', 'GBP', 'SEK', 'INR');
const name = fc.constantFrom('SoftBank', 'Sharp', 'Amazon Web Services', 'Blackstone', 'シャープ');
const article = fc.record(
  {
    ramp: fc.record({
      unit: fc.constantFrom('kW', 'MW', 'GW'),
      stages: fc.array(stage, { minLength: 1, maxLength: 4 }),
    }),
    sites: fc.record({
      region: fc.constantFrom('US', 'JP', 'SE'),
      sites: fc.array(site, { minLength: 1, maxLength: 4 }),
    }),
    deal: fc.record(
      {
        amount: fc.integer({ min: 1, max: 1e12 }),
        currency,
        convertedAmount: fc.integer({ min: 1, max: 1e12 }),
        convertedCurrency: currency,
        buyer: name,
        seller: name,
        date: fc.constantFrom('2024', '2025-03', '2025-03-14'),
        compare: fc.array(
          fc.record({
            label: fc.constant('other'),
            amount: fc.integer({ min: 1, max: 1e12 }),
            currency,
          }),
          { maxLength: 3 },
        ),
      },
      { requiredKeys: ['amount', 'currency'] },
    ),
  },
  { requiredKeys: [] },
);

/** Every way to take one scored field out of an article, as functions that change it. */
function removals(doc) {
  const ways = [];
  for (const part of Object.keys(doc)) ways.push((d) => delete d[part]);
  (doc.ramp?.stages ?? []).forEach((s, i) => {
    if (doc.ramp.stages.length > 1) ways.push((d) => d.ramp.stages.splice(i, 1));
    if (s.atLeast) ways.push((d) => delete d.ramp.stages[i].atLeast);
  });
  (doc.sites?.sites ?? []).forEach((s, i) => {
    if (doc.sites.sites.length > 1) ways.push((d) => d.sites.sites.splice(i, 1));
    if (s.status) ways.push((d) => delete d.sites.sites[i].status);
  });
  for (const key of ['buyer', 'seller', 'date']) {
    if (doc.deal?.[key] !== undefined) ways.push((d) => delete d.deal[key]);
  }
  if (doc.deal?.convertedAmount !== undefined && doc.deal.convertedCurrency !== undefined) {
    ways.push((d) => delete d.deal.convertedAmount);
  }
  (doc.deal?.compare ?? []).forEach((_, i) => ways.push((d) => d.deal.compare.splice(i, 1)));
  return ways;
}

/** Ways to add one wrong value to an article. */
function additions(doc) {
  const ways = [];
  if (doc.ramp) {
    const max = Math.max(...doc.ramp.stages.map((s) => s.value));
    ways.push((d) => d.ramp.stages.push({ value: max + 1 }));
  }
  // No generated site is south of 60° S: the South Pole is far from all of them.
  if (doc.sites) ways.push((d) => d.sites.sites.push({ name: 'Pole', lat: -90, lon: 0 }));
  if (doc.deal) {
    ways.push((d) => (d.deal.amount += 1));
    ways.push((d) => (d.deal.date = '1999-12-31'));
    ways.push((d) => (d.deal.buyer = 'Zzyzx Holdings'));
    ways.push((d) => (d.deal.compare = [...(d.deal.compare ?? []), { label: 'x', amount: 0.5 }]));
  }
  return ways;
}

test('scoreArticle(x, x) has no false positive or negative', () => {
  fc.assert(
    fc.property(article, (doc) => {
      const scores = scoreArticle(doc, structuredClone(doc));
      for (const field of FIELDS) {
        assert.equal(scores[field].fp, 0, field);
        assert.equal(scores[field].fn, 0, field);
      }
    }),
    settings,
  );
});

test('taking a field out of the suggestion lowers recall and never precision', () => {
  const withRemoval = article
    .filter((doc) => removals(doc).length > 0)
    .chain((doc) => fc.tuple(fc.constant(doc), fc.nat({ max: removals(doc).length - 1 })));
  fc.assert(
    fc.property(withRemoval, ([doc, which]) => {
      const actual = structuredClone(doc);
      removals(actual)[which](actual);
      const before = total(scoreArticle(doc, doc));
      const after = total(scoreArticle(doc, actual));
      assert.ok(recall(after) < recall(before), `recall ${recall(after)}`);
      assert.ok(precision(after) === undefined || precision(after) >= precision(before));
    }),
    settings,
  );
});

test('adding a wrong value to the suggestion lowers precision', () => {
  const withAddition = article
    .filter((doc) => additions(doc).length > 0)
    .chain((doc) => fc.tuple(fc.constant(doc), fc.nat({ max: additions(doc).length - 1 })));
  fc.assert(
    fc.property(withAddition, ([doc, which]) => {
      const actual = structuredClone(doc);
      additions(actual)[which](actual);
      assert.ok(precision(total(scoreArticle(doc, actual))) < 1);
    }),
    settings,
  );
});

// ---------------------------------------------------------------------------------------------
// The corpus

const schema = JSON.parse(readFileSync('schema/article.schema.json', 'utf8'));
const validate = new Ajv2020({ allErrors: true }).compile(schema);
const folders = { corpus: 'bench/suggest/corpus', 'held-back': 'bench/suggest/held-back' };

for (const [set, dir] of Object.entries(folders)) {
  test(`every ${set} story has its text and expected article, named NN-slug.LANG`, () => {
    const names = readdirSync(dir);
    for (const file of names) {
      assert.match(file, /^\d{2}-[a-z0-9-]+\.(en|fr|ja)\.(txt|json)$/, file);
      const other = file.endsWith('.txt')
        ? file.replace(/txt$/, 'json')
        : file.replace(/json$/, 'txt');
      assert.ok(existsSync(`${dir}/${other}`), `${file} has no ${other}`);
    }
  });

  test(`every ${set} expected article is valid against the article schema`, () => {
    for (const story of readStories(dir)) {
      assert.equal(
        validate(story.expected),
        true,
        `${story.id}: ${JSON.stringify(validate.errors)}`,
      );
      if (story.expected.sites) assert.match(story.expected.sites.region, /^[A-Z]{2}$/, story.id);
    }
  });
}

test('the corpus has at least 12 English, 10 French and 10 Japanese stories, 32 in all', () => {
  const stories = readStories(folders.corpus);
  const count = (lang) => stories.filter((s) => s.lang === lang).length;
  assert.ok(count('en') >= 12, `${count('en')} en`);
  assert.ok(count('fr') >= 10, `${count('fr')} fr`);
  assert.ok(count('ja') >= 10, `${count('ja')} ja`);
  assert.ok(stories.length >= 32, `${stories.length} in all`);
  assert.ok(stories.filter((s) => Object.keys(s.expected).length === 0).length >= 2);
});

test('the held-back set has two stories per language', () => {
  const stories = readStories(folders['held-back']);
  for (const lang of ['en', 'fr', 'ja']) {
    assert.equal(stories.filter((s) => s.lang === lang).length, 2, lang);
  }
});
