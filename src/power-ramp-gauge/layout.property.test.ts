// gaugeLayout() over random ramps, labels, widths and fonts (a fake typeset k em per character,
// with or without letter-spacing).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseGauge } from './model.js';
import { describeGauge } from './describe.js';
import { gaugeLayout } from './layout.js';
import { FONT, LINE } from './labels.js';
import type { Typeset } from '../core/layout/text.js';
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
  // CSS letter-spacing, in pixels after each character whatever the font size.
  spacing: fc.oneof(fc.constant(0), fc.double({ min: -0.5, max: 1, noNaN: true })),
});

type Input = typeof input extends fc.Arbitrary<infer T> ? T : never;

function layoutOf({ stages, atLeast, current, width, locale, k, spacing }: Input) {
  const last = stages.length - 1;
  const model = parseGauge({
    stages: stages.map((s, i) => (i === last ? { ...s, atLeast } : s)),
    current: Math.min(current, last),
  }).model!;
  const texts = describeGauge(model, locale);
  const font = fakeTypeset(k);
  const typeset: Typeset = {
    width: (text, size, bold) => font.width(text, size, bold) + spacing * [...text].length,
  };
  const size = { width, height: Math.round(Math.min((width * 2) / 3, 360)) };
  return { layout: gaugeLayout(model, texts, size, 1, typeset), size, typeset, model, texts };
}

type Layout = ReturnType<typeof layoutOf>['layout'];

/** How far a label's box lies outside the ring's outer edge (negative: it reaches into the ring). */
function ringClearance(layout: Layout, box: Layout['labels'][number]['box']): number {
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  const x = clamp(layout.cx, box.left, box.right) - layout.cx;
  const y = clamp(layout.cy, box.top, box.bottom) - layout.cy;
  return Math.hypot(x, y) - layout.radius;
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
          // Clear of the ring and of the ticks that cross it (3 px past its edge).
          expect(ringClearance(layout, box), `${figure} on the ring`).to.be.at.least(3);
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

  it('keeps the centre figure whole and inside the ring, from a 280 px phone up', () => {
    let smallest = Infinity;
    let split = 0;
    fc.assert(
      fc.property(input, fc.integer({ min: 280, max: 400 }), (args, narrow) => {
        for (const width of [narrow, args.width]) {
          const { layout, typeset, model, texts } = layoutOf({ ...args, width });
          const { center, cy } = layout;
          const figure = texts.stages[model.current!]!.figure;
          const lines = center.figureLines;
          // Every character of the figure, in order; a break only where a space was.
          expect(lines.join(' ').replace(/\s/g, ' ')).to.equal(figure.replace(/\s/g, ' '));
          const half = Math.max(...lines.map((l) => typeset.width(l, center.size, true))) / 2;
          // The bold block: an ascent of 0.75 em, lines 1.1 em apart, a descent of 0.25 em.
          const top = center.y - 0.75 * center.size - cy;
          const bottom = center.y + (1.1 * (lines.length - 1) + 0.25) * center.size - cy;
          const inner = layout.radius - Math.min(30, Math.max(8, layout.radius * 0.2));
          for (const y of [top, bottom]) {
            const where = `${lines.join(' / ')} at ${center.size} px, ${width} px wide`;
            expect(Math.hypot(half, y), where).to.be.at.most(inner);
          }
          // Readable, and no number cut short in the label below ("20…" for 2032).
          expect(center.size, figure).to.be.at.least(14);
          for (const line of center.lines) expect(line).not.to.match(/\d…$/);
          for (const label of layout.labels) {
            expect(ringClearance(layout, label.box), `${label.figure} on the ring`).to.be.at.least(
              3,
            );
          }
          smallest = Math.min(smallest, center.size);
          if (lines.length > 1) split++;
        }
      }),
      { numRuns: 400 },
    );
    // Narrow gauges were drawn: figures shrank below their usual 20 px, and some went on two lines.
    expect(smallest).to.be.below(20);
    expect(split).to.be.greaterThan(0);
  });
});
