// Money in words, the way newsrooms write it: an amount, an ISO 4217 currency code and a locale in,
// a headline figure out. "¥100 billion", "$676 million" (en); "100 milliards de yens", "1,2 milliard
// d’euros" (fr); "1000億円", "6億7600万ドル" (ja). The words are ours; figures and, for currencies
// not named below, symbols come from formatFigure and Intl.
import { languageOf } from './locale.js';
import { formatFigure, isOne, numberFormat, writtenHere } from './number.js';

export interface MoneyOptions {
  /** Significant digits kept (default 3): 676 million, not 676.0 million; 1.23 billion. */
  precision?: number;
}

/**
 * What readers call a currency: the symbol Intl prints in English (kept here so that a fresh page
 * need not load ICU's data), the French singular and plural, the Japanese name, and whether French
 * elides "de" before it.
 */
const NAMES: Record<string, [symbol: string, one: string, many: string, ja: string, elides?: 1]> = {
  JPY: ['¥', 'yen', 'yens', '円'],
  USD: ['$', 'dollar', 'dollars', 'ドル'],
  EUR: ['€', 'euro', 'euros', 'ユーロ', 1],
  GBP: ['£', 'livre sterling', 'livres sterling', 'ポンド'],
  CNY: ['CN¥', 'yuan', 'yuans', '人民元'],
  KRW: ['₩', 'won', 'wons', 'ウォン'],
  CHF: ['CHF', 'franc suisse', 'francs suisses', 'スイスフラン'],
  CAD: ['CA$', 'dollar canadien', 'dollars canadiens', 'カナダドル'],
  AUD: ['A$', 'dollar australien', 'dollars australiens', '豪ドル'],
  INR: ['₹', 'roupie indienne', 'roupies indiennes', 'ルピー'],
};

const SCALES: Record<'en' | 'fr', [number, string, string][]> = {
  en: [
    [1e12, 'trillion', 'trillion'],
    [1e9, 'billion', 'billion'],
    [1e6, 'million', 'million'],
  ],
  fr: [
    [1e12, 'billion', 'billions'],
    [1e9, 'milliard', 'milliards'],
    [1e6, 'million', 'millions'],
  ],
};

const MYRIADS: [number, string][] = [
  [1e12, '兆'],
  [1e8, '億'],
  [1e4, '万'],
];

/** Rounds to `digits` significant digits: 676_400_000 → 676_000_000. */
export function roundSignificant(value: number, digits: number): number {
  if (value === 0) return 0;
  const power = 10 ** (Math.floor(Math.log10(Math.abs(value))) - digits + 1);
  return Number((Math.round(value / power) * power).toPrecision(15));
}

/** True when Intl knows the code as a currency. */
export function isCurrency(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  try {
    return Intl.supportedValuesOf('currency').includes(code);
  } catch {
    return false;
  }
}

export function formatMoney(
  amount: number,
  currency: string,
  locale: string,
  options: MoneyOptions = {},
): string {
  const rounded = roundSignificant(amount, options.precision ?? 3);
  const language = languageOf(locale);
  if (language === 'ja') return japanese(rounded, currency, locale);
  const scale = SCALES[language].find(([size]) => Math.abs(rounded) >= size);
  const figure = (value: number) => formatFigure(value, locale, { maximumFractionDigits: 2 });
  if (language === 'fr') return french(rounded, currency, locale, scale, figure);
  if (!scale && !(NAMES[currency] && writtenHere(locale))) {
    return numberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(
      rounded,
    );
  }
  const symbol = currencySymbol(currency, locale);
  const gap = /\p{L}$/u.test(symbol) ? '\u00a0' : '';
  if (scale) return `${symbol}${gap}${figure(rounded / scale[0])} ${scale[1]}`;
  const whole = formatFigure(Math.abs(rounded), locale, { maximumFractionDigits: 0 });
  return `${rounded < 0 ? '-' : ''}${symbol}${gap}${whole}`;
}

function french(
  amount: number,
  currency: string,
  locale: string,
  scale: [number, string, string] | undefined,
  figure: (v: number) => string,
): string {
  const names = NAMES[currency];
  const few = (v: number) => isOne(v, locale);
  if (!scale) {
    if (!names) return numberFormat(locale, { style: 'currency', currency }).format(amount);
    return `${figure(amount)}\u00a0${few(amount) ? names[1] : names[2]}`;
  }
  const [size, one, many] = scale;
  const value = amount / size;
  const head = `${figure(value)}\u00a0${few(value) ? one : many}`;
  if (!names) return `${head} ${currency}`;
  return names[4] ? `${head} d’${names[2]}` : `${head} de ${names[2]}`;
}

/** Myriad grouping: the two largest non-zero groups, as Japanese papers write large sums. */
function japanese(amount: number, currency: string, locale: string): string {
  const unit = NAMES[currency]?.[3] ?? currency;
  let rest = Math.abs(amount);
  const groups: string[] = [];
  for (const [size, mark] of MYRIADS) {
    const count = Math.floor(rest / size);
    if (count > 0 && groups.length < 2) groups.push(`${count}${mark}`);
    if (count > 0) rest -= count * size;
  }
  if (groups.length === 0) {
    return `${formatFigure(rest, locale, { maximumFractionDigits: 2, useGrouping: false })}${unit}`;
  }
  return `${amount < 0 ? '-' : ''}${groups.join('')}${unit}`;
}

function currencySymbol(currency: string, locale: string): string {
  const known =
    writtenHere(locale) && languageOf(locale) === 'en' ? NAMES[currency]?.[0] : undefined;
  if (known) return known;
  const parts = numberFormat(locale, { style: 'currency', currency }).formatToParts(1);
  return parts.find((p) => p.type === 'currency')?.value ?? currency;
}
