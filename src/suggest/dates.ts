// A sentence -> the first date in it that names its year, at the precision written: "14 March
// 2025" is 2025-03-14, "March 2025" 2025-03, "Friday" nothing (its year would be a guess).
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

const pad = (n: number | null | undefined): string => String(n ?? 0).padStart(2, '0');

export function findDate(text: string, span: Span, locale: SuggestLocale): DateMention | undefined {
  const words = text.slice(span.start, span.end);
  for (const result of PARSERS[locale].parse(words, new Date(2000, 0, 1))) {
    const when = result.start;
    if (!when.isCertain('year')) continue;
    let date = String(when.get('year'));
    if (when.isCertain('month')) {
      date += `-${pad(when.get('month'))}`;
      if (when.isCertain('day')) date += `-${pad(when.get('day'))}`;
    }
    const start = span.start + result.index;
    return { date, start, end: start + result.text.length };
  }
  return undefined;
}
