import { expect } from '@open-wc/testing';
import { parseGauge } from './model.js';
import { describeGauge } from './describe.js';
import { END, gaugeLayout, START } from './layout.js';
import { textWidth } from '../core/layout/text.js';

function layoutOf(stages: unknown, width: number, height: number, progress = 1, max?: number) {
  const model = parseGauge({ stages, max }).model!;
  const texts = describeGauge(model, 'fr');
  return { layout: gaugeLayout(model, texts, { width, height }, progress), texts };
}

const sakai = [
  { value: 150, label: '2026' },
  { value: 240, label: 'à terme', atLeast: true },
];

function labelBox(l: ReturnType<typeof layoutOf>['layout']['labels'][number]) {
  const width = Math.max(textWidth(l.figure, 13, true), ...l.lines.map((t) => textWidth(t, 13)));
  const left = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - width : l.x - width / 2;
  return { left, right: left + width, top: l.y - 13, bottom: l.y + 3 + 16 * l.lines.length };
}

describe('gaugeLayout()', () => {
  for (const [width, height] of [
    [280, 187],
    [320, 213],
    [960, 360],
    [1200, 360],
  ] as const) {
    it(`keeps the ring and every label inside a ${width}×${height} box`, () => {
      const { layout } = layoutOf(sakai, width, height);
      expect(layout.cx - layout.radius).to.be.at.least(0);
      expect(layout.cx + layout.radius).to.be.at.most(width);
      expect(layout.cy - layout.radius).to.be.at.least(0);
      for (const label of layout.labels) {
        const box = labelBox(label);
        expect(box.left, label.figure).to.be.at.least(0);
        expect(box.right, label.figure).to.be.at.most(width);
        expect(box.top, label.figure).to.be.at.least(0);
      }
      for (const end of layout.ends) expect(end.y).to.be.at.most(height);
    });
  }

  it('grows the ring with the box', () => {
    const small = layoutOf(sakai, 280, 187).layout.radius;
    const large = layoutOf(sakai, 960, 360).layout.radius;
    expect(large).to.be.greaterThan(small * 1.5);
  });

  it('draws an empty fill at the start of the sweep and the full fill at its end', () => {
    const start = layoutOf(sakai, 480, 320, 0).layout;
    const end = layoutOf(sakai, 480, 320, 1).layout;
    expect(start.fill).to.not.equal(end.fill);
    expect(start.track).to.equal(end.track);
    // The filled sector starts at the left end of the arc in both.
    const startPoint = (d: string) => /^M[-\d.]+,[-\d.]+/.exec(d)![0];
    expect(startPoint(start.fill)).to.equal(startPoint(end.fill));
  });

  it('draws one planned band per later stage and an open band after a "more than" stage', () => {
    const { layout } = layoutOf(sakai, 480, 320);
    expect(layout.planned).to.have.length(1);
    expect(layout.beyond).to.be.a('string');
    expect(layout.ticks).to.have.length(2);
    const exact = layoutOf([{ value: 150 }, { value: 240 }], 480, 320).layout;
    expect(exact.beyond).to.equal(undefined);
  });

  it('puts a stage at the maximum on the end of the arc', () => {
    const { layout } = layoutOf([{ value: 100 }, { value: 200 }], 480, 320, 1, 200);
    const tick = layout.ticks[1]!;
    const angle = Math.atan2(tick.to.x - layout.cx, layout.cy - tick.to.y);
    expect(angle).to.be.closeTo(END, 0.01);
    const first = layout.ticks[0]!;
    expect(Math.atan2(first.to.x - layout.cx, layout.cy - first.to.y)).to.be.closeTo(
      (START + END) / 2,
      0.01,
    );
  });

  it('keeps labels of close stages apart', () => {
    const stages = [40, 90, 150, 220, 300].map((value, i) => ({ value, label: String(2024 + i) }));
    const { layout } = layoutOf(stages, 320, 213);
    const boxes = layout.labels.map(labelBox);
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        const apart =
          a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
        expect(apart, `labels ${i} and another overlap`).to.equal(true);
      }),
    );
  });

  it('wraps a long label instead of shrinking the ring', () => {
    const long = [{ value: 150, label: 'first phase of the new campus near the bay' }];
    const short = layoutOf([{ value: 150, label: '2026' }], 320, 213).layout;
    const { layout } = layoutOf(long, 320, 213);
    expect(layout.labels[0]!.lines).to.have.length(2);
    expect(layout.labels[0]!.lines[1]!.endsWith('…')).to.equal(true);
    expect(layout.radius).to.be.greaterThan(short.radius * 0.6);
    const inner = layout.radius * 0.8;
    const drop = layout.center.labelY - layout.cy;
    const half = Math.sqrt(inner * inner - drop * drop);
    expect(textWidth(layout.center.label!, layout.center.labelSize) / 2).to.be.at.most(half);
  });

  it('rounds path coordinates to hundredths', () => {
    const { layout } = layoutOf(sakai, 333, 222);
    const decimals = layout.track.match(/\.\d+/g) ?? [];
    expect(decimals.every((d) => d.length <= 3)).to.equal(true);
  });
});
