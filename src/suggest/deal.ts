// Sums of money in an article -> the deal-value card's part: the amount of the first sentence
// with a deal verb, its reported conversion, buyer, seller, what was bought, the date, and the
// other sums the article sets beside it (valuations among them: never the deal itself).
import { findDate } from './dates.js';
import { ANNOUNCE, DEAL_VERB, NOT_PRICE, SALE_VERB } from './deal-words.js';
import type { MoneyMention } from './money.js';
import { quoteNote, type Source } from './notes.js';
import { findParties } from './parties.js';
import { spanAt, type Span } from './sentences.js';
import type { DealPart, SuggestLocale, SuggestNote } from './types.js';

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
  const deal =
    prices.find((c) => same(c, first) && c.converted) ??
    prices.find((c) => same(first, c.converted)) ??
    first;
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
  describeDeal(source, locale, sentences, deal, part, notes);
  const others = money.filter((c) => !related(deal, c));
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

/**
 * Buyer, seller and what was bought, when the deal's sentence has a verb of sale (an investment
 * has neither), from the first sentences with such a verb that name them; the date from the deal's sentence, else the next that has one
 * among those with a deal verb, else among those that announce.
 */
function describeDeal(
  source: Source,
  locale: SuggestLocale,
  sentences: readonly Span[],
  deal: MoneyMention,
  part: DealPart,
  notes: SuggestNote[],
): void {
  const own = spanAt(sentences, deal.figure.start);
  const has = (pattern: RegExp) => (s: Span) =>
    new RegExp(pattern.source, 'iu').test(source.norm.slice(s.start, s.end));
  const order = [sentences[own]!, ...sentences.filter((_, i) => i !== own)];
  // Only a sale has a buyer and a seller: the deal's own sentence says whether it is one.
  const sale = has(SALE_VERB[locale])(sentences[own]!);
  for (const span of sale ? order.filter(has(SALE_VERB[locale])) : []) {
    const parties = findParties(source.norm, span, locale);
    for (const role of ['buyer', 'seller', 'label'] as const) {
      const at = parties[role];
      if (part[role] !== undefined || !at) continue;
      part[role] = source.text.slice(at.start, at.end);
      notes.push(quoteNote(source.text, 'deal', `/${role}`, at));
    }
  }
  const dated = [
    sentences[own]!,
    ...order.filter(has(DEAL_VERB[locale])),
    ...order.filter(has(ANNOUNCE[locale])),
  ];
  for (const span of dated) {
    const date = findDate(source.norm, span, locale);
    if (!date) continue;
    part.date = date.date;
    notes.push(quoteNote(source.text, 'deal', '/date', date));
    return;
  }
}

/**
 * A compared sum's label: the words from the valuation word or deal verb before it (else its
 * clause's start) to the end of its clause, cut at a word under 80 characters.
 */
function labelSpan(
  source: Source,
  locale: SuggestLocale,
  sentences: readonly Span[],
  c: MoneyMention,
): Span {
  const s = sentences[spanAt(sentences, c.figure.start)]!;
  const before = source.norm.slice(s.start, c.figure.start);
  const clause = /.*(?:, |; |、|。)/su.exec(before)?.[0].length ?? 0;
  const inClause = (m: RegExpExecArray | RegExpMatchArray | null | undefined) =>
    m?.index !== undefined && m.index >= clause ? m.index : undefined;
  const start =
    s.start +
    (inClause(new RegExp(NOT_PRICE[locale].source, 'iu').exec(before)) ??
      inClause([...before.matchAll(DEAL_VERB[locale])].at(-1)) ??
      clause);
  const after = source.norm.slice(c.figure.end, s.end);
  const stop = /,|;|、|。|\.$| at a | à une | à un | with a | avec une? /u.exec(after);
  let end = c.figure.end + (stop ? stop.index : after.length);
  if (end - start > 80) end = Math.max(c.figure.end, source.norm.lastIndexOf(' ', start + 80));
  return { start, end };
}
