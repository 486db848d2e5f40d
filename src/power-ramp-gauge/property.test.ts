// Properties of the gauge's figures and reached/planned states, over many random ramps.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseGauge } from './model.js';
import { describeGauge } from './describe.js';
import { gaugeLayout } from './layout.js';
import { figureLines } from './labels.js';
import { formatPower, POWER_UNITS } from '../core/format/power.js';

const SPELLINGS: [string, string][] = [
  ['W', 'W'],
  ['watts', 'W'],
  ['ワット', 'W'],
  ['kw', 'kW'],
  ['Kilowatt', 'kW'],
  ['キロワット', 'kW'],
  ['MW', 'MW'],
  ['Mw', 'MW'],
  ['mégawatts', 'MW'],
  ['megawatt', 'MW'],
  ['メガワット', 'MW'],
  ['gw', 'GW'],
  ['gigawatts', 'GW'],
  ['ギガワット', 'GW'],
  ['TW', 'TW'],
  ['térawatt', 'TW'],
  ['terawatts', 'TW'],
  ['テラワット', 'TW'],
];

const LOCALES = ['en', 'fr', 'ja', 'fr-CA', 'en-IN'];

/** The number in `text` as `locale` writes it, read back with that locale's own separators. */
function readBack(text: string, locale: string): number {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  const group = parts.find((p) => p.type === 'group')!.value;
  const decimal = parts.find((p) => p.type === 'decimal')!.value;
  const plain = text.split(group).join('').split(decimal).join('.');
  const found = /\d+(\.\d+)?/.exec(plain);
  expect(found, `a number in ${JSON.stringify(text)}`).to.not.equal(null);
  return Number(found![0]);
}

/** A printed figure is the author's to the digits shown: within 5% (0.105 prints 0.11). */
function expectSame(printed: number, given: number, what: string) {
  expect(Math.abs(printed - given), what).to.be.at.most(given * 0.05 + 1e-12);
}

const values = fc.oneof(
  fc.double({ min: 0, max: 1e7, noNaN: true }),
  fc.double({ min: 1e-6, max: 0.1, noNaN: true }),
  fc.integer({ min: 0, max: 5000 }),
);
const ramp = fc
  .array(
    fc.record({
      value: values,
      atLeast: fc.boolean(),
      year: fc.option(fc.integer({ min: 2000, max: 2099 })),
    }),
    {
      minLength: 1,
      maxLength: 8,
    },
  )
  .map((stages) =>
    stages
      .sort((a, b) => a.value - b.value)
      .map((s) => ({
        value: s.value,
        atLeast: s.atLeast,
        ...(s.year === null ? {} : { label: String(s.year) }),
      })),
  );

describe('gauge properties', () => {
  it('prints every figure in the author’s unit and value, for any ramp and unit spelling', () => {
    fc.assert(
      fc.property(
        ramp,
        fc.constantFrom(...SPELLINGS),
        fc.constantFrom(...LOCALES),
        (stages, [unit, symbol], locale) => {
          const { model, issues } = parseGauge({ stages, unit });
          expect(issues).to.deep.equal([]);
          const texts = describeGauge(model!, locale);
          const unitAt = new RegExp(`\\d\\u00a0?${symbol}(超)?$`);
          texts.stages.forEach((t, i) => {
            const what = `${t.figure} for ${stages[i]!.value} ${unit}`;
            expect(t.figure, what).to.match(unitAt);
            expectSame(readBack(t.figure, locale), stages[i]!.value, what);
          });
          expect(texts.max).to.match(unitAt);
          const largest = stages[stages.length - 1]!.value;
          expect(readBack(texts.max, locale), texts.max).to.be.at.least(largest * 0.95);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('draws nothing as reached when current is none, for any ramp, width and locale', () => {
    const planned: Record<string, string> = { en: 'planned', fr: 'prévue', ja: '計画' };
    fc.assert(
      fc.property(
        ramp,
        fc.constantFrom(undefined, 'none', 'NONE', ''),
        fc.constantFrom('en', 'fr', 'ja'),
        fc.integer({ min: 200, max: 1200 }),
        (stages, current, locale, width) => {
          const { model } = parseGauge({ stages, current });
          const texts = describeGauge(model!, locale);
          const height = Math.min(360, Math.round(width / 1.5));
          const layout = gaugeLayout(model!, texts, { width, height });
          expect(layout.fill).to.equal('');
          expect(layout.planned).to.have.length(stages.length);
          expect(layout.labels.filter((l) => l.current)).to.deep.equal([]);
          expect(texts.rows.map((r) => r[2])).to.deep.equal(stages.map(() => planned[locale]));
          expect(texts.summary).to.not.match(/reached|atteint|達成/);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('draws the stages up to current as reached and the rest as planned', () => {
    fc.assert(
      fc.property(ramp, fc.nat(), fc.integer({ min: 200, max: 1200 }), (stages, pick, width) => {
        const current = pick % stages.length;
        const { model } = parseGauge({ stages, current });
        const texts = describeGauge(model!, 'en');
        const layout = gaugeLayout(model!, texts, { width, height: 300 });
        expect(layout.fill).to.not.equal('');
        expect(layout.planned).to.have.length(stages.length - current - 1);
        expect(layout.labels.filter((l) => l.current).length).to.be.at.most(1);
        const statuses = texts.rows.map((r) => r[2]);
        expect(statuses).to.deep.equal(
          stages.map((_, i) => (i <= current ? 'reached' : 'planned')),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('breaks a figure only after a worded hedge, keeping every character in order', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        fc.constantFrom(...POWER_UNITS),
        fc.constantFrom('en', 'fr', 'ja'),
        fc.boolean(),
        fc.integer({ min: 0, max: 300 }),
        (value, unit, locale, moreThan, cap) => {
          const figure = formatPower(value, unit, locale, { moreThan });
          const lines = figureLines(figure, cap);
          expect(lines.join('\u00a0')).to.equal(figure);
          if (lines.length === 2) {
            expect(lines[0]).to.equal('plus de');
            expect(lines[1]).to.match(/^\d/);
          }
          if (!moreThan || locale !== 'fr') expect(lines).to.deep.equal([figure]);
        },
      ),
      { numRuns: 500 },
    );
  });
});
