// suggestSites() (src/suggest/places.ts): sites from sentences in English, French and Japanese,
// their status words, the notes that quote them, and properties over generated sentences. The
// TypeScript is bundled with esbuild, with the table `npm run build` generates.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { build } from 'esbuild';
import fc from 'fast-check';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outfile = join(mkdtempSync(join(tmpdir(), 'lede-places-')), 'places.mjs');
await build({
  entryPoints: [join(root, 'src/suggest/places.ts')],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  outfile,
  logLevel: 'warning',
});
const { suggestSites } = await import(pathToFileURL(outfile).href);

const schema = JSON.parse(readFileSync(join(root, 'schema/article.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true }).compile(schema);

/**
 * The part is valid against the article schema; every note quotes the text at its offsets and
 * points at a field the part has.
 */
function assertNotes(text, { part, notes }) {
  if (part) assert.ok(validate({ sites: part }), JSON.stringify(validate.errors));
  for (const n of notes) {
    assert.equal(n.part, 'sites');
    assert.equal(n.quote, text.slice(n.start, n.end), JSON.stringify(n));
    const site = /^\/sites\/(\d+)\/(\w+)$/.exec(n.field);
    if (site) assert.ok(part.sites[Number(site[1])]?.[site[2]] !== undefined, n.field);
    else assert.ok(n.field === '/region' || (n.field === '/sites' && n.question), n.field);
  }
  // Every field of every site has the words it came from.
  part?.sites.forEach((site, i) => {
    for (const field of Object.keys(site))
      assert.ok(
        notes.some((n) => n.field === `/sites/${i}/${field}` && !n.question),
        `no note for /sites/${i}/${field}`,
      );
  });
}

const sites = (text, locale) => {
  const result = suggestSites(text, locale);
  assertNotes(text, result);
  return result;
};
const brief = (part) => part?.sites.map((s) => [s.name, s.status, s.approximate ?? false]);

test('suggestSites() reads the sites and statuses of an English story', () => {
  const text =
    'SoftBank already operates a data center in Tokyo. It plans an AI data center at the ' +
    'former Sharp plant in Sakai, Osaka, and another is under construction in Tomakomai.';
  const { part, notes } = sites(text, 'en');
  assert.equal(part.region, 'JP');
  assert.deepEqual(brief(part), [
    ['Tokyo', 'operating', false],
    ['Sakai', 'planned', false],
    ['Tomakomai', 'construction', false],
  ]);
  const status = notes.find((n) => n.field === '/sites/2/status');
  assert.equal(status.quote, 'under construction');
  assert.equal(notes.find((n) => n.field === '/sites/1/lat').quote, 'Sakai, Osaka');
});

test('suggestSites() reads the Sakai story: Tokyo operating, Hokkaido being built, Sakai planned', () => {
  const text = [
    "SoftBank rachète l'usine Sharp de Sakai",
    '',
    "SoftBank a confirmé vendredi l'achat de l'usine de panneaux LCD de Sharp à Sakai, près " +
      "d'Osaka, pour en faire un centre de données d'intelligence artificielle.",
    "L'installation de Sakai sera le troisième centre de données du groupe. Il exploite déjà un " +
      'centre de données à Tokyo et un autre est construit à Hokkaido.',
  ].join('\n');
  const { part } = sites(text, 'fr');
  assert.equal(part.region, 'JP');
  assert.equal(part.highlight, 'Sakai');
  assert.deepEqual(brief(part), [
    ['Sakai', 'planned', false],
    ['Tokyo', 'operating', false],
    ['Hokkaido', 'construction', true],
  ]);
});

test('suggestSites() reads French status words', () => {
  const text =
    'Le groupe exploite déjà un centre de données à Marseille et un autre est construit à Lyon. Une usine est prévue à Lille.';
  assert.deepEqual(brief(sites(text, 'fr').part), [
    ['Marseille', 'operating', false],
    ['Lyon', 'construction', false],
    ['Lille', 'planned', false],
  ]);
});

test('suggestSites() reads Japanese place names and status words', () => {
  const text =
    'ソフトバンクは大阪府堺市の工場をデータセンターに転換する計画だ。北海道苫小牧市ではデータセンターを建設中で、東京では稼働中のデータセンターがある。';
  const { part, notes } = sites(text, 'ja');
  assert.equal(part.region, 'JP');
  assert.deepEqual(brief(part), [
    ['堺市', 'planned', false],
    ['苫小牧市', 'construction', false],
    ['東京', 'operating', false],
  ]);
  assert.equal(notes.find((n) => n.field === '/sites/0/lat').quote, '大阪府堺市');
});

test('suggestSites() takes the status words nearest the place', () => {
  const text = 'Google plans to double the data centre it already operates in Hamina.';
  const { part, notes } = sites(text, 'en');
  assert.deepEqual(brief(part), [['Hamina', 'operating', false]]);
  assert.equal(notes.find((n) => n.field === '/sites/0/status').quote, 'operates');
});

test('suggestSites() gives no status the text does not state', () => {
  const { part } = sites('Microsoft has a data centre in Sydney.', 'en');
  assert.deepEqual(brief(part), [['Sydney', undefined, false]]);
});

test('suggestSites() puts a town the table lacks at its state, approximate, never at another Salem', () => {
  const text = 'Talen operates a data center campus in Salem Township, Pennsylvania.';
  const { part } = sites(text, 'en');
  assert.equal(part.region, 'US');
  assert.deepEqual(brief(part), [['Salem Township', 'operating', true]]);
  assert.ok(Math.abs(part.sites[0].lat - 41.2) < 0.5, 'at the centre of Pennsylvania');
});

test('suggestSites() names a site by its town rather than by its region', () => {
  const text =
    'Amazon buys a data center campus in Pennsylvania.\n\nThe campus sits in Salem Township, Pennsylvania.';
  const { part, notes } = sites(text, 'en');
  assert.deepEqual(brief(part), [['Salem Township', undefined, true]]);
  assert.equal(notes.find((n) => n.field === '/sites/0/lat').quote, 'Salem Township, Pennsylvania');
});

test('suggestSites() tells Paris, Texas from Paris and Portland, Maine from Portland, Oregon', () => {
  const texas = sites('A data center is planned in Paris, Texas.', 'en').part;
  assert.equal(texas.region, 'US');
  assert.ok(Math.abs(texas.sites[0].lon + 95.56) < 0.1);
  const maine = sites('The company operates a data center in Portland, Maine.', 'en').part;
  assert.ok(Math.abs(maine.sites[0].lat - 43.66) < 0.1);
});

test('suggestSites() reads US states written in AP style or as postal codes', () => {
  const text = 'Oracle operates a campus in Abilene, TX, and another in Quincy, Wash.';
  const { part, notes } = sites(text, 'en');
  assert.deepEqual(
    part.sites.map((s) => [s.name, s.lat, s.lon]),
    [
      ['Abilene', 32.45, -99.73],
      ['Quincy', 47.23, -119.85],
    ],
  );
  assert.equal(notes.find((n) => n.field === '/sites/1/lat').quote, 'Quincy, Wash.');
});

test('suggestSites() leaves out a seat, a birthplace and a capital in a quote', () => {
  const text =
    'The Tokyo-based company, headquartered in Osaka, plans a data centre. ' +
    'Its chief, born in Kyoto, said: "Nagoya will never host a data centre."';
  assert.deepEqual(sites(text, 'en'), { notes: [] });
});

test('suggestSites() asks about a site in another country', () => {
  const text =
    'SoftBank operates data centres in Tokyo and Osaka, and plans another data centre in Paris.';
  const { part, notes } = sites(text, 'en');
  assert.equal(part.region, 'JP');
  assert.deepEqual(
    part.sites.map((s) => s.name),
    ['Tokyo', 'Osaka'],
  );
  assert.ok(notes.some((n) => n.quote === 'Paris' && n.question));
});

// Sentences built from parts: a facility, a status phrase, a town and its state.
const towns = [
  ['Abilene', 'Texas', 32.45, -99.73],
  ['Quincy', 'Washington', 47.23, -119.85],
  ['New Albany', 'Ohio', 40.08, -82.81],
  ['Portland', 'Oregon', 45.52, -122.68],
  ['Salem', 'Oregon', 44.94, -123.04],
  ['Salem', 'Massachusetts', 42.52, -70.9],
  ['Council Bluffs', 'Iowa', 41.26, -95.86],
];
const phrases = [
  ['operating', 'already operates'],
  ['construction', 'is building'],
  ['planned', 'plans'],
  [undefined, 'bought'],
];
const facilities = ['a data center', 'a campus', 'an AI factory', 'a server farm'];

test('property: a facility in "Town, State" is one site there, with the status the sentence gives', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...towns),
      fc.constantFrom(...phrases),
      fc.constantFrom(...facilities),
      fc.constantFrom('Meta', 'The company', 'Google'),
      ([town, state, lat, lon], [status, phrase], facility, who) => {
        const text = `${who} ${phrase} ${facility} in ${town}, ${state}.`;
        const { part } = sites(text, 'en');
        assert.equal(part?.sites.length, 1, text);
        const [site] = part.sites;
        assert.equal(site.name, town);
        assert.equal(site.status, status, text);
        assert.ok(Math.abs(site.lat - lat) < 0.1 && Math.abs(site.lon - lon) < 0.1, text);
      },
    ),
    { numRuns: 200 },
  );
});

const fillers = ['The', 'company', 'said', 'profits', 'rose', 'in', 'the', 'quarter', 'and'];
test('property: no facility, no site', () => {
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom(...fillers, 'Tokyo', 'Paris', 'Osaka', 'Texas'), {
        minLength: 1,
        maxLength: 30,
      }),
      (words) => {
        const text = `${words.join(' ')}.`;
        assert.equal(sites(text, 'en').part, undefined, text);
      },
    ),
    { numRuns: 200 },
  );
});

const pool = [
  'SoftBank already operates a data center in Tokyo.',
  'Another data centre is under construction in Tomakomai, Hokkaido.',
  'The Tokyo-based group plans a plant in Sakai, Osaka.',
  'Meta will build a campus in Richland Parish, Louisiana.',
  'Profits rose in Paris and London.',
  'The company, headquartered in Seattle, bought a site near Quincy, Washington.',
  'Le groupe exploite déjà un centre de données à Marseille.',
  'Une usine est prévue à Cambrai, dans le Nord, au nord de Paris.',
  'ソフトバンクは大阪府堺市でデータセンターの建設を計画している。',
  '東京と大阪にある同社のデータセンターに投資する。',
  'The deal was announced in March in Washington.',
  '"Nagoya will never host a data centre," he said.',
];

test('property: any mix of sentences gives a valid part, quoted notes, one site per name', () => {
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 8 }),
      fc.constantFrom('en', 'fr', 'ja'),
      (chosen, locale) => {
        const text = chosen.join(chosen.length % 2 ? ' ' : '\n\n');
        const { part } = sites(text, locale);
        if (!part) return;
        assert.equal(new Set(part.sites.map((s) => s.name)).size, part.sites.length, text);
        if (part.highlight) assert.ok(part.sites.some((s) => s.name === part.highlight));
      },
    ),
    { numRuns: 300 },
  );
});
