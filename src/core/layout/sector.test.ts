import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { flat, sectorPath } from './sector.js';

describe('sectorPath()', () => {
  it('draws a quarter ring from twelve to three o’clock', () => {
    expect(sectorPath(0, Math.PI / 2, 50, 100)).to.equal(
      'M0,-100A100,100,0,0,1,100,0L50,0A50,50,0,0,0,0,-50Z',
    );
  });

  it('sets the large-arc flag for spans over half a turn', () => {
    const d = sectorPath((-2 * Math.PI) / 3, (2 * Math.PI) / 3, 80, 100);
    expect(d).to.match(/^M-86.6,50A100,100,0,1,1,86.6,50L69.28,40A80,80,0,1,0,-69.28,40Z$/);
  });

  it('sweeps counter-clockwise when the end angle is before the start', () => {
    expect(sectorPath(Math.PI / 2, 0, 50, 100)).to.equal(
      'M100,0A100,100,0,0,0,0,-100L0,-50A50,50,0,0,1,50,0Z',
    );
  });
});

describe('flat', () => {
  it('writes what the template literal writes', () => {
    fc.assert(
      fc.property(fc.string(), fc.double(), fc.string(), fc.integer(), (a, x, b, n) => {
        expect(flat`${a}M${x},${n}${b}`).to.equal(`${a}M${x},${n}${b}`);
        expect(flat`${x}`).to.equal(`${x}`);
        expect(flat`no values`).to.equal('no values');
      }),
    );
  });
});
