import { expect } from '@open-wc/testing';
import { measuredTypeset, typesetStats } from './typeset.js';

describe('measuredTypeset()', () => {
  it('measures bold wider than regular, and letter-spacing after every character', () => {
    const plain = measuredTypeset('"DejaVu Sans"');
    const spaced = measuredTypeset('"DejaVu Sans"', 2);
    expect(plain.width('> 240 MW', 13, true)).to.be.greaterThan(plain.width('> 240 MW', 13));
    expect(spaced.width('Sakai', 13) - plain.width('Sakai', 13)).to.be.closeTo(10, 0.01);
  });

  it('keeps widths per font: the same string in another family or size is measured again', () => {
    const serif = measuredTypeset('"DejaVu Serif"');
    const sans = measuredTypeset('"DejaVu Sans"');
    expect(serif.width('Hokkaido', 13)).not.to.equal(sans.width('Hokkaido', 13));
    expect(serif.width('Hokkaido', 26)).to.be.closeTo(2 * serif.width('Hokkaido', 13), 0.5);
  });

  it('keeps at most 4,000 widths', () => {
    const sans = measuredTypeset('"DejaVu Sans"');
    for (let i = 0; i < 5000; i++) sans.width(`label ${i}`, 13);
    expect(typesetStats.kept).to.equal(4000);
  });
});
