// Normalized article text and its numbers -> the sums of money in it: "$1.6 billion", "US$ 2bn",
// "20 milliards d'euros", "650億円", "EUR 300 million", each with a conversion the text reports
// beside it in brackets ("1000億円（約6億7600万ドル）", "(environ 9,2 milliards d'euros)").
import type { NumberMention } from './numbers.js';
import type { Span } from './sentences.js';

export interface MoneyMention {
  amount: number;
  currency: string;
  /** The number and its currency. */
  figure: Span;
  currencySpan: Span;
  converted?: MoneyMention;
}

/** Symbols and codes written before the number. */
const BEFORE: [RegExp, string][] = [
  [/(?:US ?\$|U\.S\. ?\$|USD ?)$/, 'USD'],
  [/(?:C\$|CA\$|CAD ?)$/, 'CAD'],
  [/(?:A\$|AU\$|AUD ?)$/, 'AUD'],
  [/(?:HK\$|HKD ?)$/, 'HKD'],
  [/(?:S\$|SGD ?)$/, 'SGD'],
  [/(?:NZ\$|NZD ?)$/, 'NZD'],
  [/(?:R\$|BRL ?)$/, 'BRL'],
  [/(?<![A-Za-z])\$ ?$/, 'USD'],
  [/(?:€|EUR ?)$/, 'EUR'],
  [/(?:£|GBP ?)$/, 'GBP'],
  [/(?:¥|JPY ?)$/, 'JPY'],
  [/(?:₩|KRW ?)$/, 'KRW'],
  [/(?:₹|INR ?|Rs\.? ?)$/, 'INR'],
  [/(?:CHF|SEK|NOK|DKK|CNY|RMB|ZAR|AED|SAR|MXN) ?$/, ''],
];

/** Symbols, codes and names written after it (French with "de"/"d'" after a magnitude word). */
const AFTER: [RegExp, string][] = [
  [/^ ?(?:de |d')?(?:dollars? (?:américains|US)|US dollars|U\.S\. dollars)(?![\p{L}])/iu, 'USD'],
  [/^ ?(?:de |d')?(?:Canadian dollars|dollars canadiens)(?![\p{L}])/iu, 'CAD'],
  [/^ ?(?:de |d')?(?:Australian dollars|dollars australiens)(?![\p{L}])/iu, 'AUD'],
  [/^ ?(?:de |d')?(?:Singapore dollars|dollars de Singapour)(?![\p{L}])/iu, 'SGD'],
  [/^ ?(?:de |d')?dollars?(?![\p{L}])/iu, 'USD'],
  [/^ ?\$(?![\p{L}])/u, 'USD'],
  [/^ ?(?:de |d')?(?:euros?|€)(?![\p{L}])/iu, 'EUR'],
  [/^ ?(?:de |d')?(?:pounds?(?: sterling)?|livres?(?: sterling)?|£)(?![\p{L}])/iu, 'GBP'],
  [/^ ?(?:de |d')?(?:yens?|¥)(?![\p{L}])/iu, 'JPY'],
  [/^ ?(?:de |d')?(?:yuans?|renminbi)(?![\p{L}])/iu, 'CNY'],
  [/^ ?(?:de |d')?(?:Swiss francs|francs suisses)(?![\p{L}])/iu, 'CHF'],
  [/^ ?(?:de |d')?(?:kronor|Swedish kronor|couronnes suédoises)(?![\p{L}])/iu, 'SEK'],
  [/^ ?(?:de |d')?(?:Norwegian kroner|couronnes norvégiennes)(?![\p{L}])/iu, 'NOK'],
  [/^ ?(?:de |d')?(?:Danish kroner|couronnes danoises)(?![\p{L}])/iu, 'DKK'],
  [/^ ?(?:de |d')?(?:won|wons)(?![\p{L}])/iu, 'KRW'],
  [/^ ?(?:de |d')?(?:rupees|roupies)(?![\p{L}])/iu, 'INR'],
  [/^ ?(?:de |d')?(?:ringgits?)(?![\p{L}])/iu, 'MYR'],
  [
    /^ ?(?:USD|EUR|GBP|JPY|CNY|CHF|SEK|NOK|DKK|CAD|AUD|SGD|HKD|KRW|INR|MYR|BRL|ZAR|AED|SAR|MXN)(?![\p{L}])/u,
    '',
  ],
  [/^(?:米ドル|ドル)/u, 'USD'],
  [/^円/u, 'JPY'],
  [/^ユーロ/u, 'EUR'],
  [/^ポンド/u, 'GBP'],
  [/^(?:人民元|元)/u, 'CNY'],
  [/^ウォン/u, 'KRW'],
];

/** "(about …)", "(environ …)", "（約…）", ", or about …": a conversion the text reports. */
const CONVERSION_OPEN =
  /^ ?(?:\( ?|, (?:or|soit|ou) )(?:(?:about|around|approximately|roughly|some|nearly|almost|environ|près de|quelque|soit|約|およそ|ca\.) ?)?/iu;

export function findMoney(text: string, numbers: readonly NumberMention[]): MoneyMention[] {
  const mentions = numbers.flatMap((n) => {
    const m = moneyAt(text, n);
    return m ? [m] : [];
  });
  // A sum right after another's opening bracket is its conversion, not a sum of its own.
  const conversions = new Set<MoneyMention>();
  for (const [i, m] of mentions.entries()) {
    const next = mentions[i + 1];
    if (!next || next.currency === m.currency) continue;
    const gap = text.slice(m.figure.end, next.figure.start);
    if (CONVERSION_OPEN.exec(gap)?.[0].length === gap.length) {
      m.converted = next;
      conversions.add(next);
    }
  }
  return mentions.filter((m) => !conversions.has(m));
}

function moneyAt(text: string, n: NumberMention): MoneyMention | undefined {
  const before = text.slice(Math.max(0, n.start - 6), n.start);
  for (const [pattern, code] of BEFORE) {
    const m = pattern.exec(before);
    if (!m) continue;
    const start = n.start - m[0].length;
    const currencySpan = { start, end: start + m[0].trimEnd().length };
    const currency = code || m[0].trim().replace('RMB', 'CNY');
    return { amount: n.value, currency, figure: { start, end: n.end }, currencySpan };
  }
  const after = text.slice(n.end, n.end + 32);
  for (const [pattern, code] of AFTER) {
    const m = pattern.exec(after);
    if (!m) continue;
    const lead = m[0].length - m[0].trimStart().length;
    const currencySpan = { start: n.end + lead, end: n.end + m[0].length };
    const currency = code || m[0].trim();
    return {
      amount: n.value,
      currency,
      figure: { start: n.start, end: currencySpan.end },
      currencySpan,
    };
  }
  return undefined;
}
