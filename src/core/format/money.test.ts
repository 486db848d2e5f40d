import { expect } from '@open-wc/testing';
import { formatMoney, isCurrency, roundSignificant } from './money.js';

const NBSP = '\u00a0';

// [amount, currency, locale, expected]
const TABLE: [number, string, string, string][] = [
  [100e9, 'JPY', 'en', '¥100 billion'],
  [676e6, 'USD', 'en', '$676 million'],
  [25e9, 'USD', 'en', '$25 billion'],
  [1.2e9, 'EUR', 'en', '€1.2 billion'],
  [3e12, 'USD', 'en', '$3 trillion'],
  [2.5e9, 'GBP', 'en', '£2.5 billion'],
  [1.2e9, 'CHF', 'en', `CHF${NBSP}1.2 billion`],
  [100e9, 'JPY', 'fr', `100${NBSP}milliards de yens`],
  [676e6, 'USD', 'fr', `676${NBSP}millions de dollars`],
  [1e9, 'EUR', 'fr', `1${NBSP}milliard d’euros`],
  [1.2e9, 'EUR', 'fr', `1,2${NBSP}milliard d’euros`],
  [25e9, 'USD', 'fr', `25${NBSP}milliards de dollars`],
  [2e6, 'GBP', 'fr', `2${NBSP}millions de livres sterling`],
  [1.5e9, 'CHF', 'fr', `1,5${NBSP}milliard de francs suisses`],
  [1, 'EUR', 'fr', `1${NBSP}euro`],
  [2, 'EUR', 'fr', `2${NBSP}euros`],
  [100e9, 'JPY', 'ja', '1000億円'],
  [676e6, 'USD', 'ja', '6億7600万ドル'],
  [25e9, 'USD', 'ja', '250億ドル'],
  [1.2e9, 'EUR', 'ja', '12億ユーロ'],
  [3.5e12, 'JPY', 'ja', '3兆5000億円'],
  [50000, 'JPY', 'ja', '5万円'],
  [500, 'JPY', 'ja', '500円'],
];

describe('formatMoney()', () => {
  for (const [amount, currency, locale, expected] of TABLE) {
    it(`formatMoney(${amount}, ${currency}, ${locale}) is "${expected}"`, () => {
      expect(formatMoney(amount, currency, locale)).to.equal(expected);
    });
  }

  it('never prints false precision', () => {
    expect(formatMoney(676_000_000, 'USD', 'fr')).to.not.contain(',0');
    expect(formatMoney(676_431_000, 'USD', 'en')).to.equal('$676 million');
    expect(formatMoney(676_431_000, 'USD', 'en', { precision: 5 })).to.equal('$676.43 million');
  });

  it('moves to the next scale when rounding reaches a thousand', () => {
    expect(formatMoney(999_960_000, 'USD', 'en')).to.equal('$1 billion');
  });

  it('writes amounts under a million in full', () => {
    expect(formatMoney(950_000, 'USD', 'en')).to.equal('$950,000');
    const group = new Intl.NumberFormat('fr').format(1000).replace(/\d/g, '');
    expect(formatMoney(950_000, 'JPY', 'fr')).to.equal(`950${group}000${NBSP}yens`);
  });

  it('falls back cleanly for currencies without words of ours', () => {
    expect(formatMoney(120e9, 'BRL', 'en')).to.equal('R$120 billion');
    expect(formatMoney(120e9, 'BRL', 'fr')).to.equal(`120${NBSP}milliards BRL`);
    expect(formatMoney(120e9, 'BRL', 'ja')).to.equal('1200億BRL');
  });
});

describe('roundSignificant() and isCurrency()', () => {
  it('rounds to significant digits', () => {
    expect(roundSignificant(676_431_000, 3)).to.equal(676_000_000);
    expect(roundSignificant(0.012345, 2)).to.equal(0.012);
    expect(roundSignificant(0, 3)).to.equal(0);
  });
  it('knows ISO 4217 codes', () => {
    expect(isCurrency('JPY')).to.equal(true);
    expect(isCurrency('XYZ')).to.equal(false);
    expect(isCurrency('usd')).to.equal(false);
  });
});
