// Extreme but valid data: 50 stages, and values from 1 W to 10 TW. The gauge must draw, keep its
// labels inside the chart and apart (thinning them when they cannot all fit), and write every figure
// sensibly in each language. Figures this far apart are drawn with display-unit="auto".
import { expect, html } from '@open-wc/testing';
import './define.js';
import { parseGauge } from './model.js';
import { describeGauge } from './describe.js';
import { gaugeLayout, type GaugeLayout } from './layout.js';
import type { Box } from './labels.js';
import { drawn } from '../core/test-helpers/render.js';

const LOCALES = ['en', 'fr', 'ja'];
const SIZES = [
  [375, 250],
  [960, 360],
] as const;

/** 50 stages, evenly from 10 to 500 MW, labelled by year. */
const FIFTY = Array.from({ length: 50 }, (_, i) => ({ value: (i + 1) * 10, label: `${2000 + i}` }));
/** One stage per power of ten from 1 W to 10 TW, given in watts. */
const DECADES = Array.from({ length: 14 }, (_, i) => ({ value: 10 ** i }));

function layoutOf(
  stages: readonly unknown[],
  unit: string,
  locale: string,
  width: number,
  height: number,
) {
  const current = Math.min(3, stages.length - 1);
  const model = parseGauge({ stages, unit, current, displayUnit: 'auto' }).model!;
  const texts = describeGauge(model, locale);
  return { model, texts, layout: gaugeLayout(model, texts, { width, height }) };
}

function expectInside(layout: GaugeLayout, width: number, height: number) {
  for (const { box, figure } of layout.labels) {
    expect(box.left, `${figure} left`).to.be.at.least(0);
    expect(box.right, `${figure} right`).to.be.at.most(width);
    expect(box.top, `${figure} top`).to.be.at.least(0);
    expect(box.bottom, `${figure} bottom`).to.be.at.most(height);
  }
}

const apart = (a: Box, b: Box) =>
  a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;

function expectApart(boxes: Box[]) {
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) expect(apart(a, b), `label ${i} overlaps`).to.equal(true);
  }
}

describe('gauge with extreme data', () => {
  for (const locale of LOCALES) {
    for (const [width, height] of SIZES) {
      it(`thins 50 stage labels so they fit apart at ${width}×${height} (${locale})`, () => {
        const { layout, texts } = layoutOf(FIFTY, 'MW', locale, width, height);
        expectInside(layout, width, height);
        expectApart(layout.labels.map((l) => l.box));
        const figures = layout.labels.map((l) => l.figure);
        // The stage reached, the start and the target always keep their labels.
        expect(figures).to.include.members([
          texts.stages[0]!.figure,
          texts.stages[3]!.figure,
          texts.stages[49]!.figure,
        ]);
        expect(layout.labels.length).to.be.within(3, 49);
        expect(layout.labels.filter((l) => l.current)).to.have.length(1);
        // Drawn in stage order; every stage still in the ticks, the table and the summary.
        const order = figures.map((f) => texts.stages.findIndex((s) => s.figure === f));
        expect(order).to.deep.equal([...order].sort((a, b) => a - b));
        expect(layout.ticks).to.have.length(50);
        expect(texts.rows).to.have.length(50);
        // A ring still worth reading: labels were dropped rather than pushing it to nothing.
        expect(layout.radius).to.be.greaterThan(Math.min(width, height) * 0.25);
      });
    }
  }

  it('writes every power of ten from 1 W to 10 TW in its own unit', () => {
    const { texts } = layoutOf(DECADES, 'W', 'en', 960, 360);
    expect(texts.stages.map((s) => s.figure.replace(/\u00a0/g, ' '))).to.deep.equal([
      '1 W',
      '10 W',
      '100 W',
      '1 kW',
      '10 kW',
      '100 kW',
      '1 MW',
      '10 MW',
      '100 MW',
      '1 GW',
      '10 GW',
      '100 GW',
      '1 TW',
      '10 TW',
    ]);
    expect(texts.max.replace(/\u00a0/g, ' ')).to.equal('12 TW');
    expect(texts.rows[0]).to.deep.equal(['1', '1\u00a0watt', 'reached']);
    const inWatts = parseGauge({ stages: DECADES, unit: 'W' }).model!;
    expect(describeGauge(inWatts, 'fr').rows[1]).to.deep.equal(['2', '10\u00a0watts', 'prévue']);
    expect(describeGauge(inWatts, 'ja').rows[0]).to.deep.equal(['1', '1ワット', '計画']);
    // Without display-unit every figure stays in the author's watts.
    const figures = describeGauge(inWatts, 'en').stages.map((s) => s.figure);
    expect(figures.at(-1)).to.equal('10,000,000,000,000\u00a0W');
    expect(figures.every((f) => f.endsWith('\u00a0W'))).to.equal(true);
  });

  for (const locale of LOCALES) {
    for (const [stages, unit] of [
      [[{ value: 1 }], 'W'],
      [[{ value: 10 }], 'TW'],
      [[{ value: 1e13 }], 'W'],
      [[{ value: 9.99e15 }], 'W'],
      [[{ value: 0.001 }, { value: 10 }], 'TW'],
      [DECADES, 'W'],
    ] as const) {
      it(`formats ${JSON.stringify(stages).slice(0, 40)} ${unit} sensibly in ${locale}`, () => {
        const { texts, layout } = layoutOf(stages, unit, locale, 375, 250);
        const all = [
          ...texts.stages.map((s) => s.figure),
          texts.max,
          texts.summary,
          ...texts.rows.flat(),
        ];
        for (const text of all) {
          expect(text).to.not.match(/e\+|e-\d|NaN|Infinity|undefined/);
          // No figure rounded away to zero: only the scale's start may read 0.
          expect(text).to.not.match(/^(> )?0\s?[kMGT]?W$/);
        }
        expectInside(layout, 375, 250);
        expectApart(layout.labels.map((l) => l.box));
      });
    }
  }

  it('draws 50 stages in the element with its labels apart, at 375 and 960 px', async () => {
    for (const width of [375, 960]) {
      const el = await drawn(
        html`<lede-power-ramp-gauge
          lang="fr"
          unit="MW"
          current="3"
          .stages=${FIFTY}
        ></lede-power-ramp-gauge>`,
        width,
      );
      const svg = el.shadowRoot!.querySelector('svg')!;
      const box = svg.getBoundingClientRect();
      for (const t of svg.querySelectorAll('text')) {
        const r = t.getBoundingClientRect();
        expect(r.left, t.textContent).to.be.at.least(box.left - 1);
        expect(r.right, t.textContent).to.be.at.most(box.right + 1);
      }
      expect(el.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(50);
    }
  });
});
