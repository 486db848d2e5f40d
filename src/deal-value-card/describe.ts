// Deal card words: a deal model and a locale in, the headline, the reported conversion, who bought
// what from whom and when, the comparison labels and the spoken summary out.
import { languageOf, type Language } from '../core/format/locale.js';
import { formatMoney } from '../core/format/money.js';
import type { DealModel } from './model.js';

interface DealWords {
  conversion: (money: string) => string;
  parties: (buyer?: string, seller?: string) => string | undefined;
  rateNote: (deal: string, converted: string) => string;
  list: string;
  headers: [string, string];
}

const WORDS: Record<Language, DealWords> = {
  en: {
    conversion: (m) => `or ${m}, as reported`,
    parties: (b, s) =>
      b && s ? `Bought by ${b} from ${s}` : b ? `Bought by ${b}` : s ? `Sold by ${s}` : undefined,
    rateNote: (d, c) => `Converted at the rate implied by the reported figures (${d} = ${c}).`,
    list: ', ',
    headers: ['Item', 'Amount'],
  },
  fr: {
    conversion: (m) => `soit ${m}, selon les chiffres publiés`,
    parties: (b, s) =>
      b && s ? `Acheté par ${b} à ${s}` : b ? `Acheté par ${b}` : s ? `Vendu par ${s}` : undefined,
    rateNote: (d, c) => `Converti au taux implicite des montants publiés (${d} = ${c}).`,
    list: ', ',
    headers: ['Élément', 'Montant'],
  },
  ja: {
    conversion: (m) => `（発表ベースで${m}）`,
    parties: (b, s) =>
      b && s ? `${b}が${s}から取得` : b ? `${b}が取得` : s ? `${s}が売却` : undefined,
    rateNote: (d, c) => `公表額から算出したレートで換算（${d}＝${c}）。`,
    list: '、',
    headers: ['項目', '金額'],
  },
};

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Date parts shown for a date given as yyyy, yyyy-mm or yyyy-mm-dd: never more than the author gave. */
const PARTS: Record<number, Intl.DateTimeFormatOptions> = {
  4: { year: 'numeric' },
  7: { year: 'numeric', month: 'long' },
  10: { dateStyle: 'long' },
};

/** "14 mars 2025", "March 2025", "2025年": the date in the reader's locale, at the precision given. */
export function formatDate(iso: string, locale: string): string {
  const key = `${locale}|${iso.length}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...PARTS[iso.length], timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format.format(new Date(`${`${iso}-01-01`.slice(0, 10)}T00:00:00Z`));
}

export interface DealTexts {
  headline: string;
  conversion?: string;
  parties?: string;
  date?: string;
  /** One row per bar: the deal first, then the comparisons, each in its own currency's words. */
  bars: { label: string; money: string; value: number; deal: boolean }[];
  rateNote?: string;
  summary: string;
  headers: [string, string];
}

export function describeDeal(model: DealModel, locale: string): DealTexts {
  const words = WORDS[languageOf(locale)];
  const money = (amount: number, currency: string) =>
    formatMoney(amount, currency, locale, { precision: model.precision });
  const headline = money(model.amount, model.currency);
  const converted = model.converted && money(model.converted.amount, model.converted.currency);
  const conversion = converted && words.conversion(converted);
  const parties = words.parties(model.buyer, model.seller);
  const date = model.date && formatDate(model.date, locale);
  // Bars compare: without a figure to compare with, a lone bar would say nothing.
  const bars =
    model.compare.length === 0
      ? []
      : [
          { label: model.label ?? headline, money: headline, value: model.amount, deal: true },
          ...model.compare.map((c) => ({
            label: c.label,
            money: money(c.given.amount, c.given.currency),
            value: c.amount,
            deal: false,
          })),
        ];
  const rateNote =
    converted && model.compare.some((c) => c.converted)
      ? words.rateNote(headline, converted)
      : undefined;
  const head = model.label ? `${model.label}${languageOf(locale) === 'ja' ? '：' : ': '}` : '';
  const ja = languageOf(locale) === 'ja';
  const tail = [parties, date].filter(Boolean).join(words.list);
  const summary =
    `${head}${headline}` +
    (conversion ? (ja ? conversion : ` (${conversion})`) : '') +
    (tail ? `${ja ? '。' : '. '}${tail}` : '');
  return { headline, conversion, parties, date, bars, rateNote, summary, headers: words.headers };
}
