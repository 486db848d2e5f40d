// Where Japanese text may not break: a phrase split (BudouX's) in, the same text out with no cut
// inside a figure, a number run with the units and counters that follow it
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

/** Opening marks, which stay with the figure they open ("（1000億円"). */
const OPENING = '（「『【〔([';

/**
 * `parts` (which join to one text) cut again so that each figure is whole and starts a part (unless
 * an opening mark comes before it): no line breaks inside a figure, and one too long for the rest
 * of a line can go to the next with what follows it ("堺市 / 第1期に").
 */
export function figurePhrases(parts: readonly string[]): string[] {
  const text = parts.join('');
  const spans = figureSpans(text);
  const cuts = new Set<number>();
  let at = 0;
  for (const part of parts.slice(0, -1)) cuts.add((at += part.length));
  for (const [start] of spans)
    if (start > 0 && !OPENING.includes(text[start - 1]!)) cuts.add(start);
  const kept = [...cuts]
    .filter((cut) => !spans.some(([start, end]) => cut > start && cut < end))
    .sort((x, y) => x - y);
  return [0, ...kept].map((cut, i) => text.slice(cut, kept[i] ?? text.length)).filter(Boolean);
}
