// A deal's sentence -> who buys, who sells and what, as the sentence names them: "SoftBank will
// buy Sharp's Sakai plant", "X rachète Y à Z", "ソフトバンクはシャープから…を取得".
import type { Span } from './sentences.js';
import type { SuggestLocale } from './types.js';

export interface Parties {
  buyer?: Span;
  seller?: Span;
  label?: Span;
}

const WORD = String.raw`\p{Lu}(?:[\p{L}\d&-]|\.(?=\p{L}))*`;
const ORG = String.raw`${WORD}(?: (?:${WORD}|&))*`;
const ORG_JA = String.raw`[\p{Script=Han}\p{Script=Katakana}ーA-Za-z0-9&・.]+`;
/** Capitalised words that start sentences or name days, not companies. */
const NOT_ORG =
  /^(?:The|A|An|On|In|Its|It|This|That|Le|La|Les|Un|Une|Ce|Cette|Il|Elle|En|Au|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche|同社|両社|政府)$/u;

type Rule = { pattern: RegExp; groups: Partial<Record<keyof Parties, number>> };

const RULES: Record<SuggestLocale, Rule[]> = {
  en: [
    {
      pattern: new RegExp(
        String.raw`(${ORG}) (?:[a-z]+ ){0,3}?(?:sold|sells|sell|selling) (?:[^.]*?) to (${ORG})`,
        'u',
      ),
      groups: { seller: 1, buyer: 2 },
    },
    {
      pattern: new RegExp(
        String.raw`(${ORG}) (?:[a-z]+ ){0,4}?(?:buy|buys|bought|acquire[sd]?|purchase[sd]?|pay|pays|paid|invest(?:s|ed)?)\b`,
        'u',
      ),
      groups: { buyer: 1 },
    },
    {
      pattern: new RegExp(
        String.raw`\b(?:buy|buys|bought|acquire[sd]?|purchase[sd]?|stake in|for) (${ORG})'s? ([^,;.]{3,60}?)(?= for | from | in | at |,|;|\.|$)`,
        'u',
      ),
      groups: { seller: 1 },
    },
    {
      pattern: new RegExp(
        String.raw`\b(?:buy|buys|bought|acquire[sd]?|purchase[sd]?|for) ((?:the|a|an|its) [^,;.]{3,70}?)(?= for | from | in a | at |,|;|\.|$)`,
        'u',
      ),
      groups: { label: 1 },
    },
    { pattern: new RegExp(String.raw`\bfrom (${ORG})`, 'du'), groups: { seller: 1 } },
  ],
  fr: [
    {
      pattern: new RegExp(
        String.raw`(${ORG}) (?:[\p{Ll}']+ ){0,3}?(?:cède|vend|a cédé|a vendu|cèdera|vendra) (?:[^.]*?) à (${ORG})`,
        'u',
      ),
      groups: { seller: 1, buyer: 2 },
    },
    {
      pattern: new RegExp(String.raw`(?:contrat|accord) [^.]*?\bde (${ORG}) avec (${ORG})`, 'du'),
      groups: { buyer: 1, seller: 2 },
    },
    {
      pattern: new RegExp(
        String.raw`(${ORG}) (?:[\p{Ll}']+ ){0,4}?(?:rachète|achète|acquiert|racheté|acheté|acquis|paiera|paierait|payera|investit|investira|investir)\b`,
        'u',
      ),
      groups: { buyer: 1 },
    },
    {
      pattern: new RegExp(
        String.raw`\b(?:rachète|achète|acquiert|racheter|acheter|acquérir|pour|rachat de|acquisition de) ((?:l'|le |la |les |un |une |des )[^,;.]{3,70}?)(?= pour | à | auprès | afin |,|;|\.|$)`,
        'u',
      ),
      groups: { label: 1 },
    },
    { pattern: new RegExp(String.raw`\b(?:auprès de|à) (${ORG})`, 'du'), groups: { seller: 1 } },
  ],
  ja: [
    {
      pattern: new RegExp(String.raw`(${ORG_JA})(?:は|が)(?:[^。]*?、)?(${ORG_JA})から`, 'du'),
      groups: { buyer: 1, seller: 2 },
    },
    {
      pattern: new RegExp(
        String.raw`(${ORG_JA})(?:は|が)[^。]*?(?:買収|取得|購入|投資|出資)`,
        'du',
      ),
      groups: { buyer: 1 },
    },
    {
      pattern: new RegExp(
        String.raw`(?:から|、|は)([^、。はがを]{2,40}?)を[^、。]{0,24}?(?:買収|取得|購入)`,
        'u',
      ),
      groups: { label: 1 },
    },
    {
      pattern: new RegExp(
        String.raw`(${ORG_JA})(?:の|から)[^、。]{0,30}?を[^、。]{0,24}?(?:買収|取得|購入)`,
        'u',
      ),
      groups: { seller: 1 },
    },
  ],
};

/** The parties a sentence names; the first rule to find a role wins it. */
export function findParties(text: string, span: Span, locale: SuggestLocale): Parties {
  const words = text.slice(span.start, span.end);
  const parties: Parties = {};
  // One company is not both buyer and seller.
  const named = (name: string) =>
    (['buyer', 'seller'] as const).some((role) => {
      const at = parties[role];
      return at && text.slice(at.start, at.end) === name;
    });
  for (const { pattern, groups } of RULES[locale]) {
    const m = pattern.exec(words);
    if (!m?.indices) continue;
    for (const [role, group] of Object.entries(groups) as [keyof Parties, number][]) {
      const at = m.indices[group];
      const value = m[group];
      if (parties[role] || !at || !value || NOT_ORG.test(value)) continue;
      if (role !== 'label' && named(value)) continue;
      parties[role] = { start: span.start + at[0], end: span.start + at[1] };
    }
  }
  return parties;
}
