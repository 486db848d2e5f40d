import { expect } from '@open-wc/testing';
import { convertPower, displayUnitFor, formatPower } from './power.js';
import { languageOf, resolveLocale } from './locale.js';
import { formatNumber, numberFormat } from './number.js';

const NBSP = '\u00a0';

describe('formatPower()', () => {
  it('writes "1,2 GW" in French and "1.2 GW" in English', () => {
    expect(formatPower(1.2, 'GW', 'fr')).to.equal(`1,2${NBSP}GW`);
    expect(formatPower(1.2, 'GW', 'en')).to.equal(`1.2${NBSP}GW`);
    expect(formatPower(1.2, 'GW', 'ja')).to.equal('1.2GW');
  });

  it('never adds false precision', () => {
    expect(formatPower(150, 'MW', 'fr')).to.equal(`150${NBSP}MW`);
    expect(formatPower(2.5, 'GW', 'en')).to.equal(`2.5${NBSP}GW`);
  });

  it('groups thousands the way the locale does', () => {
    const group = numberFormat('fr').format(1000).replace(/\d/g, '');
    expect(formatPower(1500, 'W', 'fr')).to.equal(`1${group}500${NBSP}W`);
  });

  it('keeps the unit it is given, even for a tiny figure, unless asked to rescale', () => {
    expect(formatPower(0.05, 'MW', 'en')).to.equal(`0.05${NBSP}MW`);
    expect(formatPower(0.00125, 'MW', 'fr')).to.equal(`0,00125${NBSP}MW`);
    expect(formatPower(1000, 'MW', 'en')).to.equal(`1,000${NBSP}MW`);
    expect(formatPower(0.05, 'MW', 'en', { rescale: true })).to.equal(`50${NBSP}kW`);
  });

  it('writes "more than" as a sign in English and in words in French and Japanese', () => {
    expect(formatPower(240, 'MW', 'en', { moreThan: true })).to.equal(`>${NBSP}240${NBSP}MW`);
    expect(formatPower(240, 'MW', 'fr', { moreThan: true })).to.equal(`plus de${NBSP}240${NBSP}MW`);
    expect(formatPower(240, 'MW', 'ja', { moreThan: true })).to.equal('240MW超');
    expect(formatPower(240, 'MW', 'fr', { moreThan: true, long: true })).to.equal(
      `plus de 240${NBSP}mégawatts`,
    );
    expect(formatPower(240, 'MW', 'en', { moreThan: true, long: true })).to.equal(
      `more than 240${NBSP}megawatts`,
    );
    expect(formatPower(240, 'MW', 'ja', { moreThan: true, long: true })).to.equal(
      '240メガワット超',
    );
  });

  it('follows each language’s plural rules', () => {
    expect(formatPower(1, 'GW', 'en', { long: true })).to.equal(`1${NBSP}gigawatt`);
    expect(formatPower(1.5, 'GW', 'en', { long: true })).to.equal(`1.5${NBSP}gigawatts`);
    expect(formatPower(1.5, 'GW', 'fr', { long: true })).to.equal(`1,5${NBSP}gigawatt`);
    expect(formatPower(2, 'GW', 'fr', { long: true })).to.equal(`2${NBSP}gigawatts`);
    // The plural follows the figure as printed.
    expect(formatPower(0.999, 'GW', 'en', { long: true })).to.equal(`1${NBSP}gigawatt`);
    expect(formatPower(1.004, 'GW', 'en', { long: true })).to.equal(`1${NBSP}gigawatt`);
  });

  it('writes French units in the singular below 2, as Intl.PluralRules says', () => {
    const rules = new Intl.PluralRules('fr');
    for (const value of [0, 0.5, 1, 1.5, 1.99, 2, 2.5, 240]) {
      const plural = rules.select(value) === 'one' ? '' : 's';
      const figure = new Intl.NumberFormat('fr').format(value);
      expect(formatPower(value, 'MW', 'fr', { long: true })).to.equal(
        `${figure}${NBSP}mégawatt${plural}`,
      );
    }
  });
});

describe('displayUnitFor() and convertPower()', () => {
  it('scales to the largest unit that keeps the figure at least 1', () => {
    expect(displayUnitFor(1200, 'MW')).to.equal('GW');
    expect(displayUnitFor(240, 'MW')).to.equal('MW');
    expect(displayUnitFor(0.5, 'MW')).to.equal('kW');
    expect(displayUnitFor(0, 'MW')).to.equal('W');
    expect(convertPower(1200, 'MW', 'GW')).to.equal(1.2);
  });
});

describe('resolveLocale()', () => {
  it('takes the first well-formed candidate', () => {
    const result = resolveLocale([
      { attribute: 'locale', value: undefined },
      { attribute: 'lang', value: 'fr-fr' },
    ]);
    expect(result).to.deep.equal({ value: 'fr-FR', issues: [] });
  });

  it('skips a malformed tag with a warning and falls back to en', () => {
    const result = resolveLocale([{ attribute: 'locale', value: 'not a locale!' }]);
    expect(result.value).to.equal('en');
    expect(result.issues[0]).to.include({ attribute: 'locale', severity: 'warning' });
  });

  it('treats a non-text locale (set from script) as malformed, not as a crash', () => {
    const result = resolveLocale([
      { attribute: 'locale', value: 5 },
      { attribute: 'lang', value: 'ja' },
    ]);
    expect(result.value).to.equal('ja');
    expect(result.issues[0]).to.include({ attribute: 'locale', value: 5, severity: 'warning' });
  });

  it('maps locales to the languages Lede writes words in', () => {
    expect(languageOf('fr-CA')).to.equal('fr');
    expect(languageOf('ja')).to.equal('ja');
    expect(languageOf('de-DE')).to.equal('en');
  });
});

describe('formatNumber()', () => {
  it('shows fewer decimals as figures grow', () => {
    expect(formatNumber(1.234, 'en')).to.equal('1.23');
    expect(formatNumber(12.34, 'en')).to.equal('12.3');
    expect(formatNumber(123.4, 'en')).to.equal('123');
  });
  it('reuses one Intl.NumberFormat per locale and options', () => {
    expect(numberFormat('en', { maximumFractionDigits: 1 })).to.equal(
      numberFormat('en', { maximumFractionDigits: 1 }),
    );
  });
});
