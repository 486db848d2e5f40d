// gaugeLayout() over random ramps, labels, widths and fonts (a fake typeset k em per character).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseGauge } from './model.js';
import { describeGauge } from './describe.js';
import { gaugeLayout } from './layout.js';
import { FONT, LINE } from './labels.js';
import { emWidth, fakeTypeset, label, overlaps } from '../core/test-helpers/fake-typeset.js';

const ramp = fc
  .array(fc.record({ step: fc.double({ min: 0.1, max: 500, noNaN: true }), label }), {
    minLength: 1,
    maxLength: 6,
  })
  .map((stages) => {
    let value = 0;
    return stages.map((s) => ({ value: (value += s.step), label: s.label || undefined }));
  })
  // Stages at least 8% of the scale apart: closer ones on a 320 px gauge in a wide font leave the
  // fit no radius at which the reached stage's and the target's labels both clear their neighbours.
  .filter((stages) => {
    const last = stages[stages.length - 1]!.value;
    return stages.every((s, i) => i === 0 || s.value - stages[i - 1]!.value >= 0.08 * last);
  });

const input = fc.record({
  stages: ramp,
  atLeast: fc.boolean(),
  current: fc.nat(5),
  width: fc.integer({ min: 320, max: 1200 }),
  locale: fc.constantFrom('en', 'fr', 'ja'),
  k: emWidth,
});

type Input = typeof input extends fc.Arbitrary<infer T> ? T : never;

function layoutOf({ stages, atLeast, current, width, locale, k }: Input) {
  const last = stages.length - 1;
  const model = parseGauge({
    stages: stages.map((s, i) => (i === last ? { ...s, atLeast } : s)),
    current: Math.min(current, last),
  }).model!;
  const texts = describeGauge(model, locale);
  const typeset = fakeTypeset(k);
  const size = { width, height: Math.round(Math.min((width * 2) / 3, 360)) };
  return { layout: gaugeLayout(model, texts, size, 1, typeset), size, typeset };
}

describe('gaugeLayout() with measured text', () => {
  it('keeps every stage label inside the box, clear of the others and of the end labels', () => {
    fc.assert(
      fc.property(input, (args) => {
        const { layout, size, typeset } = layoutOf(args);
        const ends = layout.ends.map((e) => {
          const width = typeset.width(e.text, 12);
          const top = e.y - LINE * 0.8;
          return { left: e.x - width / 2, right: e.x + width / 2, top, bottom: top + LINE };
        });
        for (const [i, { box, figure, figureLines, lines }] of layout.labels.entries()) {
          expect(box.left, figure).to.be.at.least(0);
          expect(box.right, figure).to.be.at.most(size.width);
          expect(box.top, figure).to.be.at.least(0);
          expect(box.bottom, figure).to.be.at.most(size.height);
          // The box holds what is drawn in it: every line of the bold figure and of the label.
          const widths = [
            ...figureLines.map((f) => typeset.width(f, FONT, true)),
            ...lines.map((l) => typeset.width(l, FONT)),
          ];
          expect(Math.max(...widths), figure).to.be.at.most(box.right - box.left + 1e-6);
          for (const other of [...layout.labels.slice(i + 1).map((l) => l.box), ...ends]) {
            expect(overlaps(box, other), `${figure} overlaps`).to.equal(false);
          }
        }
        for (const end of ends) {
          expect(end.left, 'end label').to.be.at.least(0);
          expect(end.right, 'end label').to.be.at.most(size.width);
        }
      }),
      { numRuns: 400 },
    );
  });
});
