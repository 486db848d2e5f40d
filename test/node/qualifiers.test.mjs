// "Town, Qualifier" in suggestSites() (src/suggest/places.ts): a region or country named beside a
// town decides, over a town of the same name, and the town is looked up only inside it. Examples,
// then properties over the table's own regions and towns in English, French and Japanese wording.
// The TypeScript is bundled with esbuild, with the table `npm run build` generates.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import fc from 'fast-check';

// Seeded, as the other property tests are, so that a run reproduces; a failure prints its path.
fc.configureGlobal({ seed: 20261207 });

const root = fileURLToPath(new URL('../..', import.meta.url));
const outfile = join(mkdtempSync(join(tmpdir(), 'lede-qualifiers-')), 'qualifiers.mjs');
await build({
  stdin: {
    contents:
      "export { suggestSites } from './src/suggest/places.ts';" +
      "export { isWithin, placesNamed, resolveName, resolvePlace } from './src/suggest/gazetteer.ts';" +
      "export { gazetteerTable } from './src/suggest/gazetteer-data.ts';" +
      "export { COMMON, NEVER } from './src/suggest/gazetteer-words.ts';",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  outfile,
  logLevel: 'warning',
});
const {
  suggestSites,
  isWithin,
  placesNamed,
  resolveName,
  resolvePlace,
  gazetteerTable,
  COMMON,
  NEVER,
} = await import(pathToFileURL(outfile).href);

const brief = (part) => part?.sites.map((s) => [s.name, s.status, s.approximate ?? false]);
const questions = (notes) => notes.filter((n) => n.question).map((n) => n.quote);

test('suggestSites() puts New Carlisle, Indiana at Indiana, not at New Carlisle, Ohio', () => {
  const text = 'Amazon plans a data center campus near New Carlisle, Indiana.';
  const { part, notes } = suggestSites(text, 'en');
  const indiana = placesNamed('Indiana').find((p) => p.kind === 'region');
  assert.equal(part.region, 'US');
  assert.deepEqual(brief(part), [['New Carlisle', 'planned', true]]);
  assert.deepEqual([part.sites[0].lat, part.sites[0].lon], [indiana.lat, indiana.lon]);
  assert.equal(notes.find((n) => n.field === '/sites/0/lat').quote, 'New Carlisle, Indiana');
  assert.deepEqual(questions(notes), []);
});

test('suggestSites() reads a state abbreviation beside a town elsewhere as the state', () => {
  const indiana = placesNamed('Indiana').find((p) => p.kind === 'region');
  for (const text of [
    'Amazon plans a data center campus near New Carlisle, IN.',
    'Amazon plans a data center campus near New Carlisle, Ind., its third in the state.',
  ]) {
    const { part } = suggestSites(text, 'en');
    assert.deepEqual(brief(part), [['New Carlisle', 'planned', true]], text);
    assert.deepEqual([part.sites[0].lat, part.sites[0].lon], [indiana.lat, indiana.lon], text);
  }
});

test('suggestSites() reads French "à X, dans l’Indiana" and "à X, en Louisiane" as the state', () => {
  for (const [text, state] of [
    ["Amazon prévoit un centre de données à New Carlisle, dans l'Indiana.", 'IN'],
    ['Meta prévoit un centre de données à Richland, en Louisiane.', 'LA'],
  ]) {
    const { part } = suggestSites(text, 'fr');
    const region = placesNamed(state === 'IN' ? 'Indiana' : 'Louisiana').find(
      (p) => p.kind === 'region',
    );
    assert.equal(part.sites.length, 1, text);
    assert.equal(part.sites[0].approximate, true, text);
    assert.deepEqual([part.sites[0].lat, part.sites[0].lon], [region.lat, region.lon], text);
  }
});

test('suggestSites() puts Salem, Pennsylvania at Pennsylvania under the name Salem', () => {
  const { part, notes } = suggestSites('Meta plans a data center in Salem, Pennsylvania.', 'en');
  assert.deepEqual(brief(part), [['Salem', 'planned', true]]);
  assert.ok(Math.abs(part.sites[0].lat - 41.2) < 0.5, 'at the centre of Pennsylvania');
  assert.deepEqual(questions(notes), []);
});

test('suggestSites() reads Georgia as the state beside a US town, the country beside Tbilisi', () => {
  const state = suggestSites('Google plans a data center in Salem, Georgia.', 'en').part;
  assert.equal(state.region, 'US');
  assert.deepEqual(brief(state), [['Salem', 'planned', true]]);
  const country = suggestSites('Google plans a data center in Tbilisi, Georgia.', 'en').part;
  assert.equal(country.region, 'GE');
  assert.deepEqual(brief(country), [['Tbilisi', 'planned', false]]);
});

test('resolveName() asks when the qualifier stays ambiguous, and places nothing', () => {
  const r = resolveName('Greenfield Township', { region: 'Georgia' });
  assert.equal(r.place, undefined);
  assert.equal(r.reason, 'ambiguous-qualifier');
  assert.deepEqual(r.candidates.map((p) => p.country).sort(), ['GE', 'US']);
  const { part, notes } = suggestSites(
    'A data center is planned in Greenfield Township, Georgia.',
    'en',
  );
  assert.equal(part, undefined);
  assert.match(notes.find((n) => n.question).question, /"Georgia" could be/);
});

test('suggestSites() reads a Japanese prefecture before a town elsewhere as the prefecture', () => {
  // Fuchu is in Tokyo and Hiroshima, not Ibaraki: the site is Ibaraki's, approximate.
  const { part, notes } = suggestSites(
    'ソフトバンクは茨城県府中市にデータセンターを計画している。',
    'ja',
  );
  const ibaraki = resolvePlace('茨城県');
  assert.deepEqual(brief(part), [['府中市', 'planned', true]]);
  assert.deepEqual([part.sites[0].lat, part.sites[0].lon], [ibaraki.lat, ibaraki.lon]);
  assert.equal(notes.find((n) => n.field === '/sites/0/lat').quote, '茨城県府中市');
});

test('suggestSites() reads Melbourne, Victoria as one site in the state of Victoria', () => {
  const { part } = suggestSites('Google plans a data center in Melbourne, Victoria.', 'en');
  assert.equal(part.region, 'AU');
  assert.deepEqual(brief(part), [['Melbourne', 'planned', false]]);
});

test('suggestSites() places a town in a large Canadian or British region inside it, not at its centre', () => {
  for (const [text, lat, lon] of [
    ['Google plans a data center in Thunder Bay, Ontario.', 48.38, -89.25],
    ['Google plans a data center in Fort McMurray, Alberta.', 56.73, -111.38],
    ['Google plans a data center in Lerwick, Scotland.', 60.15, -1.14],
    ['Google plans a data center in Blyth, England.', 55.13, -1.51],
  ]) {
    const { part } = suggestSites(text, 'en');
    assert.equal(part.sites.length, 1, text);
    assert.deepEqual(
      [part.sites[0].lat, part.sites[0].lon, part.sites[0].approximate],
      [lat, lon, undefined],
      text,
    );
  }
});

test("suggestSites() places a town far from its region's centre, but nearer it than any other, inside it", () => {
  for (const [text, lat, lon] of [
    ['Google plans a data center in Megion, Khanty-Mansi Autonomous Okrug.', 61.03, 76.11],
    ['Google plans a data center in Tara, Omsk Oblast.', 56.89, 74.37],
  ]) {
    const { part } = suggestSites(text, 'en');
    assert.deepEqual(
      part.sites.map((s) => [s.lat, s.lon, s.approximate]),
      [[lat, lon, undefined]],
      text,
    );
  }
});

test('suggestSites() takes no region of another country for the qualifier of a town', () => {
  // Toledo is a district of Belize and a Spanish province the table lacks.
  const { part } = suggestSites(
    'Google plans a data center in Talavera de la Reina, Toledo.',
    'en',
  );
  assert.equal(part.region, 'ES');
  assert.deepEqual(
    [part.sites[0].name, part.sites[0].lat, part.sites[0].lon],
    ['Talavera de la Reina', 39.96, -4.83],
  );
});

test('suggestSites() keeps a list of cities and regions a list', () => {
  for (const [text, locale, names] of [
    [
      'Data centres in Chicago, New York and Atlanta are planned.',
      'en',
      ['Chicago', 'New York', 'Atlanta'],
    ],
    [
      'The company plans data centres in Mumbai, Delhi and Chennai.',
      'en',
      ['Mumbai', 'Delhi', 'Chennai'],
    ],
    ['SoftBank plans data centres in Tokyo, Osaka and Nagoya.', 'en', ['Tokyo', 'Osaka', 'Nagoya']],
    ['ソフトバンクは東京・大阪にデータセンターを計画している。', 'ja', ['東京', '大阪']],
  ]) {
    const { part } = suggestSites(text, locale);
    assert.deepEqual(
      part.sites.map((s) => s.name),
      names,
      text,
    );
    assert.ok(
      part.sites.every((s) => !s.approximate),
      text,
    );
  }
});

// The table's regions and towns, by country. The towns a property may name are towns of their own
// (no region or country of that name, under 100,000 people when the name stands alone), since a
// large city before a region is read as a list ("Mumbai, Delhi"); written as a text writes a town,
// in capitalised words (GeoNames also has "Stansbury park", "Geelong city centre") without an
// apostrophe (the "D'" of "D'Iberville" reads as a French elision) and not one of the words the
// mention finder never takes for a place ("Pacific", "Mobile"); and regions of at most six words,
// the longest name the mention finder reads.
const WRITTEN = /^\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*)*$/u;
const tables = new Map();
function table(country) {
  if (!tables.has(country)) tables.set(country, readTable(country));
  return tables.get(country);
}

function readTable(country) {
  const regions = [];
  const towns = [];
  let cc = '';
  for (const line of gazetteerTable.split('\n')) {
    if (line.startsWith('#')) cc = line.slice(1);
    if (cc !== country || line.startsWith('#')) continue;
    const [kind, region, population, lon, lat, names] = line.split('\t');
    const [name, ...keys] = names.split('|');
    const entry = {
      name,
      keys,
      region,
      population: Number(population),
      lat: Number(lat),
      lon: Number(lon),
    };
    if (kind === 'r') regions.push(entry);
    if (kind === 'c') towns.push(entry);
  }
  const own = (name) =>
    placesNamed(name).every((p) => p.kind === 'city') &&
    (resolvePlace(name)?.population ?? 0) < 100000;
  return {
    regions: regions.filter((r) => r.name.split(' ').length <= 6),
    towns: towns.filter((t) => {
      const word = t.name.toLowerCase();
      return own(t.name) && WRITTEN.test(t.name) && !NEVER.has(word) && !COMMON.has(word);
    }),
  };
}

/** The region's own place: what `isWithin` takes. */
const regionPlace = (country, code) =>
  placesNamed(table(country).regions.find((r) => r.region === code).name).find(
    (p) => p.kind === 'region' && p.country === country && p.region === code,
  );

/**
 * Every site of the result lies in `region`: a town of the table inside it, or the region itself
 * (approximate) under the town's name. Several towns of the name inside it: no site, a question.
 */
function assertInside(text, { part, notes }, region, town) {
  if (!part) {
    const asked = notes.find((n) => n.question && n.quote.startsWith(town));
    assert.ok(asked && /could be/.test(asked.question), `no site and no question: ${text}`);
    return;
  }
  for (const site of part.sites) {
    const at = (p) => p.lat === site.lat && p.lon === site.lon;
    const inside =
      (at(region) && site.approximate === true) ||
      placesNamed(site.name).some((p) => at(p) && isWithin(p, region));
    assert.ok(inside, `${JSON.stringify(site)} is outside ${region.name}: ${text}`);
    assert.equal(site.name, town, text);
  }
}

const subjects = ['Meta plans', 'Google is building', 'Amazon bought', 'The company operates'];
const verbes = ['Meta prévoit', 'Google construit', 'Amazon exploite déjà', 'Le groupe a acheté'];
const elsewhere = (towns, region) => towns.filter((t) => t.region !== region.region);

for (const [country, label] of [
  ['US', 'US state'],
  ['AU', 'Australian state'],
  ['CA', 'Canadian province'],
  ['IN', 'Indian state'],
  ['JP', 'Japanese prefecture'],
]) {
  const { regions, towns } = table(country);
  test(`property: "<town>, <${label}>" never yields a site outside it (English)`, () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...regions),
        fc.nat(),
        fc.constantFrom(...subjects),
        (r, n, who) => {
          const region = regionPlace(country, r.region);
          const others = elsewhere(towns, r);
          const town = others[n % others.length];
          const name = r.name.replace(/ Prefecture$/, '');
          const text = `${who} a data center in ${town.name}, ${name}.`;
          assertInside(text, suggestSites(text, 'en'), region, town.name);
        },
      ),
      { numRuns: 300, includeErrorInReport: true },
    );
  });
  test(`property: "à <town>, dans l'État / en <${label}>" never yields a site outside it (French)`, () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...regions),
        fc.nat(),
        fc.constantFrom(...verbes),
        fc.constantFrom(', ', ', en ', ', dans le ', ' (', ', près de '),
        (r, n, who, link) => {
          const region = regionPlace(country, r.region);
          const others = elsewhere(towns, r);
          const town = others[n % others.length];
          const name = r.name.replace(/ Prefecture$/, '');
          const prep = /^[AEIOU]/.test(name) && link.includes('le') ? ", dans l'" : link;
          const text = `${who} un centre de données à ${town.name}${prep}${name}${link === ' (' ? ')' : ''}.`;
          assertInside(text, suggestSites(text, 'fr'), region, town.name);
        },
      ),
      { numRuns: 300, includeErrorInReport: true },
    );
  });
}

test('property: "<prefecture><municipality>" in kanji never yields a site outside the prefecture', () => {
  const { regions, towns } = table('JP');
  const kanji = (keys, suffix) => keys.find((k) => suffix.test(k));
  const prefectures = regions.filter((r) => kanji(r.keys, /^\p{Script=Han}+[都道府県]$/u));
  const municipalities = towns.filter((t) => kanji(t.keys, /^\p{Script=Han}+[市町村]$/u));
  fc.assert(
    fc.property(fc.constantFrom(...prefectures), fc.nat(), (r, n) => {
      const region = regionPlace('JP', r.region);
      const others = elsewhere(municipalities, r);
      const town = others[n % others.length];
      const name = kanji(town.keys, /^\p{Script=Han}+[市町村]$/u);
      const text = `同社は${kanji(r.keys, /[都道府県]$/u)}${name}にデータセンターを建設する計画だ。`;
      assertInside(text, suggestSites(text, 'ja'), region, name);
    }),
    { numRuns: 300, includeErrorInReport: true },
  );
});
