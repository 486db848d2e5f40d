// Extreme but valid data: amounts from 1 to 10^15 in every language Lede writes (and a fallback),
// in several currencies. The wording must stay right, and the card must not overflow at 280 px.
import { expect, html } from '@open-wc/testing';
import './define.js';
import { formatMoney } from '../core/format/money.js';
import { drawn } from '../core/test-helpers/render.js';

const NBSP = '\u00a0';
const POWERS = Array.from({ length: 16 }, (_, i) => 10 ** i);
const BOUNDARIES = [999, 9_999, 999_999, 1_000_000, 999_999_999, 1e9, 999_999_999_999, 1e12];
const LOCALES = ['en', 'fr', 'ja', 'de', 'ar'];
const CURRENCIES = ['JPY', 'USD', 'EUR', 'GBP'];

describe('formatMoney() with extreme amounts', () => {
  it('never writes NaN, Infinity or an exponent', () => {
    for (const locale of LOCALES) {
      for (const currency of CURRENCIES) {
        for (const amount of [...POWERS, ...BOUNDARIES]) {
          const text = formatMoney(amount, currency, locale);
          expect(text, `${amount} ${currency} ${locale}`).to.not.match(
            /NaN|Infinity|e\+|undefined/,
          );
        }
      }
    }
  });

  it('writes each power of ten the way English papers do', () => {
    const usd = POWERS.map((a) => formatMoney(a, 'USD', 'en'));
    expect(usd).to.deep.equal([
      '$1',
      '$10',
      '$100',
      '$1,000',
      '$10,000',
      '$100,000',
      '$1 million',
      '$10 million',
      '$100 million',
      '$1 billion',
      '$10 billion',
      '$100 billion',
      '$1 trillion',
      '$10 trillion',
      '$100 trillion',
      '$1,000 trillion',
    ]);
    expect(formatMoney(1e11, 'JPY', 'en')).to.equal('¥100 billion');
    // Rounded to three digits before the scale is chosen: never "$1,000 thousand" or "1000 million".
    expect(formatMoney(999_999, 'USD', 'en')).to.equal('$1 million');
    expect(formatMoney(999_999_999, 'GBP', 'en')).to.equal('£1 billion');
    expect(formatMoney(999_999_999_999, 'EUR', 'en')).to.equal('€1 trillion');
  });

  it('writes French scales with their plurals', () => {
    expect(formatMoney(1e6, 'EUR', 'fr')).to.equal(`1${NBSP}million d’euros`);
    expect(formatMoney(2e6, 'USD', 'fr')).to.equal(`2${NBSP}millions de dollars`);
    expect(formatMoney(1e9, 'JPY', 'fr')).to.equal(`1${NBSP}milliard de yens`);
    expect(formatMoney(1e11, 'JPY', 'fr')).to.equal(`100${NBSP}milliards de yens`);
    expect(formatMoney(1e12, 'GBP', 'fr')).to.equal(`1${NBSP}billion de livres sterling`);
    expect(formatMoney(999_999, 'EUR', 'fr')).to.equal(`1${NBSP}million d’euros`);
    expect(formatMoney(1e15, 'USD', 'fr')).to.equal(`1${'\u202f'}000${NBSP}billions de dollars`);
  });

  it('writes Japanese amounts in myriads (万, 億, 兆)', () => {
    const yen = POWERS.map((a) => formatMoney(a, 'JPY', 'ja'));
    expect(yen).to.deep.equal([
      '1円',
      '10円',
      '100円',
      '1000円',
      '1万円',
      '10万円',
      '100万円',
      '1000万円',
      '1億円',
      '10億円',
      '100億円',
      '1000億円',
      '1兆円',
      '10兆円',
      '100兆円',
      '1000兆円',
    ]);
    expect(formatMoney(999_999, 'USD', 'ja')).to.equal('100万ドル');
    expect(formatMoney(123_456_789_012, 'EUR', 'ja')).to.equal('1230億ユーロ');
  });

  it('uses English words with the locale’s numbers for other languages', () => {
    expect(formatMoney(1.5e9, 'EUR', 'de')).to.equal('€1,5 billion');
    // Arabic digits or Latin ones, as the browser's Intl data has it for ar.
    const hundred = new Intl.NumberFormat('ar').format(100);
    expect(formatMoney(1e11, 'USD', 'ar')).to.equal(`US$${hundred} billion`);
  });
});

describe('<lede-deal-value-card> with extreme amounts at 280 px', () => {
  for (const lang of ['en', 'fr', 'ja', 'ar']) {
    it(`keeps every text inside the card in ${lang}`, async () => {
      const el = await drawn(
        html`<lede-deal-value-card
          lang=${lang}
          amount="999999999999999"
          currency="GBP"
          converted-amount="1000000000000000"
          converted-currency="JPY"
          label="A very large acquisition of several data centre campuses"
          buyer="International Consolidated Holdings"
          seller="Worldwide Infrastructure Partners"
          compare='[{"label":"One","amount":1,"currency":"GBP"},{"label":"A thousand trillion","amount":1000000000000000,"currency":"GBP"}]'
        ></lede-deal-value-card>`,
        280,
      );
      const root = el.shadowRoot!;
      const card = el.getBoundingClientRect();
      for (const node of root.querySelectorAll('[part], text')) {
        const r = node.getBoundingClientRect();
        // The hidden table is clipped to nothing on screen: it cannot overflow.
        if (r.width === 0 || node.closest('.visually-hidden')) continue;
        const what = `${node.getAttribute('part') ?? node.tagName}: ${node.textContent?.trim()}`;
        expect(r.left, what).to.be.at.least(card.left - 0.5);
        expect(r.right, what).to.be.at.most(card.right + 0.5);
      }
      expect(root.textContent).to.not.match(/NaN|Infinity|e\+/);
      // Proportional bars: the deal and the largest fill the width, 1 pound gets the 2 px sliver.
      const bars = [...root.querySelectorAll('rect')].map((r) => Number(r.getAttribute('width')));
      expect(bars[0]).to.be.closeTo(bars[2]!, 1);
      expect(bars[1]).to.equal(2);
    });
  }
});
