// Locale resolution: candidate tags (attribute, nearest lang, document) in, one valid BCP 47 tag out.
import { issue, showValue, type LedeIssue, type Parsed } from '../data/issues.js';

/** Languages with written-out words (summaries, units, source lines). Others fall back to English words. */
export type Language = 'en' | 'fr' | 'ja';

export interface LocaleCandidate {
  /** Where the tag came from, used to name it in issues: `locale`, `lang`. */
  attribute: string;
  value: unknown;
}

/** Picks the first well-formed candidate; malformed ones are skipped with a warning. */
export function resolveLocale(candidates: readonly LocaleCandidate[]): Parsed<string> {
  const issues: LedeIssue[] = [];
  for (const { attribute, value } of candidates) {
    // Properties set from script can hold anything; only text can be a language tag.
    const tag = typeof value === 'string' ? value.trim() : value == null ? '' : undefined;
    if (tag === '') continue;
    const canonical = tag === undefined ? undefined : canonicalLocale(tag);
    if (canonical) return { value: canonical, issues };
    const message = `${attribute} ${showValue(value)} is not a valid language tag; ignoring it`;
    issues.push(issue(attribute, value, message, 'warning'));
  }
  return { value: 'en', issues };
}

function canonicalLocale(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** The language whose words Lede uses for a locale: `fr-CA` reads French, `de` reads English. */
export function languageOf(locale: string): Language {
  const base = locale.split('-')[0]?.toLowerCase();
  return base === 'fr' || base === 'ja' ? base : 'en';
}
