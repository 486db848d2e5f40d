// Memoized Intl formatters: (locale, options) in, a shared Intl object out. Building one costs far
// more than using it, and every render formats several numbers.
const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

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

export function pluralRule(locale: string): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules;
}

/** Fraction digits that keep a figure honest: 1.25, 12.5, 125 (never "150.0"). */
export function fractionDigitsFor(value: number): number {
  const size = Math.abs(value);
  return size < 10 ? 2 : size < 100 ? 1 : 0;
}

export function formatNumber(value: number, locale: string): string {
  return numberFormat(locale, { maximumFractionDigits: fractionDigitsFor(value) }).format(value);
}
