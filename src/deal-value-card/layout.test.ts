import { expect } from '@open-wc/testing';
import { parseDeal } from './model.js';
import { describeDeal } from './describe.js';
import { barsHeight, dealBars, ROW, STACKED_ROW } from './layout.js';

const deal = parseDeal({
  amount: 100e9,
  currency: 'JPY',
  convertedAmount: 676e6,
  convertedCurrency: 'USD',
  label: 'Land and buildings of the Sharp plant in Sakai',
  compare: [{ label: 'Planned investment in OpenAI', amount: 25e9, currency: 'USD' }],
}).model!;

describe('dealBars()', () => {
  it('makes bar lengths proportional to the amounts in one currency', () => {
    const rows = dealBars(describeDeal(deal, 'en').bars, 300);
    const [sakai, openai] = rows;
    expect(openai!.barWidth).to.equal(300);
    // ¥100 billion against $25 billion at ¥147.93 to the dollar.
    expect(sakai!.barWidth / openai!.barWidth).to.be.closeTo(676e6 / 25e9, 0.001);
    expect(sakai!.deal).to.equal(true);
  });

  it('cuts a label that would run into its amount', () => {
    const rows = dealBars(describeDeal(deal, 'en').bars, 420);
    expect(rows[0]!.label.endsWith('…')).to.equal(true);
    expect(rows[0]!.moneyAnchor).to.equal('end');
    expect(rows[0]!.money).to.equal('¥100 billion');
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
