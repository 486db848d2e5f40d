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

  it('never breaks at a no-break space: a figure and its unit, a date stay on one line', () => {
    const nbsp = '\u00a0';
    const lines = wrapText(
      `Acquisition 14${nbsp}mars${nbsp}2025 pour 676${nbsp}millions`,
      95,
      13,
      4,
    );
    expect(lines).to.deep.equal([
      'Acquisition',
      `14${nbsp}mars${nbsp}2025`,
      'pour',
      `676${nbsp}millions`,
    ]);
  });

  it('breaks inside a word that is too long and marks the cut', () => {
    const lines = wrapText('<img src=x onerror=alert(1)>', 60, 13);
    expect(lines).to.have.length(2);
    expect(lines[1]!.endsWith('…')).to.equal(true);
    for (const line of lines) expect(textWidth(line, 13)).to.be.at.most(60);
  });

  it('breaks Japanese between characters, not inside figures or before closing marks', () => {
    const text = '公表額から算出したレートで換算（1000億円＝6億7600万ドル）。';
    // Widths at which cutting anywhere split a number or started a line with a closing mark.
    for (const width of [80, 110, 160, 220]) {
      // Room for every line: figures kept whole take more of them at 80 px.
      const lines = wrapText(text, width, 13, 10);
      expect(lines.join('')).to.equal(text);
      lines.forEach((line, i) => {
        expect(textWidth(line, 13)).to.be.at.most(width);
        expect(line).not.to.match(/^[）。、ー]|（$/);
        if (i > 0) expect(/\d$/.test(lines[i - 1]!) && /^\d/.test(line), line).to.equal(false);
        // No line ends inside "1000億円" or "6億7600万ドル" where the figure fits on a line with
        // the marks that close it (which never start a line).
        if (i > 0 && width > textWidth('6億7600万ドル）。', 13))
          expect(/[0-9億万ド]$/.test(lines[i - 1]!), lines.join(' / ')).to.equal(false);
      });
    }
  });

  it('keeps a space between words when it breaks Japanese with Latin words in it', () => {
    expect(wrapText('SoftBankがSharpから取得', 500, 13)).to.deep.equal(['SoftBankがSharpから取得']);
    expect(wrapText('150 MW 将来', 500, 13)).to.deep.equal(['150 MW 将来']);
  });
});
