import { expect } from '@open-wc/testing';
import { measuredTypeset, typesetStats } from './typeset.js';

/** The width of `text` as the engine draws it in SVG, in DejaVu Serif at `size` px. */
function drawnWidth(text: string, size: number): number {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  const line = document.createElementNS('http://www.w3.org/2000/svg', 'text');
  line.style.font = `${size}px "DejaVu Serif"`;
  line.textContent = text;
  svg.append(line);
  document.body.append(svg);
  const width = line.getComputedTextLength();
  svg.remove();
  return width;
}

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
    // The width drawn at 26 px, which is not twice the one at 13 px where the engine rounds each
    // glyph's advance to whole pixels (WebKitGTK: 63 px at 13 px, 128 px at 26 px).
    expect(serif.width('Hokkaido', 26)).to.be.closeTo(drawnWidth('Hokkaido', 26), 0.5);
    expect(serif.width('Hokkaido', 13)).to.be.closeTo(drawnWidth('Hokkaido', 13), 0.5);
  });

  it('keeps at most 4,000 widths', () => {
    const sans = measuredTypeset('"DejaVu Sans"');
    for (let i = 0; i < 5000; i++) sans.width(`label ${i}`, 13);
    expect(typesetStats.kept).to.equal(4000);
  });
});
