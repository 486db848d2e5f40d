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
    'Puissance\u00a0: 150\u00a0mégawatts en 2026, plus de 240\u00a0mégawatts à terme',
  );
  const layout = gaugeLayout(model, texts, { width: 480, height: 320 });
  assert.match(layout.track, /^M[-\d.]+,[-\d.]+A/);
  assert.equal(layout.labels.length, 2);
});
