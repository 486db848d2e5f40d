// Article text -> a suggested article document (ramp, sites, deal) with the words each field
// came from. The entry `lede-widgets/suggest`; an author's tool, never in the reader bundles.
import { suggestDeal } from './deal.js';
import { resolveLocale } from './locale.js';
import { findMoney } from './money.js';
import { normalizeText } from './normalize.js';
import type { Source } from './notes.js';
import { findNumbers } from './numbers.js';
import { suggestSites } from './places.js';
import { findPower } from './power.js';
import { suggestRamp } from './ramp.js';
import { sentenceSpans } from './sentences.js';
import type { ArticleDocument, SuggestNote, SuggestOptions, Suggestion } from './types.js';
import { findYears } from './years.js';

export type * from './types.js';

/**
 * Reads a news article in English, French or Japanese and suggests the data of its widgets: the
 * power ramp (`ramp`), the site map (`sites`) and the deal card (`deal`), each only when the
 * text supports it. Every field comes from the article's own words: its note gives the quote and
 * its offsets, so an editor can check each figure against the source. Where two readings are
 * possible the field is left out and a note asks a `question` instead. A text without figures
 * gives an empty article (`{}`).
 *
 * Synchronous, and pure: the same text gives the same suggestion.
 *
 * @param text The article, as plain text.
 * @param options `locale`: `en`, `fr` or `ja` (a region such as `fr-CA` is ignored); default:
 *   told from the text.
 * @returns The article document (valid against `schema/article.schema.json`), the notes, and
 *   the language the text was read in.
 * @throws {RangeError} when `options.locale` is given and is not en, fr or ja.
 *
 * @example
 * ```ts
 * import { suggest } from 'lede-widgets/suggest';
 * const { article, notes } = suggest('The 835-megawatt campus will open in 2027.');
 * // article.ramp: { unit: 'MW', stages: [{ value: 835, label: '2027' }] }
 * ```
 */
export function suggest(text: string, options: SuggestOptions = {}): Suggestion {
  const locale = resolveLocale(text, options.locale);
  const source: Source = { text, norm: normalizeText(text) };
  const sentences = sentenceSpans(source.norm);
  const numbers = findNumbers(source.norm, locale);
  const article: ArticleDocument = {};
  const notes: SuggestNote[] = [];
  const questions: SuggestNote[] = [];
  const collect = (part: keyof ArticleDocument, found: { part?: object; notes: SuggestNote[] }) => {
    if (found.part) Object.assign(article, { [part]: found.part });
    for (const note of found.notes) (note.question === undefined ? notes : questions).push(note);
  };
  const power = findPower(source.norm, numbers, locale);
  collect('ramp', suggestRamp(source, locale, sentences, power, findYears(source.norm)));
  collect('sites', suggestSites(text, locale));
  collect('deal', suggestDeal(source, locale, sentences, findMoney(source.norm, numbers)));
  return { article, notes: [...notes, ...questions], locale };
}
