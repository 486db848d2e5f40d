// The published JSON Schema and the widgets' own parsing agree: the Sakai example is valid for
// both, and each broken document is rejected by both at the same JSON path.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { parseGauge } from '../../dist/power-ramp-gauge/model.js';
import { parseSiteMap } from '../../dist/site-map/model.js';
import { parseDeal } from '../../dist/deal-value-card/model.js';

const schema = JSON.parse(readFileSync('dist/schema/article.schema.json', 'utf8'));
const sakai = JSON.parse(readFileSync('dist/schema/sakai.json', 'utf8'));
const validate = new Ajv2020({ allErrors: true }).compile(schema);

const parsers = { ramp: parseGauge, sites: parseSiteMap, deal: parseDeal };

/** JSON Pointers of the issues the widgets report for each part of an article document. */
function runtimePaths(document) {
  const paths = [];
  for (const [part, parse] of Object.entries(parsers)) {
    if (!(part in document)) continue;
    for (const found of parse(document[part]).issues) {
      const keys = found.attribute.split(/[.[\]]+/).filter(Boolean);
      keys[0] = keys[0].replace(/-([a-z])/g, (_, c) => c.toUpperCase());
      paths.push(`/${part}/${keys.join('/')}`);
    }
  }
  return paths;
}

const clone = () => structuredClone(sakai);

test('schema and widgets both accept current "none" or an index, and a date to the month', () => {
  const document = clone();
  for (const current of ['none', 0, 1]) {
    document.ramp.current = current;
    document.ramp.displayUnit = 'auto';
    document.deal.date = '2025-03';
    assert.equal(validate(document), true, JSON.stringify(validate.errors));
    assert.deepEqual(runtimePaths(document), []);
  }
});

test('the Sakai article is valid for the schema and for the widgets', () => {
  assert.equal(validate(sakai), true, JSON.stringify(validate.errors));
  assert.deepEqual(runtimePaths(sakai), []);
  assert.deepEqual(schema.examples, [sakai]);
});

const broken = {
  'a negative stage value': [(d) => (d.ramp.stages[1].value = -5), '/ramp/stages/1/value'],
  'a stage without a value': [(d) => delete d.ramp.stages[0].value, '/ramp/stages/0/value'],
  'no stages at all': [(d) => (d.ramp.stages = []), '/ramp/stages'],
  'an unknown power unit': [(d) => (d.ramp.unit = 'MWh'), '/ramp/unit'],
  'a display unit that is no unit': [(d) => (d.ramp.displayUnit = 'hp'), '/ramp/displayUnit'],
  'a current that is no stage': [(d) => (d.ramp.current = 'yes'), '/ramp/current'],
  'a current past the last stage': [(d) => (d.ramp.current = -1), '/ramp/current'],
  'a latitude off the globe': [(d) => (d.sites.sites[2].lat = 134.58), '/sites/sites/2/lat'],
  'a longitude that is text': [(d) => (d.sites.sites[0].lon = 'east'), '/sites/sites/0/lon'],
  'a site without a name': [(d) => delete d.sites.sites[1].name, '/sites/sites/1/name'],
  'a region that is no code': [(d) => (d.sites.region = 'Japan'), '/sites/region'],
  'an unknown projection': [(d) => (d.sites.projection = 'globe'), '/sites/projection'],
  'a currency that is no code': [(d) => (d.deal.currency = '¥'), '/deal/currency'],
  'a negative amount': [(d) => (d.deal.amount = -1), '/deal/amount'],
  'a date in another format': [(d) => (d.deal.date = '14/03/2025'), '/deal/date'],
  'a comparison without an amount': [(d) => delete d.deal.compare[0].amount, '/deal/compare/0'],
  'a precision of 9 digits': [(d) => (d.deal.precision = 9), '/deal/precision'],
};

for (const [what, [breakIt, path]] of Object.entries(broken)) {
  test(`schema and widgets both reject ${what}, at ${path}`, () => {
    const document = clone();
    breakIt(document);
    assert.equal(validate(document), false, 'the schema accepted it');
    const schemaPaths = validate.errors.map((e) =>
      e.keyword === 'required' ? `${e.instancePath}/${e.params.missingProperty}` : e.instancePath,
    );
    assert.ok(
      schemaPaths.some((p) => p === path || p.startsWith(`${path}/`)),
      `schema errors at ${schemaPaths.join(', ')}`,
    );
    const widgetPaths = runtimePaths(document);
    assert.ok(
      widgetPaths.some((p) => p === path || p.startsWith(`${path}/`)),
      `widget issues at ${widgetPaths.join(', ')}`,
    );
  });
}
