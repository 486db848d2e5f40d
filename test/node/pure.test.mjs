// The model, words and layout run in Node without a DOM: what a server render will rely on.
// Imports the npm build, so run `npm run build` first (npm test does).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseGauge } from '../../dist/power-ramp-gauge/model.js';
import { describeGauge } from '../../dist/power-ramp-gauge/describe.js';
import { gaugeLayout } from '../../dist/power-ramp-gauge/layout.js';

const stages = [
  { value: 150, label: '2026' },
  { value: 240, label: 'à terme', atLeast: true },
];

test('the gauge model, texts and layout build in Node', () => {
  assert.equal(typeof globalThis.document, 'undefined');
  const { model, issues } = parseGauge({ stages, unit: 'MW' });
  assert.deepEqual(issues, []);
  const texts = describeGauge(model, 'fr');
  assert.equal(
    texts.summary,
    'Puissance\u00a0: 150\u00a0mégawatts en 2026 (prévus), plus de 240\u00a0mégawatts à terme (prévus)',
  );
  const layout = gaugeLayout(model, texts, { width: 480, height: 320 });
  assert.match(layout.track, /^M[-\d.]+,[-\d.]+A/);
  assert.equal(layout.labels.length, 2);
});

test('the site map model and layout build in Node from the shipped outline', async () => {
  const { parseSiteMap, sitesInRegion } = await import('../../dist/site-map/model.js');
  const { siteMapLayout } = await import('../../dist/site-map/layout.js');
  const { describeMap } = await import('../../dist/site-map/describe.js');
  const { default: japan } = await import('../../dist/countries/JPN.js');
  const { model, issues } = parseSiteMap({
    region: 'JP',
    sites: [
      { name: 'Tokyo', lat: 35.68, lon: 139.69, status: 'operating' },
      { name: 'Sakai', lat: 34.58, lon: 135.45, status: 'planned' },
    ],
  });
  assert.deepEqual(issues, []);
  const inside = sitesInRegion(model, japan);
  const layout = siteMapLayout(japan, inside.sites, { width: 480, height: 360 });
  assert.match(layout.land, /^M[\d.]+,[\d.]+L/);
  assert.equal(layout.markers.length, 2);
  assert.equal(
    describeMap(inside.sites, 'Japan', 'en'),
    'Map of Japan with 2 sites: Tokyo (operating), Sakai (planned)',
  );
});
