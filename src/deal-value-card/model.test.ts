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

  it('refuses half a conversion or a conversion it cannot read', () => {
    for (const [input, attribute] of [
      [{ convertedAmount: '2' }, 'converted-currency'],
      [{ convertedCurrency: 'USD' }, 'converted-amount'],
      [{ convertedAmount: 'lots', convertedCurrency: 'USD' }, 'converted-amount'],
      [{ convertedAmount: 2, convertedCurrency: 'dollars' }, 'converted-currency'],
    ] as const) {
      const { model, issues } = parseDeal({ amount: 1, currency: 'EUR', ...input });
      expect(model, JSON.stringify(input)).to.equal(undefined);
      expect(issues[0], JSON.stringify(input)).to.include({ attribute, severity: 'error' });
    }
    const usd = parseDeal({
      amount: 1,
      currency: 'EUR',
      convertedAmount: 2,
      convertedCurrency: ' usd ',
    });
    expect(usd.model!.converted).to.deep.equal({ amount: 2, currency: 'USD' });
  });

  it('refuses a comparison in a currency it cannot convert instead of guessing a rate', () => {
    const { model, issues } = parseDeal({
      ...SAKAI,
      compare: '[{"label":"A","amount":5,"currency":"EUR"},{"label":"B","amount":7}]',
    });
    expect(model).to.equal(undefined);
    expect(issues.map((i) => [i.attribute, i.severity])).to.deep.equal([
      ['compare[0].currency', 'error'],
    ]);
  });

  it('refuses a comparison it cannot read, and compare JSON that is broken or no list', () => {
    for (const [compare, attribute] of [
      ['[{label:}]', 'compare'],
      ['{"label":"A","amount":1}', 'compare'],
      ['[{"label":"A"}]', 'compare[0]'],
      ['[{"amount":5}]', 'compare[0]'],
      ['[7]', 'compare[0]'],
      ['[{"label":"A","amount":1,"currency":5}]', 'compare[0].currency'],
    ] as const) {
      const { model, issues } = parseDeal({ ...SAKAI, compare });
      expect(model, compare).to.equal(undefined);
      expect(issues[0], compare).to.include({ attribute, severity: 'error' });
    }
  });

  it('reads a comparison currency in any case, and one without a currency in the deal’s', () => {
    const { model } = parseDeal({
      ...SAKAI,
      compare: [
        { label: 'A', amount: 676000000, currency: 'usd' },
        { label: 'B', amount: 5 },
      ],
    });
    expect(model!.compare.map((c) => [c.given.currency, c.converted])).to.deep.equal([
      ['USD', true],
      ['JPY', false],
    ]);
    expect(model!.compare[0]!.amount).to.be.closeTo(1e11, 1);
  });

  it('takes a precision from 1 to 6 and refuses anything else', () => {
    expect(parseDeal({ amount: 1, currency: 'USD', precision: '2' }).model!.precision).to.equal(2);
    expect(parseDeal({ amount: 1, currency: 'USD' }).model!.precision).to.equal(3);
    for (const precision of ['9', '0', '2.5', 'high', -1]) {
      const { model, issues } = parseDeal({ amount: 1, currency: 'USD', precision });
      expect(model, String(precision)).to.equal(undefined);
      expect(issues[0]).to.include({ attribute: 'precision', severity: 'error' });
    }
  });

  it('leaves out a name that is not text with a warning; the card is still whole, nothing is dropped', () => {
    const { model, issues } = parseDeal({ amount: 1, currency: 'USD', buyer: { name: 'x' } });
    expect(model!.buyer).to.equal(undefined);
    expect(issues[0]).to.include({ attribute: 'buyer', severity: 'warning' });
    expect(issues[0]!.dropped).to.equal(undefined);
  });
});

describe('parseDate()', () => {
  it('takes dates written yyyy, yyyy-mm or yyyy-mm-dd, as given', () => {
    for (const date of ['2025', '2025-03', '2025-03-14', ' 2024-02-29 ']) {
      expect(parseDate(date), date).to.deep.equal({ value: date.trim(), issues: [] });
    }
    expect(parseDate(2025)).to.deep.equal({ value: '2025', issues: [] });
  });

  it('refuses any other date', () => {
    for (const bad of [
      '2025-02-30',
      '14/03/2025',
      'soon',
      '2025-3-14',
      '2025-13',
      '25',
      25,
      2025.5,
    ]) {
      const { value, issues } = parseDate(bad);
      expect(value, String(bad)).to.equal(undefined);
      expect(issues[0]).to.include({ attribute: 'date', severity: 'error' });
    }
  });
});
