// Sums of money in an article -> the deal-value card's part: the amount of the first sentence
// with a deal verb, its reported conversion, buyer, seller, what was bought, the date, and the
// other sums such sentences set beside it (valuations among them: never the deal itself).
import { findDate } from './dates.js';
import type { MoneyMention } from './money.js';
import { quoteNote, type Source } from './notes.js';
import { findParties } from './parties.js';
import { spanAt, type Span } from './sentences.js';
import type { DealPart, SuggestLocale, SuggestNote } from './types.js';

const DEAL_VERB: Record<SuggestLocale, RegExp> = {
  en: /\b(?:buy|buys|bought|buying|acquir\w*|purchas\w*|pay|pays|paid|paying|invest\w*|agreements?|agreed|deal|takeover|sells?|sold|selling|sale)\b/gi,
  fr: /\b(?:ach[eè]t\w*|rach[eè]t\w*|acqu[ié]\w*|acquisition|investi\w*|accords?|pai\w*|pay\w*|cession|c[eè]d\w*|vend\w*|vente|contrat)\b/gi,
  ja: /買収|取得|投資|契約|購入|売却|譲渡|出資|支払/g,
};
/** Words before a sum in its sentence that make it something other than a price. */
const NOT_PRICE: Record<SuggestLocale, RegExp> = {
  en: /(?<!\p{L})(?:valuation|valued|worth|market value|market cap\w*|revenue|sales|turnover|profit|loss)(?!\p{L})[^.,;]*$/iu,
  fr: /(?<!\p{L})(?:évaluation|valoris\w*|valeur de marché|capitalisation|chiffre d'affaires|bénéfice|perte)(?!\p{L})[^.,;]*$/iu,
  ja: /(?:時価総額|評価額|企業価値|売上|売上高|利益|損失)[^、。]*$/,
};

const same = (a: MoneyMention | undefined, b: MoneyMention | undefined): boolean =>
  !!a && !!b && a.amount === b.amount && a.currency === b.currency;

export function suggestDeal(
  source: Source,
  locale: SuggestLocale,
  sentences: readonly Span[],
  money: readonly MoneyMention[],
): { part?: DealPart; notes: SuggestNote[] } {
  const notes: SuggestNote[] = [];
  const candidates = money.filter((m) => {
    const s = sentences[spanAt(sentences, m.figure.start)];
    return !!s && new RegExp(DEAL_VERB[locale].source, 'i').test(source.norm.slice(s.start, s.end));
  });
  // A valuation or revenue stands beside the deal, never for it.
  const prices = candidates.filter((m) => {
    const s = sentences[spanAt(sentences, m.figure.start)]!;
    return !NOT_PRICE[locale].test(source.norm.slice(s.start, m.figure.start));
  });
  const first = prices[0];
  if (!first) return { notes };
  // "paid $676 million … for 100 billion yen ($676 million)": the sum with the conversion leads.
  const deal = prices.find((c) => same(first, c.converted)) ?? first;
  const sentence = spanAt(sentences, first.figure.start);
  const rivals = prices.filter(
    (c) => spanAt(sentences, c.figure.start) === sentence && !related(deal, c),
  );
  if (rivals.length > 0) {
    const question = `Which sum is the deal's value? The sentence gives several: ${[deal, ...rivals].map((c) => source.text.slice(c.figure.start, c.figure.end)).join(', ')}.`;
    notes.push(quoteNote(source.text, 'deal', '/amount', sentences[sentence]!, question));
    return { notes };
  }
  const part: DealPart = { amount: deal.amount, currency: deal.currency };
  for (const c of candidates.filter((c) => same(deal, c))) {
    notes.push(quoteNote(source.text, 'deal', '/amount', c.figure));
    notes.push(quoteNote(source.text, 'deal', '/currency', c.currencySpan));
  }
  if (deal.converted) {
    part.convertedAmount = deal.converted.amount;
    part.convertedCurrency = deal.converted.currency;
    for (const c of [deal.converted, ...candidates.filter((c) => same(c, deal.converted))]) {
      notes.push(quoteNote(source.text, 'deal', '/convertedAmount', c.figure));
      notes.push(quoteNote(source.text, 'deal', '/convertedCurrency', c.currencySpan));
    }
  }
  describeDeal(source, locale, sentences, candidates, part, notes);
  const others = candidates.filter((c) => !related(deal, c));
  if (others.length > 0) part.compare = [];
  others.forEach((c, i) => {
    const label = labelSpan(source, locale, sentences, c);
    part.compare!.push({
      label: source.text.slice(label.start, label.end),
      amount: c.amount,
      currency: c.currency,
    });
    notes.push(quoteNote(source.text, 'deal', `/compare/${i}/label`, label));
    notes.push(quoteNote(source.text, 'deal', `/compare/${i}/amount`, c.figure));
    notes.push(quoteNote(source.text, 'deal', `/compare/${i}/currency`, c.currencySpan));
  });
  return { part, notes };
}

/** The same sum, or its conversion either way. */
const related = (deal: MoneyMention, c: MoneyMention): boolean =>
  same(deal, c) || same(deal.converted, c) || same(c.converted, deal);

/** Buyer, seller, label and date from the deal's sentences, the first to name each. */
function describeDeal(
  source: Source,
  locale: SuggestLocale,
  sentences: readonly Span[],
  candidates: readonly MoneyMention[],
  part: DealPart,
  notes: SuggestNote[],
): void {
  const indices = [...new Set(candidates.map((c) => spanAt(sentences, c.figure.start)))];
  for (const index of indices) {
    const span = sentences[index]!;
    const parties = findParties(source.norm, span, locale);
    for (const role of ['buyer', 'seller', 'label'] as const) {
      const at = parties[role];
      if (part[role] !== undefined || !at) continue;
      part[role] = source.text.slice(at.start, at.end);
      notes.push(quoteNote(source.text, 'deal', `/${role}`, at));
    }
    const date = part.date === undefined ? findDate(source.norm, span, locale) : undefined;
    if (date) {
      part.date = date.date;
      notes.push(quoteNote(source.text, 'deal', '/date', date));
    }
  }
}

/** A compared sum's label: the words from the deal verb before it to the end of its clause. */
function labelSpan(
  source: Source,
  locale: SuggestLocale,
  sentences: readonly Span[],
  c: MoneyMention,
): Span {
  const s = sentences[spanAt(sentences, c.figure.start)]!;
  const before = source.norm.slice(s.start, c.figure.start);
  const verbs = [...before.matchAll(DEAL_VERB[locale])];
  const clause = /.*(?:, |; |、)/s.exec(before)?.[0].length ?? 0;
  const verb = verbs.at(-1);
  const start = s.start + (verb ? verb.index : clause);
  const after = source.norm.slice(c.figure.end, s.end);
  const stop = /,|;|、|\.$| at a | à une | à un | with a | avec une? /.exec(after);
  const end = Math.min(c.figure.end + (stop ? stop.index : after.length), start + 100);
  return { start, end: Math.max(end, c.figure.end) };
}
