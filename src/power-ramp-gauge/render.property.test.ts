// Properties of the gauge as drawn, over random ramps, languages and widths: every stage keeps its
// tick on the ring, every stage label its lines in order, whichever template drew it (one figure
// over one line of label has a template of its own; wrapped labels take the general one), and the
// centre figure stays readable inside the ring.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { html } from 'lit';
import './define.js';
import type { LedePowerRampGauge } from './power-ramp-gauge.js';
import { drawn } from '../core/test-helpers/render.js';
import { describeGauge } from './describe.js';
import { parseGauge } from './model.js';

const WORDS = ['2026', 'later', 'phase two', 'à terme', 'first hall opens', '第2期', 'full site'];

const ramps = fc
  .uniqueArray(fc.integer({ min: 1, max: 900 }), { minLength: 1, maxLength: 6 })
  .chain((values) =>
    fc.tuple(
      ...values
        .sort((a, b) => a - b)
        .map((value) =>
          fc.record({
            value: fc.constant(value),
            atLeast: fc.boolean(),
            // Long labels wrap and short ones do not; a stage without a label has only its figure.
            label: fc.option(
              fc
                .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 })
                .map((w) => w.join(' ')),
              { nil: undefined },
            ),
          }),
        ),
    ),
  )
  .map((stages) =>
    stages.map(({ label, ...stage }) => (label === undefined ? stage : { ...stage, label })),
  );

const numbers = (text: string | null): number[] =>
  (text ?? '').match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
const words = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ').trim();
/** Text without its white space, as a line break takes the place of a space. */
const bare = (text: string | null): string => (text ?? '').replace(/\s/g, '');

describe('gauge drawing properties', () => {
  it('draws one radial tick per stage, each label as figure lines then label lines, and the centre figure inside the ring', async function () {
    this.timeout(60_000);
    await fc.assert(
      fc.asyncProperty(
        ramps,
        fc.constantFrom('en', 'fr', 'ja'),
        fc.integer({ min: 280, max: 900 }),
        async (stages, lang, width) => {
          const el = await drawn<LedePowerRampGauge>(
            html`<lede-power-ramp-gauge
              lang=${lang}
              unit="MW"
              no-animation
              loading="eager"
              .stages=${stages}
            ></lede-power-ramp-gauge>`,
            width,
          );
          try {
            const texts = describeGauge(parseGauge({ stages, unit: 'MW' }).model!, lang);
            expectDrawing(
              el,
              texts.stages.map((t) => t.figure),
            );
          } finally {
            el.parentElement!.remove();
          }
        },
      ),
      { numRuns: 60, seed: 20261207 },
    );
  });
});

/** `figures`: each stage's figure as the gauge writes it. */
function expectDrawing(el: LedePowerRampGauge, figures: string[]): void {
  const count = figures.length;
  const svg = el.shadowRoot!.querySelector('svg')!;
  const [cx, cy] = numbers(svg.querySelector('g')!.getAttribute('transform'));

  // Ticks: one subpath per stage, each on a line through the ring's centre, all as long.
  const d = svg.querySelector('path.tick')!.getAttribute('d')!;
  const ticks = d.split('M').filter(Boolean).map(numbers);
  expect(ticks, d).to.have.length(count);
  const lengths = ticks.map(([x1, y1, x2, y2]) => {
    const cross = (x1! - cx!) * (y2! - cy!) - (y1! - cy!) * (x2! - cx!);
    const length = Math.hypot(x2! - x1!, y2! - y1!);
    // The line through a tick passes the centre within rounding: coordinates and centre are
    // rounded to 0.01 px, and the centre lies up to ten tick lengths away.
    expect(Math.abs(cross) / length, `tick ${x1},${y1} → ${x2},${y2} off the radius`).to.be.below(
      0.2,
    );
    return length;
  });
  expect(Math.max(...lengths) - Math.min(...lengths)).to.be.below(0.05);

  // Labels: figure lines first, then label lines, each starting at the label's x; the first
  // line on the label's baseline, each next one 16 px below.
  const labels = [...svg.querySelectorAll('text')].filter((t) => t.querySelector('tspan.figure'));
  expect(labels.length).to.be.at.most(count);
  for (const label of labels) {
    const spans = [...label.querySelectorAll('tspan')];
    const kinds = spans.map((s) => s.getAttribute('class'));
    expect(
      kinds.indexOf('stage-label') === -1 ||
        kinds.lastIndexOf('figure') < kinds.indexOf('stage-label'),
      String(kinds),
    ).to.equal(true);
    expect(new Set(kinds)).to.satisfy((k: Set<string>) =>
      [...k].every((c) => c === 'figure' || c === 'stage-label'),
    );
    // Nothing between the lines: a space there would move an anchored line off its measured place.
    expect(label.textContent).to.equal(spans.map((s) => s.textContent).join(''));
    for (const [i, span] of spans.entries()) {
      expect(span.getAttribute('x')).to.equal(label.getAttribute('x'));
      expect(span.getAttribute('dy')).to.equal(i === 0 ? null : '16');
      expect(words(span.textContent)).to.not.equal('');
      // Each line sits where its anchor puts it: starts, is centred on or ends at the label's x.
      const start = span.getStartPositionOfChar(0).x;
      const end = span.getEndPositionOfChar(span.getNumberOfChars() - 1).x;
      const anchor = label.getAttribute('text-anchor');
      const at = anchor === 'start' ? start : anchor === 'end' ? end : (start + end) / 2;
      expect(at, `${anchor} of ${span.textContent}`).to.be.closeTo(
        Number(label.getAttribute('x')),
        0.5,
      );
    }
    // The figure as drawn is a stage's figure (its lines joined; spaces aside, as a line break
    // takes the place of one).
    const figure = spans
      .filter((s) => s.getAttribute('class') === 'figure')
      .map((s) => s.textContent)
      .join('');
    expect(figures.map(bare)).to.include(bare(figure));
  }

  // The centre figure, measured where the browser draws it in the test page's font, lies inside
  // the ring: each line's ends, from 0.75 em above its baseline to 0.25 em below, within the track's
  // inner radius; and it is one of the figures, whole.
  const inner = Math.min(
    ...numbers(
      svg
        .querySelector('path.track')!
        .getAttribute('d')!
        .match(/A[\d.]+/g)!
        .join(' '),
    ),
  );
  const center = svg.querySelector<SVGTextElement>('text.center-value')!;
  const size = Number(center.getAttribute('font-size'));
  expect(size).to.be.at.least(14);
  const spans = center.querySelector('tspan') ? [...center.querySelectorAll('tspan')] : [center];
  for (const line of spans) {
    const first = line.getStartPositionOfChar(0);
    const last = line.getEndPositionOfChar(line.getNumberOfChars() - 1);
    for (const x of [first.x, last.x]) {
      for (const y of [first.y - 0.75 * size, first.y + 0.25 * size]) {
        expect(Math.hypot(x - cx!, y - cy!), `${center.textContent} at ${size} px`).to.be.at.most(
          inner,
        );
      }
    }
  }
  expect(figures.map(bare)).to.include(bare(center.textContent));
}
