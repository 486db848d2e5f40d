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
    expect(t.parties).to.equal('Acheté par SoftBank à Sharp');
    expect(t.date).to.equal('14 mars 2025');
    expect(t.bars.map((b) => b.money)).to.deep.equal([
      `100${NBSP}milliards de yens`,
      `25${NBSP}milliards de dollars`,
    ]);
    expect(t.rateNote).to.contain(`100${NBSP}milliards de yens = 676${NBSP}millions de dollars`);
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
