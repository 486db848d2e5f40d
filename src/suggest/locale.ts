// Locale option and article text -> the language `suggest()` reads the text in.
import type { SuggestLocale } from './types.js';

export const SUGGEST_LOCALES: readonly SuggestLocale[] = ['en', 'fr', 'ja'];

const KANA_OR_KANJI = /[\u3040-\u30FF\u4E00-\u9FFF]/g;
const LETTERS = /\p{L}/gu;
const FRENCH_WORDS =
  /\b(?:le|la|les|des|du|une|est|et|dans|pour|avec|sur|qui|que|au|aux|ses|leur|été|plus)\b|\b[dl]'/giu;
const ENGLISH_WORDS =
  /\b(?:the|and|of|to|in|is|for|with|that|on|its|was|has|have|will|from|by|at)\b/giu;

const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

/**
 * The language to read `text` in: `requested` when given (its language subtag: `fr-CA` is `fr`),
 * else told from the text: Japanese when a tenth of its letters are kana or kanji, French when it
 * has more French function words than English ones, else English.
 * @throws {RangeError} when `requested` is not a language tag of en, fr or ja.
 */
export function resolveLocale(text: string, requested?: string): SuggestLocale {
  if (requested !== undefined) {
    let language: string | undefined;
    try {
      language = Intl.getCanonicalLocales(requested)[0]?.split('-')[0];
    } catch {
      language = undefined;
    }
    const found = SUGGEST_LOCALES.find((l) => l === language);
    if (!found) {
      throw new RangeError(
        `suggest() reads en, fr or ja; the locale ${JSON.stringify(requested)} is not one of them`,
      );
    }
    return found;
  }
  const letters = count(text, LETTERS);
  if (letters > 0 && count(text, KANA_OR_KANJI) * 10 >= letters) return 'ja';
  return count(text, FRENCH_WORDS) > count(text, ENGLISH_WORDS) ? 'fr' : 'en';
}
