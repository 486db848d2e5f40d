import { expect } from '@open-wc/testing';
import { calloutPlacement } from './callout.js';

const BOX = { width: 480, height: 360 };
const SIZE = { width: 160, height: 50 };
/** Target radius 14: the callout's near edge 13 px from the marker's centre. */
const R = 14;

/** The nearest point of the callout at `at` to `p`, and its distance. */
const gap = (at: { x: number; y: number }, p: { x: number; y: number }) =>
  Math.hypot(
    p.x - Math.min(Math.max(p.x, at.x), at.x + SIZE.width),
    p.y - Math.min(Math.max(p.y, at.y), at.y + SIZE.height),
  );

describe('calloutPlacement()', () => {
  it('puts a callout above its marker, centred, touching the target by 1 px', () => {
    const at = calloutPlacement({ x: 200, y: 200 }, SIZE, [], R, BOX);
    expect(at).to.deep.equal({ x: 120, y: 200 - 13 - 50 });
  });

  it('puts it below a marker near the top edge', () => {
    const at = calloutPlacement({ x: 200, y: 40 }, SIZE, [], R, BOX);
    expect(at).to.deep.equal({ x: 120, y: 53 });
  });

  it('keeps it inside the box at the side edges, still over its marker', () => {
    const at = calloutPlacement({ x: 20, y: 200 }, SIZE, [], R, BOX);
    expect(at.x).to.equal(0);
    expect(at.y).to.equal(137);
  });

  it('shifts it aside, or below, to clear another marker’s target', () => {
    const marker = { x: 200, y: 200 };
    for (const other of [
      { x: 150, y: 160 },
      { x: 250, y: 160 },
      { x: 200, y: 160 },
      { x: 150, y: 240 },
    ]) {
      const at = calloutPlacement(marker, SIZE, [other], R, BOX);
      expect(gap(at, other), `clear of ${other.x},${other.y}`).to.be.at.least(R);
      // Still touching its own marker's target.
      expect(gap(at, marker), `touching from ${other.x},${other.y}`).to.be.closeTo(13, 1e-9);
    }
  });

  it('covers as few targets as it can when every place covers some', () => {
    const marker = { x: 200, y: 200 };
    // Above and below cover two or three of these; beside the marker, one.
    const around = [
      { x: 200, y: 160 },
      { x: 200, y: 240 },
      { x: 150, y: 200 },
      { x: 250, y: 200 },
    ];
    const at = calloutPlacement(marker, SIZE, around, R, BOX);
    expect(gap(at, marker)).to.be.closeTo(13, 1e-9);
    expect(around.filter((p) => gap(at, p) < R)).to.have.length(1);
  });
});
