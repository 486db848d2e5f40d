import { expect } from '@open-wc/testing';
import { textWidth, wrapText } from './text.js';

describe('textWidth()', () => {
  it('counts CJK characters as one em and Latin ones as less', () => {
    expect(textWidth('将来', 10)).to.equal(20);
    expect(textWidth('later', 10)).to.be.lessThan(textWidth('LATER', 10));
  });
});

describe('wrapText()', () => {
  it('keeps short text on one line', () => {
    expect(wrapText('à terme', 100, 13)).to.deep.equal(['à terme']);
  });

  it('breaks at spaces', () => {
    expect(wrapText('first phase of the campus', 80, 13)).to.deep.equal(['first phase', 'of the…']);
    expect(wrapText('first phase of the campus', 80, 13, 3)).to.deep.equal([
      'first phase',
      'of the',
      'campus',
    ]);
  });

  it('breaks inside a word that is too long and marks the cut', () => {
    const lines = wrapText('<img src=x onerror=alert(1)>', 60, 13);
    expect(lines).to.have.length(2);
    expect(lines[1]!.endsWith('…')).to.equal(true);
    for (const line of lines) expect(textWidth(line, 13)).to.be.at.most(60);
  });
});
