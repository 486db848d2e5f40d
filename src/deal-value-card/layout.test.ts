import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseDeal, type DealInput } from './model.js';
import { describeDeal } from './describe.js';
import { barsHeight, dealBars, ROW, STACKED_BELOW, STACKED_ROW } from './layout.js';
import { cardStyles } from './deal-value-card.styles.js';
import { textWidth } from '../core/layout/text.js';

const deal = parseDeal({
  amount: 100e9,
  currency: 'JPY',
  convertedAmount: 676e6,
  convertedCurrency: 'USD',
  label: 'Land and buildings of the Sharp plant in Sakai',
  compare: [{ label: 'Planned investment in OpenAI', amount: 25e9, currency: 'USD' }],
}).model!;

const SCALES: Record<string, number> = { trillion: 1e12, billion: 1e9, million: 1e6 };
// French "billion" is a thousand times the English one.
const SCALES_FR: Record<string, number> = {
  billion: 1e12,
  billions: 1e12,
  milliard: 1e9,
  milliards: 1e9,
  million: 1e6,
  millions: 1e6,
};
const MYRIADS: Record<string, number> = { 兆: 1e12, 億: 1e8, 万: 1e4 };

/**
 * An amount as a reader reads it off a bar: its figure and its currency's sign or name. Only the
 * figure in the bars' currency counts, not the amount as given that may follow it in brackets.
 */
export function readMoney(text: string, locale: string): { value: number; currency: string } {
  const money = text.split(/ \(|（/)[0]!;
  if (locale === 'ja') {
    const [, figures = '', unit = ''] = /^([\d.兆億万]+)(.+)$/u.exec(money) ?? [];
    let value = 0;
    for (const [, n, mark] of figures.matchAll(/([\d.]+)(兆|億|万)?/gu)) {
      value += Number(n) * (mark ? MYRIADS[mark]! : 1);
    }
    return { value, currency: unit };
  }
  if (locale === 'fr') {
    const found = /^([\d\s\u202f\u00a0,]+)\u00a0(?:(\S+) (?:de |d’))?(.+)$/u.exec(money);
    if (!found) throw new Error(`cannot read ${JSON.stringify(money)}`);
    const [, figure = '', scale, name = ''] = found;
    const value = Number(figure.replace(/[\s\u202f\u00a0]/gu, '').replace(',', '.'));
    // Singular or plural, the same currency: "dollar", "dollars".
    return { value: value * (scale ? SCALES_FR[scale]! : 1), currency: name.replace(/s\b/gu, '') };
  }
  const found = /^(\D+?)\u00a0?([\d,.]+)(?: (\w+))?$/u.exec(money);
  if (!found) throw new Error(`cannot read ${JSON.stringify(money)}`);
  const [, sign = '', figure = '', scale] = found;
  return { value: Number(figure.replace(/,/g, '')) * (scale ? SCALES[scale]! : 1), currency: sign };
}

const CURRENCIES = ['JPY', 'USD', 'EUR', 'GBP'];
const amount = fc.double({ min: 1, max: 1e13, noNaN: true });
const input = fc
  .record({
    amount,
    currency: fc.constantFrom(...CURRENCIES),
    converted: fc.option(fc.record({ amount, currency: fc.constantFrom(...CURRENCIES) }), {
      nil: undefined,
    }),
    compare: fc.array(fc.record({ amount, other: fc.boolean() }), { minLength: 1, maxLength: 6 }),
    precision: fc.integer({ min: 1, max: 6 }),
  })
  .map((d): DealInput => ({
    amount: d.amount,
    currency: d.currency,
    convertedAmount: d.converted?.amount,
    convertedCurrency: d.converted?.currency,
    precision: d.precision,
    compare: d.compare.map((c, i) => ({
      label: `Item ${i}`,
      amount: c.amount,
      currency: c.other && d.converted ? d.converted.currency : d.currency,
    })),
  }));

describe('dealBars()', () => {
  it('labels every bar in the currency its length is drawn in', () => {
    const wide = dealBars(describeDeal(deal, 'en').bars, 720);
    expect(wide.map((r) => r.money)).to.deep.equal(['$676 million (¥100 billion)', '$25 billion']);
    expect(wide[0]!.label).to.equal('Land and buildings of the Sharp plant in Sakai');
    // Narrower, the label keeps its words and the amount as given goes (the headline says it).
    const rows = dealBars(describeDeal(deal, 'en').bars, 480);
    expect(rows.map((r) => r.money)).to.deep.equal(['$676 million', '$25 billion']);
    const [sakai, openai] = rows;
    expect(openai!.barWidth).to.equal(480);
    expect(sakai!.barWidth / openai!.barWidth).to.be.closeTo(676e6 / 25e9, 0.001);
    expect(sakai!.deal).to.equal(true);
  });

  it('gives bar lengths that grow with the amounts as labelled, in one currency', () => {
    fc.assert(
      fc.property(
        input,
        fc.constantFrom('en', 'fr', 'ja'),
        fc.integer({ min: 200, max: 960 }),
        (given, locale, width) => {
          const model = parseDeal(given).model!;
          const rows = dealBars(describeDeal(model, locale).bars, width);
          const read = rows.map((r) => readMoney(r.money, locale));
          expect(new Set(read.map((r) => r.currency)).size, rows[0]!.money).to.equal(1);
          read.forEach((a, i) =>
            read.forEach((b, j) => {
              if (a.value > b.value) {
                expect(rows[i]!.barWidth, `${rows[i]!.money} vs ${rows[j]!.money}`).to.be.at.least(
                  rows[j]!.barWidth,
                );
              }
            }),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('keeps the amount as given only where it fits, and never loses the bars’ figure', () => {
    fc.assert(
      fc.property(
        input,
        fc.constantFrom('en', 'fr', 'ja'),
        fc.integer({ min: 200, max: 960 }),
        (given, locale, width) => {
          const bars = describeDeal(parseDeal(given).model!, locale).bars;
          dealBars(bars, width).forEach((row, i) => {
            expect(row.money.startsWith(bars[i]!.money)).to.equal(true);
            if (row.money !== bars[i]!.money) {
              expect(textWidth(row.money, 13, true)).to.be.at.most(width);
            }
          });
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('cuts a label before its hedge, never the hedge', () => {
    const words = fc.array(fc.constantFrom('plant', 'Sakai', 'bâtiments', 'OpenAI', 'stake'), {
      minLength: 1,
      maxLength: 12,
    });
    const hedge = fc.constantFrom(' (reported)', ', as reported', ' (selon la presse)', '（報道）');
    fc.assert(
      fc.property(words, hedge, fc.integer({ min: 200, max: 960 }), (body, end, width) => {
        const label = `${body.join(' ')}${end}`;
        const bars = [
          { label, money: '$1 billion', value: 1, deal: true },
          { label: 'b', money: '$2 billion', value: 2, deal: false },
        ];
        const [row] = dealBars(bars, width);
        expect(row!.label.endsWith(end), row!.label).to.equal(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('puts the amount under its label on narrow cards', () => {
    const rows = dealBars(describeDeal(deal, 'en').bars, 280);
    expect(rows[0]!).to.include({ moneyAnchor: 'start', moneyX: rows[0]!.x });
    expect(rows[0]!.moneyY).to.be.greaterThan(rows[0]!.y);
    expect(barsHeight(2, 280)).to.equal(2 * STACKED_ROW);
  });

  it('stacks rows at a fixed height, so the chart height is known before drawing', () => {
    const rows = dealBars(describeDeal(deal, 'fr').bars, 600);
    expect(rows[1]!.y - rows[0]!.y).to.equal(ROW);
    expect(barsHeight(2, 600)).to.equal(2 * ROW);
  });
});

describe("the card's stylesheet", () => {
  it('stacks its rows below the width the layout does (a figure CSS cannot import)', () => {
    expect(cardStyles.cssText).to.include(`@container (max-width: ${STACKED_BELOW - 0.02}px)`);
    expect(cardStyles.cssText).to.include(`calc(var(--_rows, 3) * ${STACKED_ROW}px)`);
  });
});
