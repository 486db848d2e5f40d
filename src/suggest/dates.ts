// A sentence -> the first date in it that names its year, at the precision written: "14 March
// 2025" is 2025-03-14, "April 2024" and "2024年4月" 2024-04, "Friday" or "the next two years"
// nothing (their year would be a guess). Full dates come from chrono-node; a month and year,
// which its parsers leave uncertain, from the month names here.
import { casual as en } from 'chrono-node/en';
import { casual as fr } from 'chrono-node/fr';
import { casual as ja } from 'chrono-node/ja';
import type { Span } from './sentences.js';
import type { SuggestLocale } from './types.js';

const PARSERS = { en, fr, ja };

export interface DateMention extends Span {
  /** yyyy, yyyy-mm or yyyy-mm-dd. */
  date: string;
}

const MONTHS: Record<SuggestLocale, string[]> = {
  en: 'january february march april may june july august september october november december'.split(
    ' ',
  ),
  fr: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(
    ' ',
  ),
  ja: [],
};
const MONTH_YEAR: Record<SuggestLocale, RegExp> = {
  en: new RegExp(String.raw`(?<!\p{L})(${MONTHS.en.join('|')}),? ((?:19|20)\d{2})(?!\d)`, 'iu'),
  fr: new RegExp(String.raw`(?<!\p{L})(${MONTHS.fr.join('|')}) ((?:19|20)\d{2})(?!\d)`, 'iu'),
  ja: /((?:19|20)\d{2})年(\d{1,2})月(?!\d{1,2}日)/u,
};

const pad = (n: number | null | undefined): string => String(n ?? 0).padStart(2, '0');

export function findDate(text: string, span: Span, locale: SuggestLocale): DateMention | undefined {
  const words = text.slice(span.start, span.end);
  for (const result of PARSERS[locale].parse(words, new Date(2000, 0, 1))) {
    const when = result.start;
    // A year given as digits, not worked out from "next year" or a weekday.
    if (!when.isCertain('year') || !/\d{4}/.test(result.text)) continue;
    let date = String(when.get('year'));
    if (when.isCertain('month')) {
      date += `-${pad(when.get('month'))}`;
      if (when.isCertain('day')) date += `-${pad(when.get('day'))}`;
    }
    const start = span.start + result.index;
    return { date, start, end: start + result.text.length };
  }
  const m = MONTH_YEAR[locale].exec(words);
  if (!m) return undefined;
  const [year, month] =
    locale === 'ja'
      ? [m[1]!, Number(m[2])]
      : [m[2]!, MONTHS[locale].indexOf(m[1]!.toLowerCase()) + 1];
  if (month < 1 || month > 12) return undefined;
  const start = span.start + m.index;
  return { date: `${year}-${pad(month)}`, start, end: start + m[0].length };
}
