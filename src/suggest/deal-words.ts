// The words that make a sentence about a deal, a sale or an announcement, and those that make a
// sum something other than a price, in each language suggest() reads.
import type { SuggestLocale } from './types.js';

export const DEAL_VERB: Record<SuggestLocale, RegExp> = {
  en: /\b(?:buy|buys|bought|buying|acquir\w*|purchas\w*|pay|pays|paid|paying|invest\w*|spend\w*|spent|agreements?|agreed|deal|projects?|takeover|sells?|sold|selling|sale)\b/gi,
  fr: /\b(?:ach[eè]t\w*|rach[eè]t\w*|acqu[ié]\w*|acquisition|investi\w*|accords?|pai\w*|pay\w*|cession|c[eè]d\w*|vend\w*|vente|contrat|projets?|dépens\w*|consacr\w*)\b/gi,
  ja: /買収|取得|投資|契約|購入|売却|譲渡|出資|支払|投じ|投入/g,
};
/** Verbs of a sale: only they name a buyer and a seller. */
export const SALE_VERB: Record<SuggestLocale, RegExp> = {
  en: /\b(?:buy|buys|bought|buying|acquir\w*|purchas\w*|takeover|sells?|sold|selling|sale)\b/,
  fr: /(?<!\p{L})(?:ach[eè]t\w*|rach[eè]t\w*|acqu[ié]\w*|acquisition|cession|c[eè]d\w*|vend\w*|vente)/u,
  ja: /買収|取得|購入|売却|譲渡/,
};
export const ANNOUNCE: Record<SuggestLocale, RegExp> = {
  en: /\b(?:announc\w*|said|unveil\w*|confirm\w*)\b/,
  fr: /(?<!\p{L})(?:annonc\w*|dévoil\w*|confirm\w*)/u,
  ja: /発表|明らかにし|公表/,
};
/** Words before a sum in its sentence that make it something other than a price. */
export const NOT_PRICE: Record<SuggestLocale, RegExp> = {
  en: /(?<!\p{L})(?:valuation|valued|worth|market value|market cap\w*|revenue|sales|turnover|profit|loss)(?!\p{L})[^.,;]*$/iu,
  fr: /(?<!\p{L})(?:évaluation|valoris\w*|valeur de marché|capitalisation|chiffre d'affaires|bénéfice|perte)(?!\p{L})[^.,;]*$/iu,
  ja: /(?:時価総額|評価額|企業価値|売上|売上高|利益|損失)[^、。]*$/,
};
