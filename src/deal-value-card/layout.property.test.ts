// dealBars() over random labels, amounts, widths and fonts (a fake typeset k em per character).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { dealBars, STACKED_BELOW } from './layout.js';
import { emWidth, fakeTypeset, label } from '../core/test-helpers/fake-typeset.js';

const FONT = 13;

const bar = fc.record({
  label,
  // Amounts as the card words them: "$676 million", "6億7600万ドル", "25 milliards $US".
  money: fc.string({
    unit: fc.constantFrom('$', '¥', '6', '.', ' ', 'm', '億', '万'),
    minLength: 1,
    maxLength: 16,
  }),
  value: fc.double({ min: 0, max: 1e12, noNaN: true }),
  deal: fc.boolean(),
});

describe('dealBars() with measured text', () => {
  it("fits every row's label and amount in the width, apart", () => {
    fc.assert(
      fc.property(
        fc.array(bar, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 320, max: 1200 }),
        emWidth,
        (bars, width, k) => {
          const typeset = fakeTypeset(k);
          for (const row of dealBars(bars, width, typeset)) {
            const label = typeset.width(row.label, FONT);
            const money = typeset.width(row.money, FONT, true);
            expect(row.x, row.label).to.be.at.least(0);
            if (width < STACKED_BELOW) {
              expect(row.x + label, row.label).to.be.at.most(width);
              expect(row.moneyX + money, row.money).to.be.at.most(width);
            } else {
              // The amount ends at moneyX; the label ends short of where the amount starts.
              expect(row.moneyX, row.money).to.be.at.most(width);
              expect(row.x + label, row.label).to.be.at.most(row.moneyX - money);
            }
            expect(row.barWidth).to.be.at.most(width);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
