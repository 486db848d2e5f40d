import { expect } from '@open-wc/testing';
import { parseDate, parseDeal } from './model.js';

const SAKAI = {
  amount: '100000000000',
  currency: 'JPY',
  convertedAmount: '676000000',
  convertedCurrency: 'USD',
  label: 'Terrain et bâtiments de l’usine Sharp de Sakai',
  buyer: 'SoftBank',
  seller: 'Sharp',
  date: '2025-03-14',
  compare:
    '[{"label":"Investissement envisagé dans OpenAI","amount":25000000000,"currency":"USD"}]',
};

describe('parseDeal()', () => {
  it('builds the Sakai deal and converts the comparison with the implied rate', () => {
    const { model, issues } = parseDeal(SAKAI);
    expect(issues).to.deep.equal([]);
    expect(model).to.include({
      amount: 100e9,
      currency: 'JPY',
      buyer: 'SoftBank',
      seller: 'Sharp',
    });
    expect(model!.date).to.equal('2025-03-14');
    expect(model!.converted).to.deep.equal({ amount: 676e6, currency: 'USD' });
    const openai = model!.compare[0]!;
    expect(openai.converted).to.equal(true);
    // 25 billion dollars at 100 000 000 000 / 676 000 000 yen per dollar.
    expect(openai.amount).to.be.closeTo((25e9 * 100e9) / 676e6, 1);
    expect(openai.given).to.deep.equal({ amount: 25e9, currency: 'USD' });
  });

  it('fails on a missing, non-numeric or negative amount, or an unknown currency', () => {
    for (const [amount, currency, attribute] of [
      [undefined, 'JPY', 'amount'],
      ['lots', 'JPY', 'amount'],
      ['-5', 'JPY', 'amount'],
      ['100', 'XYZ', 'currency'],
      ['100', undefined, 'currency'],
    ] as const) {
      const { model, issues } = parseDeal({ amount, currency });
      expect(model).to.equal(undefined);
      expect(issues[0]).to.include({ attribute, severity: 'error' });
    }
  });

  it('leaves out a conversion without its currency, and says so', () => {
    const { model, issues } = parseDeal({ amount: 1, currency: 'EUR', convertedAmount: '2' });
    expect(model!.converted).to.equal(undefined);
    expect(issues[0]).to.include({ attribute: 'converted-currency', severity: 'warning' });
  });

  it('reports a comparison in a third currency instead of guessing a rate', () => {
    const { model, issues } = parseDeal({
      ...SAKAI,
      compare: '[{"label":"A","amount":5,"currency":"EUR"},{"label":"B","amount":7}]',
    });
    expect(model!.compare.map((c) => c.label)).to.deep.equal(['B']);
    expect(issues[0]).to.include({ attribute: 'compare[0].currency', severity: 'warning' });
  });

  it('reports bad compare JSON and draws the card without comparisons', () => {
    const { model, issues } = parseDeal({ ...SAKAI, compare: '[{label:}]' });
    expect(model!.compare).to.deep.equal([]);
    expect(issues[0]).to.include({ attribute: 'compare', severity: 'warning' });
  });

  it('snaps precision to 1–6', () => {
    expect(parseDeal({ amount: 1, currency: 'USD', precision: '2' }).model!.precision).to.equal(2);
    const { model, issues } = parseDeal({ amount: 1, currency: 'USD', precision: '9' });
    expect(model!.precision).to.equal(3);
    expect(issues[0]!.attribute).to.equal('precision');
  });
});

describe('parseDate()', () => {
  it('takes calendar dates written yyyy-mm-dd and reports anything else', () => {
    expect(parseDate('2025-03-14').value).to.equal('2025-03-14');
    for (const bad of ['2025-02-30', '14/03/2025', 'soon', '2025-3-14']) {
      const { value, issues } = parseDate(bad);
      expect(value, bad).to.equal(undefined);
      expect(issues[0]).to.include({ attribute: 'date', severity: 'warning' });
    }
  });
});
