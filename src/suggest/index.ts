// Placeholder for the builder until branch suggest-core lands: reads power figures ("150
// mégawatts", "240 MW") into a ramp, with a note per figure. Not the real suggest().
import type {
  ArticleDocument,
  SuggestLocale,
  SuggestNote,
  SuggestOptions,
  Suggestion,
} from './types.js';

const POWER = /(plus de |more than |)(\d+(?:[.,]\d+)?)\s?(MW|mégawatts|megawatts|メガワット)/giu;

function detect(text: string, locale?: string): SuggestLocale {
  const tag = locale?.slice(0, 2).toLowerCase();
  if (tag === 'en' || tag === 'fr' || tag === 'ja') return tag;
  if (/[\u3040-\u30ff\u4e00-\u9fff]/u.test(text)) return 'ja';
  return /\b(le|la|les|des|une)\b/iu.test(text) ? 'fr' : 'en';
}

/** Stand-in: power stages only. */
export function suggest(text: string, options: SuggestOptions = {}): Suggestion {
  const locale = detect(text, options.locale);
  const notes: SuggestNote[] = [];
  const stages: { value: number; atLeast?: boolean }[] = [];
  for (const match of text.matchAll(POWER)) {
    const field = `/stages/${stages.length}/value`;
    const start = match.index + match[1]!.length;
    const end = match.index + match[0].length;
    stages.push({
      value: Number(match[2]!.replace(',', '.')),
      ...(match[1] ? { atLeast: true } : {}),
    });
    notes.push({ part: 'ramp', field, quote: text.slice(start, end), start, end });
  }
  const article: ArticleDocument = stages.length ? { ramp: { unit: 'MW', stages } } : {};
  return { article, notes, locale };
}
