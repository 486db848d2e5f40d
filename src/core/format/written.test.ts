// Figures, plurals, money and dates written without Intl for en, fr and ja must read exactly as
// this engine's Intl writes them: Intl is the oracle, over random values.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { formatDate } from '../../deal-value-card/describe.js';
import { formatMoney } from './money.js';
import { formatFigure, isOne, writtenHere, type FigureOptions } from './number.js';

const LOCALES = ['en', 'en-US', 'fr', 'fr-FR', 'ja', 'ja-JP'];
const CURRENCIES = ['JPY', 'USD', 'EUR', 'GBP', 'CNY', 'KRW', 'CHF', 'CAD', 'AUD', 'INR'];

// Values as charts hold them: decimal figures with few digits, at every magnitude, and any double.
const decimal = fc
  .tuple(fc.integer({ min: -99_999, max: 99_999 }), fc.integer({ min: -9, max: 9 }))
  .map(([digits, exponent]) => Number(`${digits}e${exponent}`));
const value = fc.oneof(
  decimal,
  fc.double({ min: -1e15, max: 1e15, noNaN: true }),
  fc.constantFrom(0, -0, 0.5, 1, 1.005, 2.675, 9.995, 99.95, 999.5, 0.0001, 1e20),
);
const options: fc.Arbitrary<FigureOptions> = fc.oneof(
  fc.record(
    { maximumFractionDigits: fc.integer({ min: 0, max: 3 }), useGrouping: fc.boolean() },
    { requiredKeys: ['maximumFractionDigits'] },
  ),
  fc.record(
    { maximumSignificantDigits: fc.integer({ min: 1, max: 4 }), useGrouping: fc.boolean() },
    { requiredKeys: ['maximumSignificantDigits'] },
  ),
  fc.constant({}),
);

/** One Intl object per constructor and arguments: building them is the slow part in WebKit. */
const intl = new Map<string, object>();
function cachedIntl<T extends object>(make: () => T, ...key: unknown[]): T {
  const id = JSON.stringify(key);
  let found = intl.get(id) as T | undefined;
  if (!found) intl.set(id, (found = make()));
  return found;
}
const numberIntl = (locale: string, o: Intl.NumberFormatOptions) =>
  cachedIntl(() => new Intl.NumberFormat(locale, o), 'number', locale, o);

describe('figures written without Intl', () => {
  it('covers exactly the locales Lede writes words for', () => {
    for (const locale of LOCALES) expect(writtenHere(locale), locale).to.equal(true);
    for (const locale of ['en-GB', 'fr-CA', 'fr-CH', 'de', 'ja-Latn']) {
      expect(writtenHere(locale), locale).to.equal(false);
    }
  });

  it('prints every figure as Intl.NumberFormat does', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LOCALES), value, options, (locale, v, o) => {
        expect(formatFigure(v, locale, o)).to.equal(numberIntl(locale, o).format(v));
      }),
      { numRuns: 3000 },
    );
  });

  it('takes the singular where Intl.PluralRules says "one"', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LOCALES), value, (locale, v) => {
        const rules = cachedIntl(() => new Intl.PluralRules(locale), 'plural', locale);
        expect(isOne(v, locale)).to.equal(rules.select(v) === 'one');
      }),
      { numRuns: 2000 },
    );
  });

  it('writes money in English with the symbols Intl prints', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('en', 'en-US'),
        fc.constantFrom(...CURRENCIES),
        fc.integer({ min: -999_999, max: 999_999 }),
        (locale, currency, amount) => {
          const intl = numberIntl(locale, {
            style: 'currency',
            currency,
            maximumFractionDigits: 0,
          });
          expect(formatMoney(amount, currency, locale, { precision: 6 })).to.equal(
            intl.format(amount),
          );
          const symbol = intl.formatToParts(1).find((p) => p.type === 'currency')!.value;
          expect(formatMoney(2e9, currency, locale)).to.equal(
            `${symbol}${/\p{L}$/u.test(symbol) ? '\u00a0' : ''}2 billion`,
          );
        },
      ),
    );
  });

  it('writes dates as Intl.DateTimeFormat does, to the precision given', () => {
    const day = fc
      .date({
        min: new Date('1000-01-01T00:00:00Z'),
        max: new Date('9999-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.constantFrom(...LOCALES),
        day,
        fc.constantFrom(4, 7, 10),
        (locale, iso, length) => {
          const parts: Intl.DateTimeFormatOptions =
            length === 4
              ? { year: 'numeric' }
              : length === 7
                ? { year: 'numeric', month: 'long' }
                : { dateStyle: 'long' };
          const intl = cachedIntl(
            () => new Intl.DateTimeFormat(locale, { ...parts, timeZone: 'UTC' }),
            'date',
            locale,
            length,
          );
          expect(formatDate(iso.slice(0, length), locale)).to.equal(
            intl.format(new Date(`${iso}T00:00:00Z`)),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });
});
