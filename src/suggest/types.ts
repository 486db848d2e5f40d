// The shapes `suggest()` works with. An article document has the shape of schema/sakai.json: one
// key per widget part, each present only when the text supports it.

/** Languages `suggest()` reads. */
export type SuggestLocale = 'en' | 'fr' | 'ja';

export interface SuggestOptions {
  /**
   * BCP 47 language of the text: `en`, `fr` or `ja` (a region, as in `fr-CA`, is ignored). Default:
   * told from the text itself (kana and kanji: Japanese; French function words: French; else English).
   */
  locale?: string;
}

/** Power-ramp gauge fields (`ramp`), as in `$defs/powerRampGauge` of the article schema. */
export interface RampPart {
  heading?: string;
  source?: string;
  unit?: 'W' | 'kW' | 'MW' | 'GW' | 'TW';
  stages: { value: number; label?: string; atLeast?: boolean }[];
  current?: 'none' | number;
}

/** Site-map fields (`sites`), as in `$defs/siteMap`. */
export interface SitesPart {
  heading?: string;
  source?: string;
  /** ISO 3166-1 alpha-2 code of the country the sites are in. */
  region: string;
  sites: {
    name: string;
    lat: number;
    lon: number;
    status?: 'operating' | 'construction' | 'planned';
    approximate?: boolean;
    note?: string;
  }[];
  highlight?: string;
}

/** Deal-value card fields (`deal`), as in `$defs/dealValueCard`. */
export interface DealPart {
  heading?: string;
  source?: string;
  amount: number;
  currency: string;
  convertedAmount?: number;
  convertedCurrency?: string;
  label?: string;
  buyer?: string;
  seller?: string;
  /** yyyy, yyyy-mm or yyyy-mm-dd, at the precision the text gives. */
  date?: string;
  compare?: { label: string; amount: number; currency?: string }[];
}

/** A document of the article schema (`schema/article.schema.json`). */
export interface ArticleDocument {
  ramp?: RampPart;
  sites?: SitesPart;
  deal?: DealPart;
}

/** Which words of the text a suggested field came from, or a question for the editor. */
export interface SuggestNote {
  /** The article part: `ramp`, `sites` or `deal`. */
  part: keyof ArticleDocument;
  /** JSON Pointer of the field inside its part, e.g. `/stages/1/value`, `/amount`, `/sites/0/lat`. */
  field: string;
  /** The exact words of the text: always `text.slice(start, end)`. */
  quote: string;
  /** UTF-16 offsets of the quote in the text. */
  start: number;
  end: number;
  /**
   * Set when the text is ambiguous and the field was left out of the article: what the editor
   * should decide (in English), e.g. "Two amounts could be the deal's value: …".
   */
  question?: string;
}

export interface Suggestion {
  /** Valid against `schema/article.schema.json`; `{}` when the text supports no widget. */
  article: ArticleDocument;
  /** One note per suggested field (several for a field drawn from several places), then questions. */
  notes: SuggestNote[];
  /** The language the text was read in. */
  locale: SuggestLocale;
}
