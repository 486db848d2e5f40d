// Where Japanese text may not break: a phrase split (BudouX's or the rule-based one) in, the same
// text out with no cut inside a figure, a number run with the units and counters that follow it
// ("6億7600万ドル", "2025年3月14日", "240MW超"), which a reader reads as one word.

/**
 * Units, scales, currencies, date parts, counters and hedges that belong to the number before them
 * (one regular expression rather than a list: it is in every widget's bundle).
 */
const UNIT =
  '(?:年度|[カかヶヵ]月|ドル|ユーロ|ポンド|ウォン|以上|未満|程度|[GMk]Wh|[TGMkK]?W|km|[兆億万千百円元年月日時分秒期基棟社件人倍割％%超m])';
const DIGITS = '[0-9０-９][0-9０-９,.，．]*';
/**
 * A figure: an optional currency sign or ordinal prefix, then numbers each followed by units
 * ("7600万ドル"), as long as a number follows a unit directly ("2025年3月14日"). The trailing
 * separator of a number run ("1,000," before a comma in prose) is left out by the `(?<![,.])`.
 */
const FIGURE = new RegExp(
  `(?:[¥$€£￥＄]|第)?${DIGITS}(?<![,.，．])${UNIT}*(?:${DIGITS}(?<![,.，．])${UNIT}+)*`,
  'g',
);

/** Start and end (exclusive) offsets, in UTF-16 units, of each figure in `text`. */
export function figureSpans(text: string): [number, number][] {
  return [...text.matchAll(FIGURE)].map((m) => [m.index, m.index + m[0].length]);
}

/** `parts` (which join to one text) with the parts that share a figure joined into one. */
export function joinFigures(parts: readonly string[]): string[] {
  const spans = figureSpans(parts.join(''));
  const joined: string[] = [];
  let at = 0;
  for (const part of parts) {
    const inside = spans.some(([start, end]) => at > start && at < end);
    if (inside && joined.length > 0) joined[joined.length - 1] += part;
    else joined.push(part);
    at += part.length;
  }
  return joined;
}
