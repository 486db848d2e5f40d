// Numbers for readers: a value, a locale and digit options in, the figure as Intl.NumberFormat
// prints it out. For en, fr and ja (the languages Lede writes words in) the figure is built here in
// JavaScript: in a fresh page the first Intl formatter loads ICU's data, 30-90 ms on a small
// machine, longer than drawing a whole chart. Every other locale, and anything these few lines do
// not cover, goes to a memoized Intl formatter. Tests hold the two equal over random values.
import { languageOf } from './locale.js';

/** Digit options Lede formats figures with: at most one of the two limits. */
export interface FigureOptions {
  maximumFractionDigits?: number;
  maximumSignificantDigits?: number;
  useGrouping?: boolean;
}

/** Separators of the locales written here; the tags are canonical (see resolveLocale). */
const WRITTEN: Record<string, [group: string, decimal: string]> = {
  en: [',', '.'],
  'en-US': [',', '.'],
  fr: ['\u202f', ','],
  'fr-FR': ['\u202f', ','],
  ja: [',', '.'],
  'ja-JP': [',', '.'],
};

/** True when figures, plurals and dates of `locale` are written without Intl. */
export function writtenHere(locale: string): boolean {
  return Object.hasOwn(WRITTEN, locale);
}

const numberFormats = new Map<string, Intl.NumberFormat>();

export function numberFormat(
  locale: string,
  options: Intl.NumberFormatOptions = {},
): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

/**
 * `size` (not negative, finite) rounded as ICU rounds: from the shortest decimal that reads back
 * as the number (1.005 rounds to 1.01, as readers expect, where toFixed gives 1.00), half away from
 * zero, trailing zeros dropped. Returns the integer and fraction digits.
 */
function roundDecimal(size: number, options: FigureOptions): [string, string] {
  const [mantissa, exponent] = size.toExponential().split('e') as [string, string];
  let digits = mantissa.replace('.', '');
  // Digits before the decimal point: 1.5e+2 has 3, 1.5e-3 has -2.
  let point = Number(exponent) + 1;
  const keep = options.maximumSignificantDigits ?? point + (options.maximumFractionDigits ?? 3);
  if (keep < digits.length) {
    const up = keep >= 0 && digits[keep]! >= '5';
    digits = keep > 0 ? digits.slice(0, keep) : '';
    if (up) {
      // Add one to the last kept digit, carrying: 0.0996 to two places is 0.10, 99.6 to none is 100.
      let i = digits.length - 1;
      while (i >= 0 && digits[i] === '9') i--;
      digits =
        i < 0
          ? `1${'0'.repeat(digits.length)}`
          : `${digits.slice(0, i)}${Number(digits[i]) + 1}${'0'.repeat(digits.length - i - 1)}`;
      if (i < 0) point++;
    }
    if (!digits) return ['0', ''];
  }
  const whole = point <= 0 ? '0' : digits.slice(0, point).padEnd(point, '0');
  const fraction = point < 0 ? `${'0'.repeat(-point)}${digits}` : digits.slice(Math.max(point, 0));
  return [whole, fraction.replace(/0+$/, '')];
}

/** `value` as `new Intl.NumberFormat(locale, options).format(value)` prints it. */
export function formatFigure(value: number, locale: string, options: FigureOptions = {}): string {
  const separators = WRITTEN[locale];
  if (!separators || !Number.isFinite(value) || Math.abs(value) >= 1e21) {
    return numberFormat(locale, options).format(value);
  }
  const [group, decimal] = separators;
  const [whole, fraction] = roundDecimal(Math.abs(value), options);
  const grouped = options.useGrouping === false ? whole : whole.replace(/\B(?=(\d{3})+$)/g, group);
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  return `${sign}${grouped}${fraction ? `${decimal}${fraction}` : ''}`;
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** True when `value` takes the singular ("1 gigawatt", "1,5 gigawatt"), as Intl.PluralRules says. */
export function isOne(value: number, locale: string): boolean {
  // Past 1e15 ICU's plural operands overflow (it calls 1e20 "one" in French): left to Intl.
  if (writtenHere(locale) && Math.abs(value) < 1e15) {
    // PluralRules reads the number as printed with at most three decimals.
    const [whole, fraction] = roundDecimal(Math.abs(value), {});
    const language = languageOf(locale);
    if (language === 'en') return whole === '1' && fraction === '';
    if (language === 'fr') return whole === '0' || whole === '1';
    return false;
  }
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules.select(value) === 'one';
}

/** Fraction digits that keep a figure honest: 1.25, 12.5, 125 (never "150.0"). */
export function fractionDigitsFor(value: number): number {
  const size = Math.abs(value);
  return size < 10 ? 2 : size < 100 ? 1 : 0;
}

export function formatNumber(value: number, locale: string): string {
  return formatFigure(value, locale, { maximumFractionDigits: fractionDigitsFor(value) });
}
