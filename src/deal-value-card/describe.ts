// Deal card words: a deal model and a locale in, the headline, the reported conversion, who bought
// what from whom and when, the bars' labels and values in one currency, and the spoken summary out.
import { languageOf, type Language } from '../core/format/locale.js';
import { formatMoney } from '../core/format/money.js';
import { writtenHere } from '../core/format/number.js';
import type { DealModel } from './model.js';

interface DealWords {
  conversion: (money: string) => string;
  parties: (buyer?: string, seller?: string) => string | undefined;
  rateNote: (deal: string, converted: string) => string;
  /** The deal's bar when the author gave no `label` (its figure is on the bar already). */
  thisDeal: string;
  /** A figure followed by the same figure in the currency it was given in. */
  original: (money: string, given: string) => string;
  list: string;
  headers: [string, string];
}

const WORDS: Record<Language, DealWords> = {
  en: {
    conversion: (m) => `or ${m}, as reported`,
    parties: (b, s) =>
      b && s ? `Bought by ${b} from ${s}` : b ? `Bought by ${b}` : s ? `Sold by ${s}` : undefined,
    rateNote: (d, c) => `Converted at the rate implied by the reported figures (${d} = ${c}).`,
    thisDeal: 'This deal',
    original: (m, g) => `${m} (${g})`,
    list: ', ',
    headers: ['Item', 'Amount'],
  },
  fr: {
    conversion: (m) => `soit ${m}, selon les chiffres publiés`,
    // Nouns, not past participles: "Acheté" would have to agree with the thing bought, which may
    // be feminine or plural ("Terrain et bâtiments", "La centrale").
    parties: (b, s) =>
      b && s
        ? `Acquisition par ${b} auprès de ${s}`
        : b
          ? `Acquisition par ${b}`
          : s
            ? `Cession par ${s}`
            : undefined,
    rateNote: (d, c) =>
      `Conversion au taux implicite des montants publiés (${d}\u00a0=\u00a0${c}).`,
    thisDeal: 'Cette transaction',
    original: (m, g) => `${m} (${g})`,
    list: ', ',
    headers: ['Élément', 'Montant'],
  },
  ja: {
    conversion: (m) => `（発表ベースで${m}）`,
    parties: (b, s) =>
      b && s ? `${b}が${s}から取得` : b ? `${b}が取得` : s ? `${s}が売却` : undefined,
    rateNote: (d, c) => `公表額から算出したレートで換算（${d}＝${c}）。`,
    thisDeal: '本件',
    original: (m, g) => `${m}（${g}）`,
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

const MONTHS = {
  en: 'January February March April May June July August September October November December',
  fr: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
};

/**
 * "14 mars 2025", "March 2025", "2025年": the date in the reader's locale, at the precision given,
 * as Intl.DateTimeFormat writes it. Written here for en, fr and ja (see formatFigure for why).
 */
export function formatDate(iso: string, locale: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number?, number?];
  if (writtenHere(locale) && year >= 1000) {
    const language = languageOf(locale);
    if (language === 'ja') return `${year}年${month ? `${month}月` : ''}${day ? `${day}日` : ''}`;
    if (!month) return String(year);
    const name = MONTHS[language].split(' ')[month - 1]!;
    if (!day) return `${name} ${year}`;
    return language === 'fr' ? `${day} ${name} ${year}` : `${name} ${day}, ${year}`;
  }
  const key = `${locale}|${iso.length}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...PARTS[iso.length], timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format.format(new Date(`${`${iso}-01-01`.slice(0, 10)}T00:00:00Z`));
}

/** One bar: its words and its length's value, both in the bars' currency. */
export interface DealBar {
  label: string;
  /** The figure, in the bars' currency. */
  money: string;
  /** The figure followed by the amount as given, when that was in another currency. */
  withOriginal?: string;
  /** The amount in the bars' currency, which the bar's length is drawn from. */
  value: number;
  deal: boolean;
}

export interface DealTexts {
  headline: string;
  conversion?: string;
  parties?: string;
  date?: string;
  /** The ISO 4217 code every bar is drawn and labelled in. */
  currency: string;
  /** One row per bar: the deal first, then the comparisons. */
  bars: DealBar[];
  rateNote?: string;
  summary: string;
  headers: [string, string];
  /** Rows of the data table: the bars, or without comparisons the deal alone. */
  rows: [string, string][];
}

/**
 * The currency the bars are drawn in: the one most comparisons are given in, so that as few figures
 * as possible are converted (a tie goes to the reported conversion, the readers' currency). Only
 * a deal with a conversion can have comparisons in another currency (the model drops the rest).
 */
export function barsCurrency(model: DealModel): string {
  const other = model.converted?.currency;
  if (!other || other === model.currency) return model.currency;
  const inOther = model.compare.filter((c) => c.given.currency === other).length;
  return inOther > 0 && inOther >= model.compare.length - inOther ? other : model.currency;
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
  const currency = barsCurrency(model);
  // Amounts in the deal's currency (as the model keeps them) to the bars' currency.
  const toBars = currency === model.currency ? 1 : model.converted!.amount / model.amount;
  const bar = (
    label: string,
    value: number,
    given: { amount: number; currency: string },
    deal: boolean,
  ): DealBar => {
    const figure = money(value, currency);
    return given.currency === currency
      ? { label, money: figure, value, deal }
      : {
          label,
          money: figure,
          withOriginal: words.original(figure, money(given.amount, given.currency)),
          value,
          deal,
        };
  };
  // Bars compare: without a figure to compare with, a lone bar would say nothing. The deal's bar in
  // the converted currency is the reported conversion itself, not one worked out with the rate.
  const bars =
    model.compare.length === 0
      ? []
      : [
          bar(
            model.label ?? words.thisDeal,
            currency === model.currency ? model.amount : model.converted!.amount,
            { amount: model.amount, currency: model.currency },
            true,
          ),
          ...model.compare.map((c) =>
            bar(
              c.label,
              c.given.currency === currency ? c.given.amount : c.amount * toBars,
              c.given,
              false,
            ),
          ),
        ];
  // The rate, said once, whenever a bar is in a currency other than the one its amount was given in.
  const rateNote =
    converted && bars.some((b) => b.withOriginal) ? words.rateNote(headline, converted) : undefined;
  const head = model.label ? `${model.label}${languageOf(locale) === 'ja' ? '：' : ': '}` : '';
  const ja = languageOf(locale) === 'ja';
  const tail = [parties, date].filter(Boolean).join(words.list);
  const summary =
    `${head}${headline}` +
    (conversion ? (ja ? conversion : ` (${conversion})`) : '') +
    (tail ? `${ja ? '。' : '. '}${tail}` : '');
  return {
    headline,
    conversion,
    parties,
    date,
    currency,
    bars,
    rateNote,
    summary,
    headers: words.headers,
    rows:
      bars.length > 0
        ? bars.map((b) => [b.label, b.withOriginal ?? b.money])
        : [
            [
              model.label ?? words.thisDeal,
              conversion ? words.original(headline, converted) : headline,
            ],
          ],
  };
}
