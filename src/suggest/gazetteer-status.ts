// Sentences, clauses and words of a text -> whether it speaks of a facility, and the status it
// gives one (operating, under construction, planned), with the words it came from.
import type { Mention } from './gazetteer-mentions.js';
import type { SitesPart, SuggestLocale } from './types.js';

export type Status = NonNullable<SitesPart['sites'][number]['status']>;
export interface StatusWords {
  status: Status;
  start: number;
  end: number;
}
export type Span = [number, number];

const FACILITY: Record<SuggestLocale, RegExp> = {
  en: /\b(data[- ]?cent(?:er|re)s?|campus(?:es)?|plants?|sites?|facilit(?:y|ies)|factor(?:y|ies)|fabs?|hubs?|server farms?|clusters?|server halls?)\b/i,
  fr: /\b(centres? de donn[ée]es|datacenters?|data ?cent(?:er|re)s?|campus|usines?|sites?|installations?|plantes?|complexes?|bâtiments?)\b/i,
  ja: /(データセンター|拠点|工場|施設|キャンパス|DC)/,
};

// Phrases in the order they are tried; of several in a clause the one nearest the place wins.
// "sera construit" is a plan, "est construit" a building site.
const STATUS: [Status, RegExp][] = [
  [
    'planned',
    /(?<!\p{L})(plan(?:s|ned|ning)?|will (?:help )?(?:build|open|house|host|develop|create)|will be (?:the|a|an|its|one|home|built|located)|(?:is|are) to (?:build|develop|open)|to build|proposed|intends?|aims?|prévoi(?:t|ent)|prévue?s?|projette|projettent|envisage|construira|ser(?:a|ont) (?:construite?s?|le|la|les|l['’]|un|une|situé|implanté|installé)e?s?|vise|doi(?:t|vent))(?!\p{L})|(?:稼働|開業|運用)(?:を?開始)?(?:する|を始める)?(?:予定|計画|見通し|見込み)|(?:稼働|開業|運用)(?:を?開始)?(?:を|の)?(?:めざ|目指)|転換する|計画|予定|建設する|開設する|新設する|新設を|構想|めざ|目指/giu,
  ],
  [
    'operating',
    /(?<!\p{L})(operat(?:e|es|ed|ing|ional)|already (?:runs|has|hosts)|runs|in (?:operation|service)|opened|exploite|exploité|exploitent|en (?:service|activité|fonctionnement)|opérationnel(?:le)?s?)(?!\p{L})|稼働|運用中|運用して|運営する|運営して|開業した|開設し|にある/giu,
  ],
  [
    'construction',
    /(?<!\p{L})(under construction|(?:is|are) being built|broke ground|breaking ground|(?:is|are) building|en (?:cours de )?construction|(?:est|sont) construite?s?|construit|en chantier|sortent de terre|sort de terre|s['’]élèvent?)(?!\p{L})|建設中|建設して|建設を進め|建設が進|着工|工事中/giu,
  ],
];

/** Where a sentence ends (not after "St." or a decimal point). */
const SENTENCE =
  /(?<!\b(?:St|Ste|Mt|Ft|Inc|Corp|Co|Ltd|Jr|Dr|Mr|Mrs|Ms|U\.S))[.!?](?=\s+[\p{Lu}"“«(])|[。！？\n]/gu;
/** Where a clause ends inside a sentence, for telling apart the statuses of two places. */
const CLAUSE = /[;；、，]|,\s|\s(?:and|while|but|whereas|et|mais|alors que|tandis que)\s|が、/g;

function spans(text: string, pattern: RegExp, [from, to]: Span): Span[] {
  const cuts = [from];
  for (const m of text.slice(from, to).matchAll(pattern)) cuts.push(from + m.index + m[0].length);
  cuts.push(to);
  return cuts.slice(0, -1).map((start, i) => [start, cuts[i + 1]!]);
}

/** The sentences of a text, as offsets. */
export const sentences = (text: string): Span[] => spans(text, SENTENCE, [0, text.length]);

/** The clause of a sentence that holds offset `at`. */
export function clauseAt(text: string, sentence: Span, at: number): Span {
  return spans(text, CLAUSE, sentence).find(([a, b]) => at >= a && at < b) ?? sentence;
}

/** Whether a sentence names a facility (in its own language or in English). */
export function namesFacility(text: string, [from, to]: Span, locale: SuggestLocale): boolean {
  const sentence = text.slice(from, to);
  return FACILITY[locale].test(sentence) || FACILITY.en.test(sentence);
}

/** Every status phrase within a span. */
export function statusWords(text: string, [from, to]: Span): StatusWords[] {
  const found: StatusWords[] = [];
  for (const [status, pattern] of STATUS) {
    for (const m of text.slice(from, to).matchAll(pattern)) {
      const start = from + m.index;
      if (!found.some((f) => start < f.end && f.start < start + m[0].length))
        found.push({ status, start, end: start + m[0].length });
    }
  }
  return found;
}

/** The status phrase of a span nearest offset `at`. */
export function statusNear(text: string, span: Span, at: number): StatusWords | undefined {
  const distance = (w: StatusWords) => Math.min(Math.abs(w.start - at), Math.abs(w.end - at));
  return statusWords(text, span).sort((a, b) => distance(a) - distance(b))[0];
}

// ", where it already operates", ", où il exploite": a clause about the place just named.
const RELATIVE = /^,\s*(where|which|où|qui)\b/;

/**
 * The status words for a mention, and how surely they are its own: a clause right after it that
 * starts "where", "où" (4); its own clause (3); else its stretch of the sentence between other
 * places (2). A headline's count less: a title says "aims to open" of a site being built.
 */
export function statusOf(text: string, sentence: Span, m: Mention, others: Mention[]) {
  const headline = sentence[1] <= text.indexOf('\n') + 1 && /^[^\n]*\n\s*\n/.test(text);
  const relative = RELATIVE.exec(text.slice(m.end, sentence[1]));
  const after = relative && clauseAt(text, sentence, m.end + relative[0].length);
  const next = others.find((o) => o.start >= m.end)?.start ?? sentence[1];
  const stretch: Span = [others.filter((o) => o.end <= m.start).at(-1)?.end ?? sentence[0], next];
  const tries: [Span | null, number][] = [
    [after && [after[0], Math.min(after[1], next)], 4],
    [clauseAt(text, sentence, m.start), 3],
    [stretch, 2],
  ];
  for (const [span, strength] of tries) {
    const words = span && statusNear(text, span, m.start);
    if (words) return { words, strength: strength - (headline ? 2 : 0) };
  }
  return undefined;
}

/** A lone site without status words of its own takes the status every facility sentence agrees on. */
export function loneStatus(text: string, locale: SuggestLocale): StatusWords | undefined {
  const words = sentences(text)
    .filter((s) => namesFacility(text, s, locale))
    .flatMap((s) => statusWords(text, s));
  return words.length > 0 && words.every((w) => w.status === words[0]!.status)
    ? words[0]
    : undefined;
}
