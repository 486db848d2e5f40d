// Property-based tests of every parser: random and hostile input in, never a throw, always a value
// or issues that name their attribute and carry the offending value, and Object.prototype untouched.
// Seeded, so a failure reproduces: fast-check prints the seed and path of the smallest failing case.
// Imports the npm build, so run `npm run build` first (npm test does).
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseEnum, parseNumber, parseText } from '../../dist/core/data/parse.js';
import { InvalidJson, parseJsonValue, readJson } from '../../dist/core/data/json.js';
import { parseChildData } from '../../dist/core/element/child-data.js';
import { parseSrc, selectPart } from '../../dist/core/data/source.js';
import { resolveLocale } from '../../dist/core/format/locale.js';
import { parseRegion } from '../../dist/geo/resolve.js';
import { parseGauge } from '../../dist/power-ramp-gauge/model.js';
import { parseStages } from '../../dist/power-ramp-gauge/stages.js';
import { parseSiteMap } from '../../dist/site-map/model.js';
import { parseSites } from '../../dist/site-map/sites.js';
import { parseDate, parseDeal } from '../../dist/deal-value-card/model.js';

const SEED = 20260607;
const RUNS = 3000;
const settings = { seed: SEED, numRuns: RUNS };

// ---------------------------------------------------------------------------------------------
// Inputs

const EDGE_NUMBERS = [0, -0, 1, -1, 1e308, -1e308, 1.7976931348623157e308, 5e-324, -5e-324];
const edgeNumber = fc.constantFrom(...EDGE_NUMBERS, NaN, Infinity, -Infinity, 2 ** 53, 0.1 + 0.2);
const edgeText = fc.constantFrom(
  '',
  ' ',
  '\u00a0',
  'NaN',
  'Infinity',
  '-Infinity',
  '0x10',
  '1e309',
  '5e-324',
  '-0',
  '1_000',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '\u202e',
  'ß',
  'ﬁ',
  'İ',
);

/** Objects whose own keys are the names that pollute prototypes when merged carelessly. */
const HOSTILE_JSON = [
  '{"__proto__":{"polluted":true}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  '{"prototype":{"polluted":true},"__proto__":[]}',
  '[{"__proto__":{"polluted":true},"value":1,"label":"x","name":"x","lat":0,"lon":0,"amount":1}]',
  '[{"constructor":{"prototype":{"polluted":true}},"value":"1"}]',
];
const hostileObject = fc.constantFrom(...HOSTILE_JSON).map((text) => JSON.parse(text));

const scalar = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.double(),
  fc.integer(),
  edgeNumber,
  edgeText,
  fc.boolean(),
  fc.constantFrom(null, undefined),
  // Numbers as text, as attributes give them.
  fc.oneof(fc.double(), edgeNumber).map(String),
);

/** Anything a property may be set to from script, including hostile keys and odd objects. */
const anyValue = fc.oneof(
  { weight: 4, arbitrary: scalar },
  { weight: 2, arbitrary: fc.jsonValue() },
  { weight: 1, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: hostileObject },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_JSON) },
  {
    weight: 1,
    arbitrary: fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withSparseArray: true,
      withTypedArray: true,
      key: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'prototype')),
    }),
  },
);

/** A field value of one JSON item: mostly plausible, sometimes anything. */
const fieldOf = (plausible) =>
  fc.oneof({ weight: 3, arbitrary: plausible }, { weight: 1, arbitrary: anyValue });

const stage = fc.record(
  {
    value: fieldOf(fc.oneof(fc.double({ min: 0, max: 1e4 }), edgeNumber)),
    label: fieldOf(fc.string()),
    atLeast: fieldOf(fc.boolean()),
  },
  { requiredKeys: [] },
);
const site = fc.record(
  {
    name: fieldOf(fc.string()),
    lat: fieldOf(fc.oneof(fc.double({ min: -90, max: 90 }), edgeNumber)),
    lon: fieldOf(fc.oneof(fc.double({ min: -180, max: 180 }), edgeNumber)),
    status: fieldOf(fc.constantFrom('operating', 'construction', 'planned', 'other', '')),
    approximate: fieldOf(fc.boolean()),
    note: fieldOf(fc.string()),
  },
  { requiredKeys: [] },
);
const comparison = fc.record(
  {
    label: fieldOf(fc.string()),
    amount: fieldOf(fc.oneof(fc.double({ min: 0 }), edgeNumber)),
    currency: fieldOf(fc.constantFrom('USD', 'JPY', 'EUR', 'usd', 'XXX', 'US')),
  },
  { requiredKeys: [] },
);

/** A list as a property (array), as attribute text (JSON), or something else entirely. */
const listOf = (item) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.array(fieldOf(item), { maxLength: 8 }) },
    { weight: 2, arbitrary: fc.array(fieldOf(item), { maxLength: 8 }).map(safeStringify) },
    { weight: 1, arbitrary: anyValue },
    { weight: 1, arbitrary: fc.string().map((s) => `[${s}`) },
  );

function safeStringify(value) {
  try {
    return JSON.stringify(value) ?? 'null';
  } catch {
    return 'null';
  }
}

// ---------------------------------------------------------------------------------------------
// Checks

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

function assertPrototypeUntouched() {
  assert.equal({}.polluted, undefined, 'Object.prototype gained "polluted"');
  assert.deepEqual(Object.getOwnPropertyNames(Object.prototype).sort(), PROTOTYPE_KEYS);
  assert.equal(Object.getPrototypeOf({}), Object.prototype);
}

/**
 * Each issue names an attribute `attribute` accepts (a string or a pattern), carries a value (own
 * property, possibly undefined), says what is wrong and how bad it is.
 */
function assertIssues(issues, attribute) {
  assert.ok(Array.isArray(issues), 'issues is an array');
  for (const i of issues) {
    assert.equal(typeof i.attribute, 'string');
    assert.ok(i.attribute.length > 0, 'issue names an attribute');
    if (typeof attribute === 'string') assert.equal(i.attribute, attribute);
    else assert.match(i.attribute, attribute);
    assert.ok(Object.hasOwn(i, 'value'), `issue for ${i.attribute} carries the value`);
    assert.equal(typeof i.message, 'string');
    assert.ok(i.message.length > 0);
    assert.ok(i.severity === 'error' || i.severity === 'warning');
  }
}

/** A widget model is drawable, or an error issue says why not. */
function assertModelOrError({ model, issues }) {
  if (model === undefined) {
    assert.ok(
      issues.some((i) => i.severity === 'error'),
      'no model and no error issue',
    );
  } else {
    assert.ok(!issues.some((i) => i.severity === 'error'), 'a model despite an error issue');
  }
}

const finite = (n, what) => assert.ok(Number.isFinite(n), `${what} is finite: got ${n}`);

/** Runs `property` with the shared settings and checks the prototype after every case. */
function check(arbitraries, predicate, options = {}) {
  fc.assert(
    fc.property(...arbitraries, (...args) => {
      predicate(...args);
      assertPrototypeUntouched();
    }),
    { ...settings, ...options },
  );
}

const GAUGE_ATTRIBUTES =
  /^(stages|unit|display-unit|max|current)$|^stages\[\d+\](\.(value|label|atLeast))?$/;
const MAP_ATTRIBUTES =
  /^(region|sites|highlight|projection)$|^sites\[\d+\](\.(name|lat|lon|status|note|approximate))?$/;
const DEAL_ATTRIBUTES =
  /^(amount|currency|converted-amount|converted-currency|label|buyer|seller|date|precision|compare)$|^compare\[\d+\](\.(label|amount|currency))?$/;

// Ten thousand levels of nesting, as attribute text: JSON.parse copes, printing it may not.
const DEEP_ARRAYS = '['.repeat(10_000) + ']'.repeat(10_000);
const DEEP_OBJECTS = '[' + '{"value":'.repeat(10_000) + '1' + '}'.repeat(10_000) + ']';

// ---------------------------------------------------------------------------------------------
// Shared parsers

test('parseNumber: a finite number that follows the rules, or one issue naming it', () => {
  const rules = fc.record(
    { min: fc.oneof(fc.integer(), edgeNumber), integer: fc.boolean() },
    { requiredKeys: [] },
  );
  check([anyValue, rules], (raw, r) => {
    const { value, issues } = parseNumber('max', raw, r);
    assertIssues(issues, 'max');
    if (value === undefined) return;
    assert.equal(issues.length, 0);
    finite(value, 'value');
    if (r.integer) assert.ok(Number.isInteger(value));
    if (r.min !== undefined && !Number.isNaN(r.min)) assert.ok(value >= r.min);
  });
});

test('parseNumber: numbers and numeric strings at the edges', () => {
  for (const n of [...EDGE_NUMBERS, NaN, Infinity, -Infinity]) {
    for (const raw of [n, String(n), ` ${n} `]) {
      const { value, issues } = parseNumber('max', raw);
      assertIssues(issues, 'max');
      if (Number.isFinite(n)) assert.ok(Object.is(value, n) || (n === 0 && value === 0), `${raw}`);
      else assert.equal(value, undefined);
    }
  }
  // Overflowing text is not a number: "1e309" would be Infinity.
  assert.equal(parseNumber('max', '1e309').value, undefined);
});

test('parseEnum: one of the allowed values, the fallback with a warning otherwise', () => {
  const allowed = ['W', 'kW', 'MW'];
  check([anyValue], (raw) => {
    const { value, issues } = parseEnum('unit', raw, allowed, 'MW');
    assertIssues(issues, 'unit');
    assert.ok(allowed.includes(value));
    if (issues.length > 0) assert.equal(value, 'MW');
  });
});

test('parseText: trimmed non-empty text, or undefined with at most a warning', () => {
  check([anyValue], (raw) => {
    const { value, issues } = parseText('heading', raw);
    assertIssues(issues, 'heading');
    if (value !== undefined) {
      assert.equal(typeof value, 'string');
      assert.ok(value.length > 0 && value === value.trim());
    }
    assert.ok(issues.every((i) => i.severity === 'warning'));
  });
});

test('readJson and parseJsonValue: parsed data, or an InvalidJson that becomes one issue', () => {
  const text = fc.oneof(
    fc.string(),
    fc.jsonValue().map((v) => JSON.stringify(v)),
    fc.constantFrom(...HOSTILE_JSON, DEEP_ARRAYS, DEEP_OBJECTS, '', 'undefined', '{"a":1,}'),
  );
  check([text], (t) => {
    const raw = readJson(t);
    const { value, issues } = parseJsonValue('stages', raw);
    assertIssues(issues, 'stages');
    if (raw instanceof InvalidJson) {
      assert.equal(value, undefined);
      assert.equal(issues.length, 1);
      assert.equal(issues[0].value, t);
    } else {
      assert.equal(issues.length, 0);
      assert.equal(value, raw);
    }
  });
});

test('parseChildData: an object of fields, or an empty one with a warning', () => {
  const text = fc.oneof(
    fc.string(),
    fc.jsonValue().map((v) => JSON.stringify(v)),
    fc
      .dictionary(fc.constantFrom('heading', 'stages', '__proto__', 'constructor'), fc.jsonValue())
      .map((v) => JSON.stringify(v)),
    fc.constantFrom(...HOSTILE_JSON, DEEP_ARRAYS, DEEP_OBJECTS, '{"__proto__":{"heading":"x"}}'),
    fc.constant(null),
  );
  check([text], (t) => {
    const { value, issues } = parseChildData(t);
    assertIssues(issues, 'script[type="application/json"]');
    assert.equal(typeof value, 'object');
    assert.ok(value !== null && !Array.isArray(value));
    if (issues.length > 0) assert.deepEqual(Object.keys(value), []);
    assert.ok(issues.every((i) => i.severity === 'warning' && i.value === t));
    // A "__proto__" key is an own field, never the object's prototype.
    assert.ok([Object.prototype, null].includes(Object.getPrototypeOf(value)));
    assert.equal(value.heading === undefined || Object.hasOwn(value, 'heading'), true);
  });
});

test('resolveLocale: a canonical tag, with a warning per malformed candidate', () => {
  check([anyValue, anyValue], (a, b) => {
    const { value, issues } = resolveLocale([
      { attribute: 'locale', value: a },
      { attribute: 'lang', value: b },
    ]);
    assertIssues(issues, /^(locale|lang)$/);
    assert.equal(typeof value, 'string');
    assert.deepEqual(Intl.getCanonicalLocales(value), [value]);
  });
});

test('parseRegion: an alpha-3 code, or an error naming region', () => {
  const code = fc.stringMatching(/^[A-Za-z]{2,3}$/);
  check([fc.oneof(code, anyValue)], (raw) => {
    const { value, issues } = parseRegion(raw);
    assertIssues(issues, 'region');
    if (value === undefined) {
      assert.equal(issues.length, 1);
      assert.equal(issues[0].value, raw);
    } else {
      assert.match(value, /^[A-Z]{3}$/);
      // Only ASCII letters name a country: "ﬁ" upper-cases to "FI", "ß" to "SS".
      assert.match(String(raw).trim(), /^[A-Za-z]{2,3}$/);
    }
  });
});

test('parseRegion: letters that upper-case to ASCII are not country codes (regression)', () => {
  for (const raw of ['ﬁ', 'ß', 'ﬀ', 'ǆ']) {
    assert.equal(parseRegion(raw).value, undefined, raw);
  }
});

test('parseSrc and selectPart: an http(s) URL and an object part, or an issue naming src', () => {
  const path = fc.array(fc.oneof(fc.string(), edgeText), { maxLength: 3 });
  const doc = fc.oneof(fc.jsonValue(), hostileObject);
  check([fc.oneof(fc.webUrl({ withFragments: true }), anyValue), doc, path], (raw, d, keys) => {
    const src = parseSrc(raw, 'https://example.org/news/');
    assertIssues(src.issues, 'src');
    if (src.value) assert.match(src.value.url, /^https?:/);
    const part = selectPart(d, {
      text: 'data.json',
      url: 'https://example.org/data.json',
      path: keys,
    });
    assertIssues(part.issues, 'src');
    if (part.value !== undefined) {
      assert.equal(typeof part.value, 'object');
      assert.notEqual(part.value, Object.prototype);
    }
  });
  // Inherited keys are not parts of the document.
  for (const key of ['__proto__', 'constructor', 'toString']) {
    const ref = { text: 'd.json', url: 'https://example.org/d.json', path: [key] };
    assert.equal(selectPart({}, ref).value, undefined, key);
  }
});

// ---------------------------------------------------------------------------------------------
// Widget models

test('parseStages and parseGauge: a drawable ramp in range, or an error', () => {
  const input = fc.record(
    {
      stages: fc.oneof({ weight: 4, arbitrary: listOf(stage) }, { weight: 1, arbitrary: anyValue }),
      unit: fieldOf(fc.constantFrom('W', 'kW', 'MW', 'GW', 'TW', 'mégawatts', 'hp')),
      displayUnit: fieldOf(fc.constantFrom('auto', 'W', 'GW', 'TW', 'gigawatt', 'hp')),
      max: fieldOf(fc.oneof(fc.double({ min: 0 }), edgeNumber)),
      current: fieldOf(fc.oneof(fc.integer({ min: -1, max: 9 }), fc.constantFrom('none', 'yes'))),
    },
    { requiredKeys: [] },
  );
  check([input], (i) => {
    const stages = parseStages(i.stages);
    assertIssues(stages.issues, GAUGE_ATTRIBUTES);
    const result = parseGauge(i);
    assertIssues(result.issues, GAUGE_ATTRIBUTES);
    assertModelOrError(result);
    const m = result.model;
    if (!m) return;
    assert.ok(m.stages.length > 0);
    m.stages.forEach((s, k) => {
      finite(s.value, `stages[${k}].value`);
      assert.ok(s.value >= 0);
      if (k > 0) assert.ok(s.value >= m.stages[k - 1].value);
    });
    finite(m.max, 'max');
    assert.ok(m.max > 0 && m.max >= m.stages.at(-1).value, `max ${m.max} covers the stages`);
    if (m.current !== undefined) {
      assert.ok(Number.isInteger(m.current) && m.current >= 0 && m.current < m.stages.length);
    }
  });
});

test('parseGauge: stages at the edges of the number range keep a finite scale (regression)', () => {
  for (const unit of ['W', 'MW', 'TW']) {
    for (const value of [5e-324, 1e-300, 1e308, 1.7976931348623157e308]) {
      const { model, issues } = parseGauge({ stages: [{ value }], unit });
      assert.deepEqual(issues, [], `${value} ${unit}`);
      finite(model.max, `max for ${value} ${unit}`);
      assert.ok(model.max >= model.stages[0].value, `max for ${value} ${unit}`);
    }
  }
});

test('parseGauge: 200,000 stages parse without overflowing the stack (regression)', () => {
  const stages = Array.from({ length: 200_000 }, (_, i) => ({ value: i }));
  const start = performance.now();
  const { model, issues } = parseGauge({ stages });
  assert.deepEqual(issues, []);
  assert.equal(model.stages.length, 200_000);
  assert.ok(performance.now() - start < 2000, 'parsed in under 2 s');
});

test('parseGauge: 10,000 levels of nesting are an issue, not a crash', () => {
  for (const stages of [DEEP_ARRAYS, DEEP_OBJECTS, JSON.parse(DEEP_ARRAYS)]) {
    const result = parseGauge({ stages });
    assertIssues(result.issues, GAUGE_ATTRIBUTES);
    assertModelOrError(result);
  }
});

test('parseSites and parseSiteMap: sites on the globe with unique names, or an error', () => {
  const input = fc.record(
    {
      region: fieldOf(fc.constantFrom('JP', 'jpn', 'FR', 'XX', 'USA')),
      sites: fc.oneof({ weight: 4, arbitrary: listOf(site) }, { weight: 1, arbitrary: anyValue }),
      highlight: fieldOf(fc.string()),
      projection: fieldOf(fc.constantFrom('auto', 'mercator', 'conic-conformal', 'globe')),
    },
    { requiredKeys: [] },
  );
  check([input], (i) => {
    const sites = parseSites(i.sites);
    assertIssues(sites.issues, MAP_ATTRIBUTES);
    const result = parseSiteMap(i);
    assertIssues(result.issues, MAP_ATTRIBUTES);
    assertModelOrError(result);
    const m = result.model;
    if (!m) return;
    assert.match(m.region, /^[A-Z]{3}$/);
    const names = new Set();
    for (const s of m.sites) {
      finite(s.lat, 'lat');
      finite(s.lon, 'lon');
      assert.ok(Math.abs(s.lat) <= 90 && Math.abs(s.lon) <= 180);
      assert.ok(typeof s.name === 'string' && s.name.length > 0);
      assert.ok(!names.has(s.name), 'unique names');
      names.add(s.name);
    }
  });
});

test('parseSites: 50,000 sites parse in linear time (regression)', () => {
  const sites = Array.from({ length: 50_000 }, (_, i) => ({
    name: `s${i % 40_000}`,
    lat: 1,
    lon: 2,
  }));
  const start = performance.now();
  const { value, issues } = parseSites(sites);
  const ms = performance.now() - start;
  assert.equal(value.length, 40_000);
  assert.equal(issues.length, 10_000);
  assertIssues(issues, MAP_ATTRIBUTES);
  assert.ok(ms < 1000, `parsed in ${Math.round(ms)} ms, under 1 s`);
});

test('parseSiteMap: issues carry the value as given, not as read (regression)', () => {
  const sites = [{ name: 'Tokyo', lat: 35.68, lon: 139.69, status: 7 }];
  const { issues } = parseSiteMap({ region: 'JP', sites, highlight: -3 });
  assert.deepEqual(
    issues.map((i) => [i.attribute, i.value]),
    [
      ['sites[0].status', 7],
      ['highlight', -3],
    ],
  );
});

test('parseDate: a real yyyy, yyyy-mm or yyyy-mm-dd date, or an error naming date', () => {
  const day = fc.date({
    min: new Date('0000-01-01'),
    max: new Date('9999-12-31'),
    noInvalidDate: true,
  });
  const text = fc.oneof(
    day.map((d) => d.toISOString().slice(0, 10)),
    day.map((d) => d.toISOString().slice(0, 7)),
    day.map((d) => d.toISOString().slice(0, 4)),
    fc.stringMatching(/^\d{4}(-\d{2}(-\d{2})?)?$/),
    anyValue,
  );
  check([text], (raw) => {
    const { value, issues } = parseDate(raw);
    assertIssues(issues, 'date');
    if (value === undefined) {
      // Given and not read: an error, never a date left out in silence.
      if (raw !== undefined && raw !== null && raw !== '')
        assert.equal(issues[0].severity, 'error');
      return;
    }
    assert.equal(issues.length, 0);
    const day = `${value}-01-01`.slice(0, 10);
    assert.equal(new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10), day);
  });
});

test('parseDeal: a card with finite figures, or an error', () => {
  const money = fc.oneof(fc.double({ min: 0 }), edgeNumber, fc.double().map(String));
  const code = fc.constantFrom('USD', 'JPY', 'EUR', 'usd', 'XXX', 'US', ' eur ');
  const input = fc.record(
    {
      amount: fieldOf(money),
      currency: fieldOf(code),
      convertedAmount: fieldOf(money),
      convertedCurrency: fieldOf(code),
      label: fieldOf(fc.string()),
      buyer: fieldOf(fc.string()),
      seller: fieldOf(fc.string()),
      date: fieldOf(fc.constantFrom('2025-02-29', '2024-02-29', '2025-13-01')),
      compare: fc.oneof(
        { weight: 4, arbitrary: listOf(comparison) },
        { weight: 1, arbitrary: anyValue },
      ),
      precision: fieldOf(fc.integer({ min: -1, max: 8 })),
    },
    { requiredKeys: [] },
  );
  check([input], (i) => {
    const result = parseDeal(i);
    assertIssues(result.issues, DEAL_ATTRIBUTES);
    assertModelOrError(result);
    const m = result.model;
    if (!m) return;
    finite(m.amount, 'amount');
    if (m.converted) finite(m.converted.amount, 'converted amount');
    for (const c of m.compare) {
      finite(c.amount, `compare ${c.label}`);
      assert.ok(c.amount >= 0);
    }
    assert.ok(Number.isInteger(m.precision) && m.precision >= 1 && m.precision <= 6);
  });
});

test('parseDeal: a conversion at the edges of the number range stays finite (regression)', () => {
  const { model, issues } = parseDeal({
    amount: 1e300,
    currency: 'USD',
    convertedAmount: 1e-10,
    convertedCurrency: 'EUR',
    compare: [{ label: 'Far too much', amount: 1e10, currency: 'EUR' }],
  });
  // Refused, not left out: a comparison that cannot be converted is an error.
  assert.equal(model, undefined);
  assert.deepEqual(
    issues.map((i) => [i.attribute, i.severity]),
    [['compare[0].amount', 'error']],
  );
});

test('parseDeal: 100,000 comparisons and deep nesting are handled', () => {
  const compare = Array.from({ length: 100_000 }, (_, i) => ({ label: `c${i}`, amount: i }));
  const start = performance.now();
  const result = parseDeal({ amount: 1, currency: 'USD', compare });
  assert.equal(result.model.compare.length, 100_000);
  assert.ok(performance.now() - start < 2000);
  for (const deep of [DEEP_ARRAYS, DEEP_OBJECTS]) {
    const r = parseDeal({ amount: 1, currency: 'USD', compare: deep });
    assertIssues(r.issues, DEAL_ATTRIBUTES);
    assertModelOrError(r);
  }
});

test('Object.prototype is untouched after all of the above', () => {
  assertPrototypeUntouched();
});
