import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { clampKeepingHedge, splitHedge } from './hedge.js';
import { wrapText } from './text.js';

const HEDGES = [
  ' (reported)',
  ', as reported',
  ', selon les chiffres publiés',
  ' (selon Reuters)',
  '（発表ベース）',
  '、報道による',
];

describe('splitHedge()', () => {
  it('splits off a hedge that ends the text, in English, French and Japanese', () => {
    expect(splitHedge('or $676 million, as reported')).to.deep.equal({
      body: 'or $676 million',
      hedge: ', as reported',
    });
    expect(splitHedge('Sakai plant (reported)').hedge).to.equal(' (reported)');
    expect(splitHedge('soit 676 millions, selon les chiffres publiés').hedge).to.equal(
      ', selon les chiffres publiés',
    );
    expect(splitHedge('（発表ベースで6億7600万ドル）')).to.deep.equal({
      body: '',
      hedge: '（発表ベースで6億7600万ドル）',
    });
  });

  it('leaves text without a hedge whole', () => {
    expect(splitHedge('Sakai plant (Osaka)')).to.deep.equal({ body: 'Sakai plant (Osaka)' });
    expect(splitHedge('Bought by SoftBank from Sharp, March 14, 2025').hedge).to.equal(undefined);
  });
});

describe('clampKeepingHedge()', () => {
  const word = fc.constantFrom(
    'Sakai',
    'plant',
    'bâtiments',
    'データセンター',
    'of',
    'the',
    'OpenAI',
  );

  it('keeps the hedge whole and the lines within the limit whenever the hedge fits', () => {
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 40 }),
        fc.constantFrom(...HEDGES),
        fc.integer({ min: 120, max: 600 }),
        fc.integer({ min: 1, max: 4 }),
        (words, hedge, width, most) => {
          const text = `${words.join(' ')}${hedge}`;
          const wrap = (t: string, n: number) => wrapText(t, width, 13, n);
          const lines = clampKeepingHedge(text, most, wrap);
          // Japanese lines break between characters: compare without the spaces between lines.
          const joined = lines.join('').replace(/\s/g, '');
          expect(joined.endsWith(hedge.replace(/\s/g, '')), lines.join('|')).to.equal(true);
          if (wrap(`…${hedge}`, Infinity).length <= most) expect(lines.length).to.be.at.most(most);
          // Nothing is cut from text that fits.
          if (wrap(text, Infinity).length <= most) expect(lines).to.deep.equal(wrap(text, most));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('cuts text without a hedge as wrapText() does, and text with one before it', () => {
    const wrap = (t: string, n: number) => wrapText(t, 100, 13, n);
    const text = 'Land and buildings of the Sharp plant in Sakai';
    expect(clampKeepingHedge(text, 1, wrap)).to.deep.equal(wrap(text, 1));
    const [line, ...more] = clampKeepingHedge(`${text} (reported)`, 1, wrap);
    expect(more).to.deep.equal([]);
    expect(line).to.match(/^L\S*… \(reported\)$/);
  });
});
