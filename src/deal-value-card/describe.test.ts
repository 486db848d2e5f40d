import { expect } from '@open-wc/testing';
import { parseDeal } from './model.js';
import { describeDeal, formatDate } from './describe.js';

const NBSP = '\u00a0';

const sakai = parseDeal({
  amount: 100e9,
  currency: 'JPY',
  convertedAmount: 676e6,
  convertedCurrency: 'USD',
  label: 'Sakai plant',
  buyer: 'SoftBank',
  seller: 'Sharp',
  date: '2025-03-14',
  compare: [{ label: 'OpenAI', amount: 25e9, currency: 'USD' }],
}).model!;

describe('describeDeal()', () => {
  it('writes the Sakai deal in French', () => {
    const t = describeDeal(sakai, 'fr');
    expect(t.headline).to.equal(`100${NBSP}milliards de yens`);
    expect(t.conversion).to.equal(`soit 676${NBSP}millions de dollars, selon les chiffres publiés`);
    expect(t.parties).to.equal('Acquisition par SoftBank auprès de Sharp');
    expect(t.date).to.equal('14 mars 2025');
    expect(t.currency).to.equal('USD');
    expect(t.bars.map((b) => b.withOriginal ?? b.money)).to.deep.equal([
      `676${NBSP}millions de dollars (100${NBSP}milliards de yens)`,
      `25${NBSP}milliards de dollars`,
    ]);
    expect(t.bars.map((b) => b.label)).to.deep.equal(['Sakai plant', 'OpenAI']);
    expect(t.rateNote).to.equal(
      `Conversion au taux implicite des montants publiés (100${NBSP}milliards de yens${NBSP}=${NBSP}676${NBSP}millions de dollars).`,
    );
  });

  it('draws the bars in the currency most comparisons are given in', () => {
    const yen = parseDeal({
      amount: 100e9,
      currency: 'JPY',
      convertedAmount: 676e6,
      convertedCurrency: 'USD',
      compare: [
        { label: 'A', amount: 50e9 },
        { label: 'B', amount: 1e9, currency: 'USD' },
        { label: 'C', amount: 20e9, currency: 'JPY' },
      ],
    }).model!;
    const t = describeDeal(yen, 'en');
    expect(t.currency).to.equal('JPY');
    expect(t.bars.map((b) => b.withOriginal ?? b.money)).to.deep.equal([
      '¥100 billion',
      '¥50 billion',
      '¥148 billion ($1 billion)',
      '¥20 billion',
    ]);
    expect(t.rateNote).to.equal(
      'Converted at the rate implied by the reported figures (¥100 billion = $676 million).',
    );
  });

  it('names the deal’s bar once: its figure is not repeated as its label', () => {
    const bare = parseDeal({
      amount: 5e6,
      currency: 'EUR',
      compare: [{ label: 'Budget', amount: 8e6 }],
    }).model!;
    expect(describeDeal(bare, 'en').bars[0]).to.include({
      label: 'This deal',
      money: '€5 million',
    });
    expect(describeDeal(bare, 'fr').bars[0]!.label).to.equal('Cette transaction');
    expect(describeDeal(bare, 'ja').bars[0]!.label).to.equal('本件');
    // Nothing was converted: no rate to state.
    expect(describeDeal(bare, 'en').rateNote).to.equal(undefined);
  });

  it('writes who bought and sold in French without agreeing with the thing bought', () => {
    const words = (buyer?: string, seller?: string) =>
      describeDeal(parseDeal({ amount: 1, currency: 'EUR', buyer, seller }).model!, 'fr').parties;
    expect(words('SoftBank')).to.equal('Acquisition par SoftBank');
    expect(words(undefined, 'Sharp')).to.equal('Cession par Sharp');
  });

  it('writes it in English and Japanese', () => {
    const en = describeDeal(sakai, 'en');
    expect(en.summary).to.equal(
      'Sakai plant: ¥100 billion (or $676 million, as reported). Bought by SoftBank from Sharp, March 14, 2025',
    );
    const ja = describeDeal(sakai, 'ja');
    expect(ja.headline).to.equal('1000億円');
    expect(ja.conversion).to.equal('（発表ベースで6億7600万ドル）');
    expect(ja.date).to.equal(formatDate('2025-03-14', 'ja'));
  });

  it('leaves out what was not given', () => {
    const bare = describeDeal(parseDeal({ amount: 1.2e9, currency: 'EUR' }).model!, 'fr');
    expect(bare.conversion).to.equal(undefined);
    expect(bare.parties).to.equal(undefined);
    expect(bare.rateNote).to.equal(undefined);
    expect(bare.summary).to.equal(`1,2${NBSP}milliard d’euros`);
  });

  it('writes a date at the precision the author gave it', () => {
    expect(formatDate('2025', 'en')).to.equal('2025');
    expect(formatDate('2025-03', 'en')).to.equal('March 2025');
    expect(formatDate('2025-03', 'fr')).to.equal('mars 2025');
    expect(formatDate('2025-03', 'ja')).to.equal('2025年3月');
    expect(formatDate('2025-03-14', 'en')).to.equal('March 14, 2025');
  });
});
